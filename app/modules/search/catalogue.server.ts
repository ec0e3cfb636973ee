import type Database from 'better-sqlite3'
import { preparedStatement } from '#app/db/statements.server.ts'
import { type AccessTier } from '#app/modules/library/vocabulary.ts'
import { type Language, languages } from '#app/platform/i18n.ts'
import { FacetCodes, FactColumns } from './columns.ts'
import { type FacetCount } from './contract.ts'
import { everyItem } from './entries.server.ts'
import { type FacetName, type SearchKind } from './vocabulary.ts'

/**
 * An item as the catalogue keeps it: what ordering needs, and its entries (whose languages are in
 * `Catalogue.entryLanguage`). Its other facts are in `Catalogue.columns` only: 100,000 items with their topics and
 * countries as strings took 85 MB per process.
 */
export type CatalogueItem = {
	/** Its place in `Catalogue.slots` and the columns, fixed while the catalogue lives. */
	slot: number
	key: string
	publishedOn: string
	/** Its entries' ids, in the order they were written. */
	entries: number[]
}

/**
 * Every process keeps the facts of every index entry in memory, so browsing, filtering, counting facets and
 * ordering never read a row per item (100,000 items take about 45 MB). It follows the database through
 * `search_changes`: before each search it reads the changes since the last one it saw, in the same read
 * transaction as the search, so a search never disagrees with what was committed before it began.
 */
export type Catalogue = {
	/** The last change read. */
	seen: number
	items: Map<string, CatalogueItem>
	/** Items by slot; a removed item leaves its slot empty until the catalogue is read whole again. */
	slots: (CatalogueItem | null)[]
	/** Newest first, then by key: the order of browsing; and the same as slots, for loops over every item. */
	byDate: CatalogueItem[]
	dateOrder: Int32Array
	/** The facts filtering and counting read, by slot. */
	columns: FactColumns
	/** By entry id: the slot of its item plus one (0: no such entry), and its language's place in `languages`. */
	entrySlot: Int32Array
	entryLanguage: Uint8Array
	/** Counts of browsing by tiers and filters, valid until the next change. */
	browseCounts: Map<string, { total: number; facets: Record<FacetName, FacetCount[]> }>
}

type EntryRow = [
	id: number,
	itemKey: string,
	kind: SearchKind,
	language: Language,
	type: string,
	topics: string,
	countries: string,
	tier: AccessTier,
	publishedOn: string,
]

const entryColumns = 'id, item_key, kind, language, type, topics, countries, tier, published_on'

// The Express server (which reads it ahead at start) and the Remix build each load this module: like the
// connection (client.server.ts), the catalogue is kept on globalThis so both use the one.
const kept: WeakMap<Database.Database, Catalogue> = ((
	globalThis as { __atlasCatalogues?: WeakMap<Database.Database, Catalogue> }
).__atlasCatalogues ??= new WeakMap())

// A read ahead in progress, for a search to wait for rather than read everything again; kept alike.
const readingAhead: WeakMap<Database.Database, Promise<void>> = ((
	globalThis as { __atlasCatalogueReads?: WeakMap<Database.Database, Promise<void>> }
).__atlasCatalogueReads ??= new WeakMap())

/** The read ahead of the catalogue in progress on that connection, if there is one. */
export const catalogueReadAhead = (client: Database.Database) => readingAhead.get(client)

/**
 * The catalogue as of now, for a search in a read transaction of its own (so the catalogue and the full-text
 * query see the same commit). A search inside a caller's write transaction, whose changes may still be rolled
 * back, reads a catalogue of its own instead (`readCatalogue`), which is not kept.
 */
export function currentCatalogue(client: Database.Database) {
	const latest = latestChange(client)
	const catalogue = kept.get(client)
	if (catalogue?.seen === latest) return catalogue
	const current = (catalogue && latest > catalogue.seen && catchUp(client, catalogue)) || readCatalogue(client)
	kept.set(client, current)
	return current
}

const itemEntries = (client: Database.Database) =>
	preparedStatement<[string], EntryRow>(
		client,
		`select ${entryColumns} from search_entries where item_key = ? order by id`,
	).raw()

function latestChange(client: Database.Database) {
	return preparedStatement<[], number>(client, 'select coalesce(max(id), 0) from search_changes').pluck().get()!
}

function emptyCatalogue(seen: number): Catalogue {
	return {
		seen,
		items: new Map(),
		slots: [],
		byDate: [],
		entrySlot: new Int32Array(1024),
		entryLanguage: new Uint8Array(1024),
		dateOrder: new Int32Array(0),
		columns: new FactColumns(new FacetCodes()),
		browseCounts: new Map(),
	}
}

function ordered(catalogue: Catalogue) {
	catalogue.byDate = [...catalogue.items.values()].sort(newestFirst)
	catalogue.dateOrder = Int32Array.from(catalogue.byDate, (item) => item.slot)
	return catalogue
}

export function readCatalogue(client: Database.Database): Catalogue {
	const catalogue = emptyCatalogue(latestChange(client))
	const rows = preparedStatement<[], EntryRow>(
		client,
		`select ${entryColumns} from search_entries order by item_key, id`,
	)
		.raw()
		.all()
	for (const row of rows) addEntry(catalogue, row)
	return ordered(catalogue)
}

/**
 * Reads the catalogue ahead, a slice of entries at a time with the event loop free between slices (at 150,000
 * items the whole read holds it for about 3 s, which a server just started would spend not answering). Slices are
 * not one snapshot: what changes meanwhile is after `seen`, so the first search catches up on it as on any change.
 * A search meanwhile waits for it (`catalogueReadAhead`); one inside a write transaction reads its own.
 */
