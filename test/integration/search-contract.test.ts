import { beforeAll, describe, expect, test } from 'vitest'
import { type SearchEngine, type SearchRequest } from '#app/modules/search/contract.ts'
import { ftsEngine } from '#app/modules/search/fts.server.ts'
import { meiliClient, meiliEngine } from '#app/modules/search/meilisearch.server.ts'
import { searchTerms } from '#app/modules/search/query.ts'
import { reindexSearch } from '#app/modules/search/reindex.server.ts'
import { createPublishedDocument } from '#test/library-factories.ts'

/**
 * One contract, every engine: the same documents, queries and expected hits, facets
 * and tier filtering. FTS5 always runs; Meilisearch runs when MEILISEARCH_URL is set.
 */
const client = meiliClient()
const engines: { engine: SearchEngine | null; label: string }[] = [
	{ engine: ftsEngine, label: 'SQLite FTS5 engine' },
	{
		engine: client ? meiliEngine(client) : null,
		label: client ? 'Meilisearch engine' : 'Meilisearch engine (skipped: MEILISEARCH_URL is not set)',
	},
]

const everyone = ['public'] as const
const members = ['public', 'members'] as const
const officers = ['public', 'members', 'law-enforcement'] as const

function request(query: string, overrides: Partial<SearchRequest> = {}): SearchRequest {
	return {
		terms: searchTerms(query),
		language: 'en',
		tiers: officers,
		filters: {},
		sort: 'relevance',
		page: 1,
		pageSize: 10,
		...overrides,
	}
}

const titles = (results: { hits: { title: string }[] }) => results.hits.map((hit) => hit.title)

beforeAll(async () => {
	await createPublishedDocument({
		type: 'guideline',
		countries: ['ES'],
		publishedOn: '2024-05-01',
		texts: {
			es: {
				title: 'Identificación de víctimas en puertos',
				summary: 'Guía para la identificación de víctimas de trata en los puertos.',
			},
			en: {
				title: 'Identifying victims at ports',
				summary: 'A guide to identifying victims of trafficking at sea ports.',
			},
		},
	})
	await createPublishedDocument({
		type: 'case-study',
		tier: 'members',
		topics: ['investigation'],
		countries: ['FR', 'BE'],
		texts: {
			fr: {
				title: 'Enquête conjointe sur une agence de recrutement',
				summary: 'Une équipe commune d’enquête franco-belge.',
			},
		},
	})
	await createPublishedDocument({
		type: 'toolkit',
		countries: ['JO'],
		texts: { ar: { title: 'دَليلُ التعرّفِ على الضحايا', summary: 'إرشادات لحماية الأطفال في المدرسة.' } },
	})
	await createPublishedDocument({
		type: 'toolkit',
		tier: 'law-enforcement',
		topics: ['online-exploitation'],
		countries: ['ES'],
		texts: { en: { title: 'Zephyrine undercover checklist', summary: 'Restricted steps for zephyrine operations.' } },
	})
	for (let n = 1; n <= 13; n++) {
		await createPublishedDocument({
			type: n % 2 ? 'research' : 'best-practice',
			countries: [n % 3 ? 'PE' : 'CL'],
			publishedOn: `2023-01-${String(n).padStart(2, '0')}`,
			texts: { en: { title: `Quarrystone study ${n}`, summary: `Quarrystone finding number ${n}.` } },
		})
	}
	if (client) await reindexSearch()
})

