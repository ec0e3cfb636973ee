import { languages } from '#app/platform/i18n.ts'
import { accessTiers } from '#app/modules/library/vocabulary.ts'
import { type FactColumns } from './columns.ts'
import { type FacetCount, type SearchRequest } from './contract.ts'
import { type FacetName, facetNames, searchKinds } from './vocabulary.ts'

/** Where an entry holds every word of the query at best: its title, else its summary, else its body. */
export const places = { title: 0, summary: 1, body: 2 } as const

/**
 * The request's tiers and filters as one test of an item's slot (all but the language, which is per entry),
 * built once per search: a broad query tests tens of thousands of items.
 */
export function admission(request: SearchRequest, columns: FactColumns) {
	const { kind, type, topic, country, tier } = request.filters
	const tiers = new Uint8Array(accessTiers.length)
	for (const readable of request.tiers) tiers[accessTiers.indexOf(readable)] = 1
	const codes = columns.facetCodes
	// A value no item has admits nothing.
	const wanted = (facet: FacetName, value: string | undefined) => (value === undefined ? -2 : codes.find(facet, value))
	const [typeCode, tierCode, topicCode, countryCode] = [
		wanted('type', type),
		wanted('tier', tier),
		wanted('topic', topic),
		wanted('country', country),
	]
	const kindIndex = kind === undefined ? -1 : searchKinds.indexOf(kind)
	if ([typeCode, tierCode, topicCode, countryCode].includes(-1)) return () => false
	return (slot: number) =>
		tiers[columns.tier[slot]!] === 1 &&
		(kindIndex < 0 || columns.kind[slot] === kindIndex) &&
		(typeCode < 0 || columns.type[slot] === typeCode) &&
		(tierCode < 0 || columns.has(slot, tierCode)) &&
		(topicCode < 0 || columns.has(slot, topicCode)) &&
		(countryCode < 0 || columns.has(slot, countryCode))
}

/**
 * Facet counts over the matched items (by slot), each with the languages it matched in (the language facet
 * counts these): items, not entries, so a document in three languages counts once. Values are counted by code.
 */
export function countFacets(columns: FactColumns, slots: ArrayLike<number>, languageBits: (slot: number) => number) {
	const { facetCodes } = columns
	const counts = new Int32Array(facetCodes.values.length)
	for (let index = 0; index < slots.length; index++) {
		const slot = slots[index]!
		const start = columns.codeStart[slot]!
		const end = start + columns.codeCount[slot]!
		for (let at = start; at < end; at++) counts[columns.codes[at]!]!++
		const bits = languageBits(slot)
		// A language's code is its place in `languages`.
		for (let language = 0; language < languages.length; language++) if (bits & (1 << language)) counts[language]!++
	}
	const facets = Object.fromEntries(facetNames.map((name) => [name, [] as FacetCount[]])) as Record<
		FacetName,
		FacetCount[]
	>
	counts.forEach((count, code) => {
		const { facet, value } = facetCodes.values[code]!
		if (count > 0) facets[facet].push({ value, count })
	})
	for (const name of facetNames) facets[name].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
	return { total: slots.length, facets }
}

/**
 * The items a query matched, by catalogue slot, in typed arrays: a broad query matches tens of thousands of
 * entries, and an object for each cost more in garbage collection than the search itself.
 */
export class Matches {
	/** Slots of the matched items, each once. */
	readonly found: number[] = []
	/** By slot: the entry to show, where its words are, whether it is in the reader's language, and the languages that matched. */
	readonly entry: Int32Array
	readonly place: Uint8Array
	readonly inReader: Uint8Array
	readonly languageBits: Uint8Array

	constructor(
		slots: number,
		private readonly reader: number,
	) {
		this.entry = new Int32Array(slots)
		this.place = new Uint8Array(slots)
		this.inReader = new Uint8Array(slots)
		this.languageBits = new Uint8Array(slots)
	}

	/**
	 * A matching entry, or a better place for one already added: the item shows its entry in the reader's
	 * language when that matched, else the one whose words are in the best place.
	 */
	add(slot: number, id: number, language: number, place: number) {
		const inReader = language === this.reader
		const known = this.languageBits[slot]!
		this.languageBits[slot] = known | (1 << language)
		if (known) {
			if (this.entry[slot] === id) {
				this.place[slot] = Math.min(place, this.place[slot]!)
				return
			}
			if (this.inReader[slot] && !inReader) return
			if (!(inReader && !this.inReader[slot]) && place >= this.place[slot]!) return
		} else this.found.push(slot)
		this.entry[slot] = id
		this.place[slot] = place
		this.inReader[slot] = inReader ? 1 : 0
	}

	/** How many items the reader's language and the titles put first: when the page ends within them, summaries need not be asked. */
	firstGroup() {
		return this.found.reduce(
			(count, slot) => count + (this.inReader[slot] && this.place[slot] === places.title ? 1 : 0),
			0,
		)
	}

	/**
	 * The items at `[start, end)` in order, newest first, or best match first (the reader's language, then where
	 * the words are: title, summary, body), the newest first within each. (Decision 021: bm25 over every match
	 * cost more than the rest of a search together, and the place of the words is what Meilisearch ranks by too.)
	 * Two passes and no sorting: the size of each group, then one walk through the catalogue's date order that
	 * keeps only the page's items, so the last page of 90,000 matches costs what the first does.
	 */
	page(dateOrder: Int32Array, sort: SearchRequest['sort'], start: number, end: number) {
		const groupOf = (slot: number) => (sort === 'date' ? 0 : (this.inReader[slot] ? 0 : 3) + this.place[slot]!)
		const sizes = new Int32Array(6)
		for (const slot of this.found) sizes[groupOf(slot)]!++
		// Where each group begins in the whole order.
		const begins = new Int32Array(6)
		for (let group = 1; group < 6; group++) begins[group] = begins[group - 1]! + sizes[group - 1]!
		const page = new Int32Array(Math.max(0, Math.min(end, this.found.length) - start))
		const seen = new Int32Array(6)
		let kept = 0
		for (let index = 0; index < dateOrder.length && kept < page.length; index++) {
			const slot = dateOrder[index]!
			if (!this.languageBits[slot]) continue
			const group = groupOf(slot)
			const position = begins[group]! + seen[group]!++
			if (position >= start && position < end) {
				page[position - start] = slot
				kept++
			}
		}
		return [...page]
	}
}