export function readCatalogueAhead(client: Database.Database, sliceRows = 5_000) {
	const reading = readInSlices(client, sliceRows).then((catalogue) => {
		if (!kept.has(client)) kept.set(client, catalogue)
		return catalogue
	})
	const forget = () => void readingAhead.delete(client)
	readingAhead.set(client, reading.then(forget, forget))
	return reading
}

async function readInSlices(client: Database.Database, sliceRows: number) {
	const catalogue = emptyCatalogue(latestChange(client))
	const slice = preparedStatement<[string, number], EntryRow>(
		client,
		`select ${entryColumns} from search_entries where item_key > ? order by item_key, id limit ?`,
	).raw()
	let after = ''
	for (;;) {
		const rows = slice.all(after, sliceRows)
		if (rows.length < sliceRows) {
			for (const row of rows) addEntry(catalogue, row)
			break
		}
		// The last item's entries may go on past the slice: they are read whole, by its key.
		after = rows.at(-1)![1]
		for (const row of rows) if (row[1] !== after) addEntry(catalogue, row)
		for (const row of itemEntries(client).all(after)) addEntry(catalogue, row)
		await new Promise((resolve) => setImmediate(resolve))
	}
	return ordered(catalogue)
}

/** Reads the items changed since the catalogue was read, into it; null when it must be read whole again. */
function catchUp(client: Database.Database, catalogue: Catalogue): Catalogue | null {
	const changes = preparedStatement<[number], [number, string]>(
		client,
		'select id, item_key from search_changes where id > ? order by id',
	)
		.raw()
		.all(catalogue.seen)
	// Pruned changes or a rebuild: read everything.
	if (changes[0]?.[0] !== catalogue.seen + 1 || changes.some(([, key]) => key === everyItem)) return null
	catalogue.browseCounts.clear()
	for (const key of new Set(changes.map(([, key]) => key))) {
		removeItem(catalogue, key)
		for (const row of itemEntries(client).all(key)) addEntry(catalogue, row)
		const item = catalogue.items.get(key)
		if (!item) continue
		const at = positionOf(catalogue.byDate, item)
		catalogue.byDate.splice(at, 0, item)
		catalogue.dateOrder = withSlot(catalogue.dateOrder, at, item.slot)
	}
	catalogue.seen = changes.at(-1)![0]
	return catalogue
}

function addEntry(
	catalogue: Catalogue,
	[id, key, kind, language, type, topics, countries, tier, publishedOn]: EntryRow,
) {
	let item = catalogue.items.get(key)
	if (!item) {
		item = { slot: catalogue.slots.length, key, publishedOn, entries: [] }
		catalogue.items.set(key, item)
		catalogue.slots.push(item)
		const facts = { topics: JSON.parse(topics) as string[], countries: JSON.parse(countries) as string[] }
		catalogue.columns.set(item.slot, { kind, type, tier, ...facts })
	}
	item.entries.push(id)
	if (id >= catalogue.entrySlot.length) grow(catalogue, id)
	const languageIndex = languages.indexOf(language)
	catalogue.entrySlot[id] = item.slot + 1
	catalogue.entryLanguage[id] = languageIndex
	catalogue.columns.languageBits[item.slot]! |= 1 << languageIndex
}

function grow(catalogue: Catalogue, id: number) {
	const length = Math.max(id + 1, catalogue.entrySlot.length * 2)
	const entrySlot = new Int32Array(length)
	entrySlot.set(catalogue.entrySlot)
	const entryLanguage = new Uint8Array(length)
	entryLanguage.set(catalogue.entryLanguage)
	Object.assign(catalogue, { entrySlot, entryLanguage })
}

function removeItem(catalogue: Catalogue, key: string) {
	const item = catalogue.items.get(key)
	if (!item) return
	catalogue.items.delete(key)
	catalogue.slots[item.slot] = null
	catalogue.columns.languageBits[item.slot] = 0
	for (const id of item.entries) catalogue.entrySlot[id] = 0
	const at = positionOf(catalogue.byDate, item)
	if (catalogue.byDate[at] !== item) return
	catalogue.byDate.splice(at, 1)
	catalogue.dateOrder = withSlot(catalogue.dateOrder, at)
}

function newestFirst(a: CatalogueItem, b: CatalogueItem) {
	if (a.publishedOn !== b.publishedOn) return a.publishedOn > b.publishedOn ? -1 : 1
	return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}

/**
 * The slots in date order with one inserted at `at` (or, without a slot, the one at `at` removed), by copying
 * memory: rebuilding it from the items costs a cache miss per item, 25 ms at 100,000.
 */
function withSlot(order: Int32Array, at: number, slot?: number) {
	const next = new Int32Array(order.length + (slot === undefined ? -1 : 1))
	next.set(order.subarray(0, at))
	if (slot === undefined) next.set(order.subarray(at + 1), at)
	else {
		next[at] = slot
		next.set(order.subarray(at), at + 1)
	}
	return next
}

/** Where the item is, or belongs, in newest-first order. */
function positionOf(byDate: CatalogueItem[], item: CatalogueItem) {
	let low = 0
	let high = byDate.length
	while (low < high) {
		const middle = (low + high) >> 1
		if (newestFirst(byDate[middle]!, item) < 0) low = middle + 1
		else high = middle
	}
	return low
}
