import type Database from 'better-sqlite3'
import { type Db, getDb } from '#app/db/client.server.ts'
import { preparedStatement } from '#app/db/statements.server.ts'
import { type Language, languages } from '#app/platform/i18n.ts'
import {
	type Catalogue,
	catalogueReadAhead,
	currentCatalogue,
	readCatalogue,
	readCatalogueAhead,
} from './catalogue.server.ts'
import { type SearchEngine, type SearchHit, type SearchRequest, type SearchResults } from './contract.ts'
import { ftsQuery } from './match.server.ts'
import { admission, countFacets, Matches, places } from './ranking.ts'

type EntryRow = {
	id: number
	item_key: string
	kind: SearchHit['kind']
	path: string
	language: Language
	title: string
	summary: string
	body: string
	type: string
	topics: string
	countries: string
	tier: SearchHit['tier']
	published_on: string
}

/**
 * The built-in engine. FTS5 finds the entries whose words match; everything else (the reader's tiers, filters,
 * one result per item, facet counts, order and paging) is done over the catalogue in memory, so no row is read
 * per item and the matches are computed once. Nothing a reader may not see is counted, faceted or paged.
 */
export function searchFts(request: SearchRequest, db: Db = getDb()): SearchResults {
	const client = db.$client
	if (client.inTransaction) return answer(request, readCatalogue(client), client)
	return client.transaction(() => answer(request, currentCatalogue(client), client))()
}

function answer(request: SearchRequest, catalogue: Catalogue, client: Database.Database): SearchResults {
	const end = request.page * request.pageSize
	if (!request.terms.length) {
		const { page, counts } = browse(request, catalogue, end)
		return { hits: texts(client, page), ...counts, corrections: [] }
	}
	const query = ftsQuery(client, request.terms, request.tiers)
	const matches = matched(request, query.match, catalogue, client, end)
	const counts = countFacets(catalogue.columns, matches.found, (slot) => matches.languageBits[slot]!)
	const page = matches
		.page(catalogue.dateOrder, request.sort, end - request.pageSize, end)
		.map((slot) => ({ entryId: matches.entry[slot]! }))
	return { hits: texts(client, page), ...counts, corrections: query.corrections }
}

/**
 * Browsing: every item the reader may see, newest first as the catalogue keeps them (or, sorted by relevance with
 * no words, those with text in the reader's language first). Counts are the same for every reader with the same
 * tiers and filters until the next change, so they are kept until then.
 */
function browse(request: SearchRequest, catalogue: Catalogue, end: number) {
	const { columns, dateOrder } = catalogue
	const only = request.filters.language === undefined ? 0xff : 1 << languages.indexOf(request.filters.language)
	const readerBit = 1 << languages.indexOf(request.language)
	const admits = admission(request, columns)
	const visible = (slot: number) => (columns.languageBits[slot]! & only) !== 0 && admits(slot)
	const readerFirst = request.sort === 'relevance' && only === 0xff
	const key = JSON.stringify([request.tiers, request.filters])
	let counts = catalogue.browseCounts.get(key)
	let ordered: number[]
	if (counts && !readerFirst) {
		// Counted already: newest first needs only the items up to the end of the page.
		ordered = []
		for (const slot of dateOrder) if (visible(slot) && ordered.push(slot) === end) break
	} else {
		const shown = dateOrder.filter(visible)
		if (!counts) {
			if (catalogue.browseCounts.size > 500) catalogue.browseCounts.clear()
			counts = countFacets(columns, shown, (slot) => columns.languageBits[slot]! & only)
			catalogue.browseCounts.set(key, counts)
		}
		const inReader = (slot: number) => (columns.languageBits[slot]! & readerBit) !== 0
		ordered = readerFirst ? [...shown.filter(inReader), ...shown.filter((slot) => !inReader(slot))] : [...shown]
	}
	const page = ordered.slice(end - request.pageSize, end).map((slot) => {
		const allowed = catalogue.slots[slot]!.entries.filter((id) => (1 << catalogue.entryLanguage[id]!) & only)
		const inReader = allowed.find((id) => 1 << catalogue.entryLanguage[id]! === readerBit)
		return { entryId: inReader ?? allowed[0]! }
	})
	return { page, counts }
}

