/**
 * What readers ask of search, case by case, as the library and search pages ask it: each case makes as many varied
 * queries as wanted, with different words, filters, pages, reader languages and reader tiers.
 */
import { type SearchFilters } from '#app/modules/search/contract.ts'
import { type SearchInput } from '#app/modules/search/search.server.ts'
import { type Language, languages } from '#app/platform/i18n.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { libraryFacets } from './library-generator.ts'
import { type QueryWords, withDiacritics } from './query-words.ts'
import { between, chance, pick, type Random, WeightedValues } from './random.ts'

export type Reader = { name: 'visitor' | 'member' | 'officer'; actor: Actor | null }

/** One of each tier a reader can read up to: public, members, law-enforcement. */
export const readers: Reader[] = [
	{ name: 'visitor', actor: null },
	{ name: 'member', actor: { id: 'bench-member', roles: ['ngo_member'], organisationId: 'bench' } },
	{ name: 'officer', actor: { id: 'bench-officer', roles: ['officer'], organisationId: 'bench' } },
]

export type PlannedQuery = {
	language: Language
	input: SearchInput
	/** Ask for the last page there is, known from the total of a first call. */
	lastPage?: boolean
}

export type SearchCase = {
	id: string
	label: string
	/** Selective queries and browsing have the stricter budget. */
	strict: boolean
	plan(random: Random, words: QueryWords): PlannedQuery
}

/** Most readers stay on the first page; some go on a page or two, few much further. */
function readerPage(random: Random) {
	const roll = random()
	return roll < 0.7 ? 1 : roll < 0.9 ? between(random, 2, 3) : between(random, 4, 10)
}

const anyLanguage = (random: Random) => pick(random, languages)
const facetNames = new WeightedValues<'type' | 'topic' | 'country' | 'language'>([
	['type', 3],
	['topic', 3],
	['country', 3],
	['language', 1],
])

function facetFilters(random: Random, count: number): SearchFilters {
	const filters: SearchFilters = { kind: 'document' }
	for (const facet of facetNames.drawDistinct(random, count)) {
		if (facet === 'type') filters.type = libraryFacets.types.draw(random)
		if (facet === 'topic') filters.topic = libraryFacets.topics.draw(random)
		if (facet === 'country') filters.country = libraryFacets.countries.draw(random)
		if (facet === 'language') filters.language = libraryFacets.languages.draw(random)
	}
	return filters
}

/** As the library page browses: documents only, newest first. */
const browse = (random: Random, filters: SearchFilters): PlannedQuery => ({
	language: anyLanguage(random),
	input: { query: '', filters, sort: 'date', page: readerPage(random) },
})

const search = (language: Language, query: string, page = 1): PlannedQuery => ({
	language,
	input: { query, filters: {}, sort: 'relevance', page },
})

export const searchCases: SearchCase[] = [
	{
		id: 'browse',
		label: 'browse, no query (newest first)',
		strict: true,
		plan: (random) => browse(random, { kind: 'document' }),
	},
	{
		id: 'browse-one-facet',
		label: 'browse with one facet',
		strict: true,
		plan: (random) => browse(random, facetFilters(random, 1)),
	},
	{
		id: 'browse-two-facets',
		label: 'browse with two facets',
		strict: true,
		plan: (random) => browse(random, facetFilters(random, 2)),
	},
	{
		id: 'selective',
		label: 'selective query (under 1%)',
		strict: true,
		plan: (random, words) => {
			const rare = pick(random, words.selective)
			return search(anyLanguage(random), chance(random, 0.3) ? `${pick(random, words.broad)} ${rare}` : rare)
		},
	},
	{
		id: 'broad',
		label: 'broad query (over 30%)',
		strict: false,
		plan: (random, words) => search(anyLanguage(random), pick(random, words.broad), readerPage(random)),
	},
	{
		id: 'prefix',
		label: 'prefix as typed',
		strict: false,
		plan: (random, words) => {
			const language = anyLanguage(random)
			const characters = [...words.word(random, language, 6)]
			const typed = characters.slice(0, between(random, 3, Math.min(6, characters.length - 1))).join('')
			return search(language, chance(random, 0.5) ? `${words.word(random, language)} ${typed}` : typed)
		},
	},
	{
		id: 'arabic-diacritics',
		label: 'Arabic with diacritics',
		strict: false,
		plan: (random, words) => {
			const count = between(random, 1, 2)
			const query = Array.from({ length: count }, () => withDiacritics(random, words.word(random, 'ar', 3)))
			return search(chance(random, 0.8) ? 'ar' : anyLanguage(random), query.join(' '), readerPage(random))
		},
	},
	{
		id: 'cross-language',
		label: 'words in one language, reader in another',
		strict: false,
		plan: (random, words) => {
			const written = libraryFacets.languages.draw(random)
			const reader = pick(
				random,
				languages.filter((language) => language !== written),
			)
			const count = between(random, 1, 2)
			const query = Array.from({ length: count }, () => words.wordNotIn(random, written, reader))
			return search(reader, query.join(' '), readerPage(random))
		},
	},
	{
		id: 'deepest-page',
		label: 'deepest page (browse or broad query)',
		strict: false,
		plan: (random, words) =>
			chance(random, 0.5)
				? { ...browse(random, { kind: 'document' }), lastPage: true }
				: { ...search(anyLanguage(random), pick(random, words.broad)), lastPage: true },
	},
	{
		id: 'typo',
		label: 'one typo (6+ letters)',
		strict: false,
		plan: (random, words) => {
			const language = libraryFacets.languages.draw(random)
			const typo = words.typo(random, language)
			return search(language, chance(random, 0.5) ? `${typo} ${words.word(random, language, 4)}` : typo)
		},
	},
]
