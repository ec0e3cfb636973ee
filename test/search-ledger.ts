import { expect } from 'vitest'
import { writeTransaction } from '#app/db/client.server.ts'
import { type DocumentFacts, saveDocumentFacts, submitForReview } from '#app/modules/library/drafts.server.ts'
import { publishSubmission } from '#app/modules/library/review.server.ts'
import { type AccessTier } from '#app/modules/library/vocabulary.ts'
import { type FacetCount, type SearchFilters } from '#app/modules/search/contract.ts'
import { replaceItemEntries } from '#app/modules/search/entries.server.ts'
import { ftsEngine } from '#app/modules/search/fts.server.ts'
import { searchTerms } from '#app/modules/search/query.ts'
import { searchAtlas } from '#app/modules/search/search.server.ts'
import { type FacetName, facetNames, type SearchSort, searchPageSize } from '#app/modules/search/vocabulary.ts'
import { type Language } from '#app/platform/i18n.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { createActor } from './factories.ts'
import { createPublishedDocument, type DocumentText } from './library-factories.ts'

/**
 * A ledger of every document a test file publishes, changes and takes out of search, and what each reader
 * must therefore see: the items, the total and every facet count, worked out from the ledger, never from the
 * engine. Each test file has its own database, and so its own ledger.
 */

export type Known = {
	id: string
	key: string
	facts: DocumentFacts
	/** Each language's title, summary and body, lower-cased, to tell which entries a word matches. */
	texts: Partial<Record<Language, string>>
}

const library = new Map<string, Known>()

export type Reader = { name: string; actor: Actor | null; tiers: readonly AccessTier[] }

let cast: Promise<{ readers: Reader[]; author: Actor; reviewer: Actor }> | undefined

/** A visitor, a member and an officer; and two editors who may read every tier, to republish documents. */
export function people() {
	cast ??= (async () => {
		const member = await createActor({ roles: ['ngo_member'] })
		const officer = await createActor({ roles: ['officer'] })
		return {
			readers: [
				{ name: 'visitor', actor: null, tiers: ['public'] },
				{ name: 'member', actor: member, tiers: ['public', 'members'] },
				{ name: 'officer', actor: officer, tiers: ['public', 'members', 'law-enforcement'] },
			],
			author: await createActor({ roles: ['officer', 'trainer'] }),
			reviewer: await createActor({ roles: ['officer', 'legal_expert'] }),
		}
	})()
	return cast
}

export async function reader(name: 'visitor' | 'member' | 'officer') {
	return (await people()).readers.find((one) => one.name === name)!
}

type Publication = Pick<DocumentFacts, 'type' | 'topics' | 'countries'> &
	Partial<Pick<DocumentFacts, 'tier' | 'publishedOn'>> & { texts: Partial<Record<Language, DocumentText>> }

export async function publish({ texts, ...facts }: Publication) {
	const created = await createPublishedDocument({ ...facts, texts })
	const { type, tier, topics, countries, regions, audience, publishedOn, sources } = created.document
	const known: Known = {
		id: created.id,
		key: `document:${created.id}`,
		facts: { type, tier, topics, countries, regions, audience, publishedOn, sources },
		texts: Object.fromEntries(
			Object.entries(texts).map(([language, text]) => [
				language,
				`${text.title} ${text.summary} ${text.body ?? ''}`.toLowerCase(),
			]),
		),
	}
	library.set(known.key, known)
	return known
}

/** An editor changes a published document's facts and another publishes the change, as the library's review does. */
export async function republish(known: Known, change: Partial<DocumentFacts>) {
	const { author, reviewer } = await people()
	const facts = { ...known.facts, ...change }
	expect(saveDocumentFacts(author, known.id, facts)).toEqual({ ok: true })
	expect(submitForReview(author, known.id)).toEqual({ ok: true })
	expect(publishSubmission(reviewer, known.id)).toEqual({ ok: true })
	known.facts = facts
}

/** Takes an item out of search, as a programme whose listing lapses leaves it. */
export function remove(known: Known) {
	writeTransaction((tx) => replaceItemEntries(tx, known.key, []))
	library.delete(known.key)
}

const byValue = (a: FacetCount, b: FacetCount) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)

/** How many items carry each value; zero counts are never listed. */
function tally(lists: readonly (readonly string[])[]): FacetCount[] {
	const counts = new Map<string, number>()
	for (const list of lists) for (const value of new Set(list)) counts.set(value, (counts.get(value) ?? 0) + 1)
	return [...counts].map(([value, count]) => ({ value, count })).sort(byValue)
}