for (const { engine, label } of engines) {
	describe.skipIf(!engine)(label, () => {
		const search = (query: string, overrides: Partial<SearchRequest> = {}) => engine!.search(request(query, overrides))

		test('accents and case do not matter', async () => {
			for (const query of ['ENQUETE conjointe', 'enquête', 'Enquete']) {
				expect(titles(await search(query))).toEqual(['Enquête conjointe sur une agence de recrutement'])
			}
			expect(titles(await search('identificacion VICTIMAS', { language: 'es' }))).toEqual([
				'Identificación de víctimas en puertos',
			])
		})

		test('Arabic diacritics, letter variants and the article are normalised', async () => {
			// "اطفال" without hamza finds "الأطفال"; "مدرسه" with haa finds "المدرسة"; "ضحايا" finds "الضحايا"; harakat in the query are ignored.
			for (const query of ['اطفال', 'مدرسه', 'ضحايا', 'دَليل']) {
				expect(titles(await search(query, { language: 'ar' }))).toEqual(['دَليلُ التعرّفِ على الضحايا'])
			}
		})

		test('the start of a word is enough, as the reader types', async () => {
			expect(titles(await search('identif', { language: 'en' }))).toEqual(['Identifying victims at ports'])
			expect((await search('quarry')).total).toBe(13)
		})

		test('an item written in several languages is one hit, in the reader’s language when it matched', async () => {
			const spanish = await search('ports victims', { language: 'es' })
			expect(spanish.total).toBe(1)
			const inSpanish = await search('identif', { language: 'es' })
			expect(titles(inSpanish)).toEqual(['Identificación de víctimas en puertos'])
			expect(inSpanish.hits[0]!.language).toBe('es')
		})

		test('facets count items by type and country, and a filter narrows them', async () => {
			const all = await search('quarrystone')
			expect(all.facets.type).toEqual([
				{ value: 'research', count: 7 },
				{ value: 'best-practice', count: 6 },
			])
			expect(all.facets.country).toEqual([
				{ value: 'PE', count: 9 },
				{ value: 'CL', count: 4 },
			])
			const narrowed = await search('quarrystone', { filters: { type: 'research', country: 'CL' } })
			expect(narrowed.total).toBe(2)
			expect(narrowed.facets.type).toEqual([{ value: 'research', count: 2 }])
		})

		test('pages do not overlap and newest first is by publication date', async () => {
			const first = await search('quarrystone', { sort: 'date' })
			const second = await search('quarrystone', { sort: 'date', page: 2 })
			expect(first.hits).toHaveLength(10)
			expect(second.hits).toHaveLength(3)
			expect(new Set([...titles(first), ...titles(second)]).size).toBe(13)
			expect(first.hits[0]!.title).toBe('Quarrystone study 13')
			expect(second.hits.at(-1)!.title).toBe('Quarrystone study 1')
		})

		test('a law-enforcement document leaves no trace for members or visitors: no hit, no count, no facet', async () => {
			for (const tiers of [everyone, members]) {
				const byTitle = await search('zephyrine undercover checklist', { tiers })
				expect(byTitle).toMatchObject({ total: 0, hits: [] })
				expect(Object.values(byTitle.facets).flat()).toEqual([])
				const browsing = await search('', { tiers, pageSize: 100 })
				expect(titles(browsing)).not.toContain('Zephyrine undercover checklist')
				expect(browsing.facets.tier.map((facet) => facet.value)).not.toContain('law-enforcement')
				expect(browsing.facets.topic.map((facet) => facet.value)).not.toContain('online-exploitation')
			}
			expect(titles(await search('zephyrine', { tiers: officers }))).toEqual(['Zephyrine undercover checklist'])
			const visitors = await search('enquete', { tiers: everyone })
			expect(visitors.total).toBe(0)
		})

		test('queries full of search syntax are read as plain words: they find what those words find, never an error', async () => {
			const studies = 13
			// The four documents above and the thirteen studies: officers may read them all.
			const everything = 17
			const expected: [query: string, total: number][] = [
				// Nothing but syntax is no words at all: the reader browses, as with an empty box.
				['"', everything],
				['*', everything],
				['NEAR(a b', 0],
				// OR is a common word, not an operator; a minus does not exclude; a column name does not filter.
				['quarrystone OR', studies],
				['-quarrystone', studies],
				['title:quarrystone', 0],
				['((quarrystone', studies],
				['quarrystone)', studies],
				['^quarry', studies],
				['x'.repeat(2048), 0],
				['quarrystone '.repeat(180), studies],
			]
			for (const [query, total] of expected) {
				const results = await search(query)
				// The count a reader is told matches the items listed on the page they see.
				expect({ query, total: results.total, listed: results.hits.length }).toEqual({
					query,
					total,
					listed: Math.min(total, 10),
				})
			}
			expect((await search('"quarrystone*')).total).toBe(studies)
		})
	})
}