/**
 * The items a query matched, from at most three lists FTS5 makes as one string each (never a row per match):
 * the entries that match, those with the words in the title and, when the page reaches past the reader's title
 * matches, those with the words in the title or summary (both from search_heads, an index of titles and summaries
 * alone, whose lists are far shorter). Sorted by date, where the words are does not matter.
 */
function matched(request: SearchRequest, match: string, catalogue: Catalogue, client: Database.Database, end: number) {
	const only = request.filters.language === undefined ? -1 : languages.indexOf(request.filters.language)
	const matches = new Matches(catalogue.slots.length, languages.indexOf(request.language))
	const admits = admission(request, catalogue.columns)
	const admitted = new Int8Array(catalogue.slots.length)
	const add = (ids: Int32Array, place: number) => {
		for (const id of ids) {
			const slot = (catalogue.entrySlot[id] ?? 0) - 1
			const language = catalogue.entryLanguage[id]!
			if (slot < 0 || (only >= 0 && language !== only)) continue
			if (!admitted[slot]) admitted[slot] = admits(slot) ? 1 : -1
			if (admitted[slot] > 0) matches.add(slot, id, language, place)
		}
	}
	add(matchingIds(client, match), places.body)
	if (request.sort === 'date') return matches
	add(matchingIds(client, `{title}: (${match})`, 'search_heads'), places.title)
	if (matches.firstGroup() < end) add(matchingIds(client, match, 'search_heads'), places.summary)
	return matches
}

/** The ids of the entries that match, as one string made by SQLite: far cheaper than a row each. */
function matchingIds(client: Database.Database, match: string, index: 'search_fts' | 'search_heads' = 'search_fts') {
	const list = preparedStatement<[string], string | null>(
		client,
		`select group_concat(rowid) from ${index} where ${index} match ?`,
	)
		.pluck()
		.get(match)
	if (!list) return new Int32Array(0)
	let commas = 0
	for (let index = 0; index < list.length; index++) if (list.charCodeAt(index) === 44) commas++
	const ids = new Int32Array(commas + 1)
	let value = 0
	let at = 0
	for (let index = 0; index < list.length; index++) {
		const code = list.charCodeAt(index)
		if (code === 44) {
			ids[at++] = value
			value = 0
		} else value = value * 10 + code - 48
	}
	ids[at] = value
	return ids
}

/** Texts for the page's hits only. */
function texts(client: Database.Database, page: { entryId: number }[]): SearchHit[] {
	if (!page.length) return []
	// One statement per page length (at most the page size), kept.
	const rows = preparedStatement<number[], EntryRow>(
		client,
		`select * from search_entries where id in (${page.map(() => '?').join(', ')})`,
	).all(...page.map((candidate) => candidate.entryId))
	const byId = new Map(rows.map((row) => [row.id, row]))
	return page.flatMap(({ entryId }) => {
		const row = byId.get(entryId)
		return row ? [toHit(row)] : []
	})
}

function toHit(row: EntryRow): SearchHit {
	return {
		itemKey: row.item_key,
		kind: row.kind,
		path: row.path,
		language: row.language,
		title: row.title,
		summary: row.summary,
		body: row.body,
		type: row.type,
		topics: JSON.parse(row.topics) as string[],
		countries: JSON.parse(row.countries) as string[],
		tier: row.tier,
		publishedOn: row.published_on,
	}
}

/** Reads the catalogue before the first search needs it, in slices so requests are answered meanwhile. */
export async function warmSearchCatalogue(db: Db = getDb()) {
	await readCatalogueAhead(db.$client)
}

export const ftsEngine: SearchEngine = {
	name: 'sqlite',
	search: async (request) => {
		// Just after a start, the catalogue is being read ahead: waiting for the rest beats reading it all again.
		await catalogueReadAhead(getDb().$client)
		return searchFts(request)
	},
}