export type Counted = { total: number; facets: Record<FacetName, FacetCount[]> }

/** Total and facets as a reader reads them, each facet in one order so two can be compared. */
export function counted(results: Counted): Counted {
	const facets = Object.fromEntries(facetNames.map((name) => [name, [...results.facets[name]].sort(byValue)]))
	return { total: results.total, facets: facets as Counted['facets'] }
}

/** What a reader of these tiers must get, worked out from the ledger: the items, their total and every facet. */
function expected(tiers: readonly AccessTier[], filters: SearchFilters = {}, query = '') {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean)
	const matches = [...library.values()].flatMap((known) => {
		const { facts } = known
		const passes =
			tiers.includes(facts.tier) &&
			(filters.kind === undefined || filters.kind === 'document') &&
			(filters.tier === undefined || facts.tier === filters.tier) &&
			(filters.type === undefined || facts.type === filters.type) &&
			(filters.topic === undefined || (facts.topics as readonly string[]).includes(filters.topic)) &&
			(filters.country === undefined || (facts.countries as readonly string[]).includes(filters.country))
		// An item counts in a language's facet when its entry in that language matched.
		const languages = (Object.keys(known.texts) as Language[]).filter(
			(language) =>
				(filters.language === undefined || language === filters.language) &&
				words.every((word) => known.texts[language]!.includes(word)),
		)
		return passes && languages.length ? [{ facts, key: known.key, languages }] : []
	})
	return {
		keys: matches.map((match) => match.key).sort(),
		counted: {
			total: matches.length,
			facets: {
				type: tally(matches.map((match) => [match.facts.type])),
				topic: tally(matches.map((match) => match.facts.topics)),
				country: tally(matches.map((match) => match.facts.countries)),
				language: tally(matches.map((match) => match.languages)),
				tier: tally(matches.map((match) => [match.facts.tier])),
			},
		},
	}
}

export type Search = { query?: string; filters?: SearchFilters; sort?: SearchSort; language?: Language }

/** Every page a reader can turn to, as the search page asks for them. */
export async function everyPage(reader: Reader, { query = '', filters = {}, sort = 'date', language = 'en' }: Search) {
	const first = await searchAtlas(reader.actor, language, { query, filters, sort, page: 1 })
	const pages = [first]
	for (let page = 2; page <= Math.ceil(first.total / searchPageSize); page++)
		pages.push(await searchAtlas(reader.actor, language, { query, filters, sort, page }))
	return pages
}

/**
 * The reader's total, every facet count and the items listed over all pages are exactly what their tier allows,
 * through the search page's function and through the engine asked directly for everything at once.
 */
export async function expectExact(reader: Reader, search: Search = {}) {
	const { query = '', filters = {}, sort = 'date', language = 'en' } = search
	const want = expected(reader.tiers, filters, query)
	const label = { reader: reader.name, query, filters, sort }
	const pages = await everyPage(reader, search)
	const listed = pages.flatMap((page) => page.hits.map((hit) => hit.itemKey))
	expect({ ...label, ...counted(pages[0]!), keys: listed.sort() }).toEqual({
		...label,
		...want.counted,
		keys: want.keys,
	})
	expect(pages.map((page) => page.total)).toEqual(pages.map(() => want.counted.total))
	const direct = await ftsEngine.search({
		terms: searchTerms(query),
		language,
		tiers: reader.tiers,
		filters,
		sort,
		page: 1,
		pageSize: 1000,
	})
	const directKeys = direct.hits.map((hit) => hit.itemKey).sort()
	expect({ ...label, engine: true, ...counted(direct), keys: directKeys }).toEqual({
		...label,
		engine: true,
		...want.counted,
		keys: want.keys,
	})
	return pages[0]!
}

/** Browsing with no filter, the library's own list, and one filter on each value any reader could see. */
export function everyBrowse(): SearchFilters[] {
	const all = expected(['public', 'members', 'law-enforcement']).counted.facets
	return [
		{},
		{ kind: 'document' },
		...all.type.map(({ value }) => ({ type: value })),
		...all.topic.map(({ value }) => ({ topic: value })),
		...all.country.map(({ value }) => ({ country: value })),
		...all.language.map(({ value }) => ({ language: value as Language })),
		...all.tier.map(({ value }) => ({ tier: value as AccessTier })),
	]
}

export const countOf = (results: Counted, facet: FacetName, value: string) =>
	results.facets[facet].find((count) => count.value === value)?.count ?? 0
