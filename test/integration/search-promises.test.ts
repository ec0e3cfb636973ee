import { expect, test } from 'vitest'
import { searchAtlas } from '#app/modules/search/search.server.ts'
import {
	countOf,
	counted,
	everyBrowse,
	everyPage,
	expectExact,
	type Known,
	people,
	publish,
	reader,
	type Reader,
	remove,
	republish,
	type Search,
} from '#test/search-ledger.ts'

/**
 * The promises a faster engine could break: what each reader sees, counts and facets is exactly what their tier
 * allows, one result per item in the reader's language, exact facet counts, right after every change (same
 * process, no waiting). The expected figures come from the ledger of documents published here.
 */

/** Values only the restricted documents of the first test carry; no other document in this file uses them. */
const membersOnly = { type: 'research', topic: 'financial-investigation', country: 'MD' } as const
const officersOnly = { type: 'toolkit', topic: 'online-exploitation', country: 'AL' } as const

test('members and law-enforcement documents are never in a visitor’s hits, total or facet counts, browsing, filtering or searching; raising one to law enforcement takes it out of every count at once', async () => {
	const visitor = await reader('visitor')
	const officer = await reader('officer')
	const { readers } = await people()
	await publish({
		type: 'guideline',
		topics: ['identification', 'referral'],
		countries: ['ES', 'FR'],
		publishedOn: '2024-03-01',
		texts: {
			en: { title: 'Orvalith referral guideline', summary: 'Referring people found at the Orvalith shelter.' },
			es: { title: 'Guía de derivación de Orvalith', summary: 'Derivar a las personas del refugio Orvalith.' },
		},
	})
	await publish({
		type: 'best-practice',
		topics: ['identification'],
		countries: ['FR'],
		publishedOn: '2024-02-01',
		texts: {
			en: { title: 'Orvalith interview rooms', summary: 'Quiet rooms for interviews at Orvalith.' },
			fr: { title: 'Salles d’audition d’Orvalith', summary: 'Des salles calmes pour les auditions à Orvalith.' },
		},
	})
	const raised = await publish({
		type: 'case-study',
		topics: ['referral', 'prevention'],
		countries: ['ES'],
		publishedOn: '2024-01-01',
		texts: { en: { title: 'Orvalith harbour case', summary: 'How a harbour team at Orvalith referred crews.' } },
	})
	await publish({
		tier: 'members',
		type: membersOnly.type,
		topics: [membersOnly.topic, 'identification'],
		countries: [membersOnly.country, 'FR'],
		publishedOn: '2024-04-01',
		texts: {
			en: { title: 'Orvalith payment trails', summary: 'What the Orvalith accounts showed members.' },
			fr: { title: 'Flux financiers d’Orvalith', summary: 'Ce que montrent les comptes d’Orvalith.' },
		},
	})
	await publish({
		tier: 'law-enforcement',
		type: officersOnly.type,
		topics: [officersOnly.topic, 'referral'],
		countries: [officersOnly.country, 'ES'],
		publishedOn: '2024-05-01',
		texts: {
			en: { title: 'Orvalith undercover toolkit', summary: 'Steps for the Orvalith operation.' },
			ar: { title: 'أدوات العمل السري Orvalith', summary: 'خطوات عملية Orvalith.' },
		},
	})

	const seen = await searchAtlas(null, 'en', { query: '', filters: {}, sort: 'date', page: 1 })
	const values = Object.values(seen.facets)
		.flat()
		.map((count) => count.value)
	for (const value of [...Object.values(membersOnly), ...Object.values(officersOnly), 'members', 'law-enforcement'])
		expect(values).not.toContain(value)
	for (const filters of [
		{ type: officersOnly.type },
		{ topic: officersOnly.topic },
		{ country: officersOnly.country },
		{ tier: 'law-enforcement' as const },
	]) {
		const filtered = await searchAtlas(null, 'en', { query: '', filters, sort: 'date', page: 1 })
		expect({
			filters,
			total: filtered.total,
			hits: filtered.hits,
			facets: Object.values(filtered.facets).flat(),
		}).toEqual({ filters, total: 0, hits: [], facets: [] })
	}

	for (const one of readers) {
		for (const filters of everyBrowse()) await expectExact(one, { filters })
		await expectExact(one, { query: 'orvalith', sort: 'relevance' })
		await expectExact(one, { query: 'orvalith', filters: { country: 'ES' }, sort: 'relevance' })
	}

	const visitorBefore = counted(await searchAtlas(null, 'en', { query: '', filters: {}, sort: 'date', page: 1 }))
	const officerBefore = counted(
		await searchAtlas(officer.actor, 'en', { query: '', filters: {}, sort: 'date', page: 1 }),
	)
	await republish(raised, { tier: 'law-enforcement' })
	const visitorAfter = counted(await searchAtlas(null, 'en', { query: '', filters: {}, sort: 'date', page: 1 }))
	expect(visitorAfter.total).toBe(visitorBefore.total - 1)
	for (const [facet, value] of [
		['type', 'case-study'],
		['topic', 'referral'],
		['topic', 'prevention'],
		['country', 'ES'],
		['language', 'en'],
		['tier', 'public'],
	] as const)
		expect({ facet, value, count: countOf(visitorAfter, facet, value) }).toEqual({
			facet,
			value,
			count: countOf(visitorBefore, facet, value) - 1,
		})
	const officerAfter = counted(
		await searchAtlas(officer.actor, 'en', { query: '', filters: {}, sort: 'date', page: 1 }),
	)
	expect({ ...officerAfter, facets: { ...officerAfter.facets, tier: [] } }).toEqual({
		...officerBefore,
		facets: { ...officerBefore.facets, tier: [] },
	})
	expect(countOf(officerAfter, 'tier', 'public')).toBe(countOf(officerBefore, 'tier', 'public') - 1)
	expect(countOf(officerAfter, 'tier', 'law-enforcement')).toBe(countOf(officerBefore, 'tier', 'law-enforcement') + 1)

	const searched = await searchAtlas(visitor.actor, 'en', {
		query: 'orvalith',
		filters: {},
		sort: 'relevance',
		page: 1,
	})
	expect(searched.hits.map((hit) => hit.itemKey)).not.toContain(raised.key)
	for (const one of readers) {
		for (const filters of everyBrowse()) await expectExact(one, { filters })
		await expectExact(one, { query: 'orvalith', sort: 'relevance' })
	}
})

test('a restricted document is never counted in browse facets for a lower tier, whoever browsed first and however tiers change', async () => {
	const visitor = await reader('visitor')
	const member = await reader('member')
	const officer = await reader('officer')
	const shelter = await publish({
		type: 'guideline',
		topics: ['victim-support'],
		countries: ['SN'],
		publishedOn: '2023-06-01',
		texts: { en: { title: 'Shelter intake in Dakar', summary: 'Intake steps at a shelter.' } },
	})
	const hotline = await publish({
		tier: 'members',
		type: 'case-study',
		topics: ['victim-support', 'referral'],
		countries: ['SN', 'MA'],
		publishedOn: '2023-06-02',
		texts: {
			en: { title: 'Hotline referrals', summary: 'Calls passed to partners.' },
			fr: { title: 'Orientation par la ligne d’écoute', summary: 'Appels transmis aux partenaires.' },
		},
	})
	const raid = await publish({
		tier: 'law-enforcement',
		type: 'best-practice',
		topics: ['prevention'],
		countries: ['PE'],
		publishedOn: '2023-06-03',
		texts: { es: { title: 'Operativo en Lima', summary: 'Pasos del operativo.' } },
	})
	const browses: Search[] = [
		{},
		{ filters: { kind: 'document' } },
		{ sort: 'relevance' },
		{ filters: { country: 'SN' } },
		{ filters: { topic: 'victim-support' } },
		{ language: 'fr' },
	]
	const browseAll = async (order: Reader[]) => {
		for (const search of browses) for (const one of order) await expectExact(one, search)
	}

	await browseAll([officer, visitor, member])
	await republish(shelter, { tier: 'members' })
	await republish(hotline, { tier: 'law-enforcement' })
	await republish(raid, { tier: 'public' })
	await browseAll([visitor, member, officer])
	await republish(shelter, { tier: 'law-enforcement' })
	await republish(raid, { tier: 'members' })
	await browseAll([officer, member, visitor])
	await republish(hotline, { tier: 'public' })
	await republish(shelter, { tier: 'public' })
	await browseAll([member, officer, visitor])
})

test('a document in four languages that all match is one hit, in the reader’s language, else in its best matching one; pages never repeat an item', async () => {
	const visitor = await reader('visitor')
	const texts = {
		en: { title: 'Circular 7731 on screening at sea ports', summary: 'What circular 7731 asks of port officers.' },
		fr: { title: 'Circulaire 7731 sur le contrôle dans les ports', summary: 'Ce que la circulaire 7731 demande.' },
		es: { title: 'Circular 7731 sobre el control en los puertos', summary: 'Lo que pide la circular 7731.' },
		ar: { title: 'التعميم 7731 بشأن التفتيش في الموانئ', summary: 'ما يطلبه التعميم 7731 من الضباط.' },
	}
	const circular = await publish({ type: 'protocol', topics: ['identification'], countries: ['IT'], texts })
	for (const language of ['en', 'fr', 'es', 'ar'] as const) {
		const results = await searchAtlas(null, language, { query: '7731', filters: {}, sort: 'relevance', page: 1 })
		expect({ language, total: results.total, hits: results.hits.length }).toEqual({ language, total: 1, hits: 1 })
		expect(results.hits[0]).toMatchObject({ itemKey: circular.key, language, title: texts[language].title })
		await expectExact(visitor, { query: '7731', sort: 'relevance', language })
	}
	const inFrench = await searchAtlas(null, 'en', { query: '7731', filters: { language: 'fr' }, sort: 'date', page: 1 })
	expect(inFrench.hits.map((hit) => [hit.itemKey, hit.language])).toEqual([[circular.key, 'fr']])

	// The name is in the French title and summary, and only once deep in the Spanish body.
	const patrols = await publish({
		type: 'best-practice',
		topics: ['prevention'],
		countries: ['FR', 'ES'],
		texts: {
			en: { title: 'Night patrols on the river', summary: 'Patrol routes along the river at night.' },
			fr: { title: 'Patrouilles de nuit à Quillemont', summary: 'Les itinéraires de patrouille autour de Quillemont.' },
			es: {
				title: 'Patrullas nocturnas en el río',
				summary: 'Rutas de patrulla nocturna por el río.',
				body: 'Rutas de patrulla nocturna por el río, con turnos, equipos, radios, linternas, chalecos, horarios de relevo, puntos de encuentro y una nota sobre Quillemont.',
			},
		},
	})
	for (const [language, shownIn] of [
		['en', 'fr'],
		['ar', 'fr'],
		['fr', 'fr'],
		['es', 'es'],
	] as const) {
		const results = await searchAtlas(null, language, { query: 'quillemont', filters: {}, sort: 'relevance', page: 1 })
		expect({ language, total: results.total, shown: results.hits.map((hit) => [hit.itemKey, hit.language]) }).toEqual({
			language,
			total: 1,
			shown: [[patrols.key, shownIn]],
		})
	}

	const notes: Known[] = []
	for (let n = 1; n <= 23; n++) {
		notes.push(
			await publish({
				type: 'case-study',
				topics: ['cross-border-cooperation'],
				countries: ['BE'],
				// Three dates only: many items share one, and their order must still hold from page to page.
				publishedOn: `2022-0${1 + (n % 3)}-01`,
				texts: {
					en: { title: `Meridane field note ${n}`, summary: 'A Meridane crossing observed.' },
					fr: { title: `Note de terrain Meridane ${n}`, summary: 'Un passage Meridane observé.' },
					es: { title: `Nota de campo Meridane ${n}`, summary: 'Un paso Meridane observado.' },
				},
			}),
		)
	}
	for (const language of ['en', 'ar'] as const) {
		for (const sort of ['relevance', 'date'] as const) {
			const pages = await everyPage(visitor, { query: 'meridane', sort, language })
			const keys = pages.flatMap((page) => page.hits.map((hit) => hit.itemKey))
			expect({ language, sort, sizes: pages.map((page) => page.hits.length), distinct: new Set(keys).size }).toEqual({
				language,
				sort,
				sizes: [10, 10, 3],
				distinct: 23,
			})
			expect(keys.sort()).toEqual(notes.map((note) => note.key).sort())
			expect(pages.map((page) => page.total)).toEqual([23, 23, 23])
			// Every note has English: an English reader sees each one in English.
			if (language === 'en')
				expect(new Set(pages.flatMap((page) => page.hits.map((hit) => hit.language)))).toEqual(new Set(['en']))
		}
	}
})

test('facet counts are exact after a document’s type, topics and countries change, and an item taken out leaves every count at once', async () => {
	const { readers } = await people()
	const visitor = await reader('visitor')
	const edited = await publish({
		type: 'guideline',
		topics: ['prevention'],
		countries: ['PE'],
		publishedOn: '2021-05-01',
		texts: {
			en: { title: 'Tessaline outreach', summary: 'Outreach in Tessaline markets.' },
			es: { title: 'Alcance en Tessaline', summary: 'Trabajo de calle en los mercados de Tessaline.' },
		},
	})
	const unchanged = await publish({
		type: 'case-study',
		topics: ['referral'],
		countries: ['PE', 'CL'],
		publishedOn: '2021-05-02',
		texts: { es: { title: 'Derivaciones en Tessaline', summary: 'Casos derivados en Tessaline.' } },
	})
	const restricted = await publish({
		tier: 'members',
		type: 'guideline',
		topics: ['prevention', 'referral'],
		countries: ['CL'],
		publishedOn: '2021-05-03',
		texts: { en: { title: 'Tessaline partners', summary: 'Partners met in Tessaline.' } },
	})
	const everything = async () => {
		for (const one of readers) {
			for (const filters of everyBrowse()) await expectExact(one, { filters })
			await expectExact(one, { query: 'tessaline', sort: 'relevance' })
		}
	}
	await everything()

	await republish(edited, { type: 'case-study', topics: ['labour-exploitation', 'referral'], countries: ['CL', 'MA'] })
	const after = await searchAtlas(null, 'en', { query: 'tessaline', filters: {}, sort: 'relevance', page: 1 })
	expect(counted(after)).toEqual({
		total: 2,
		facets: {
			type: [{ value: 'case-study', count: 2 }],
			topic: [
				{ value: 'labour-exploitation', count: 1 },
				{ value: 'referral', count: 2 },
			],
			country: [
				{ value: 'CL', count: 2 },
				{ value: 'MA', count: 1 },
				{ value: 'PE', count: 1 },
			],
			language: [
				{ value: 'en', count: 1 },
				{ value: 'es', count: 2 },
			],
			tier: [{ value: 'public', count: 2 }],
		},
	})
	expect(after.hits.find((hit) => hit.itemKey === edited.key)).toMatchObject({
		type: 'case-study',
		topics: ['labour-exploitation', 'referral'],
		countries: ['CL', 'MA'],
	})
	await everything()

	const before = await Promise.all(
		readers.map(async (one) =>
			counted(await searchAtlas(one.actor, 'en', { query: '', filters: {}, sort: 'date', page: 1 })),
		),
	)
	remove(edited)
	remove(restricted)
	for (const [index, one] of readers.entries()) {
		const now = await searchAtlas(one.actor, 'en', { query: '', filters: {}, sort: 'date', page: 1 })
		expect({ reader: one.name, total: now.total }).toEqual({
			reader: one.name,
			total: before[index]!.total - (one.name === 'visitor' ? 1 : 2),
		})
	}
	const left = await searchAtlas(visitor.actor, 'es', { query: 'tessaline', filters: {}, sort: 'relevance', page: 1 })
	expect(left.hits.map((hit) => hit.itemKey)).toEqual([unchanged.key])
	await everything()
})

test('the deepest page: 25 matching items, ten a page, leave five on page 3 and none on page 4, by relevance and by date', async () => {
	const officer = await reader('officer')
	const reports: Known[] = []
	for (let n = 1; n <= 25; n++) {
		reports.push(
			await publish({
				type: n % 2 ? 'guideline' : 'best-practice',
				topics: ['investigation'],
				countries: ['DE'],
				publishedOn: `2019-01-${String(n).padStart(2, '0')}`,
				texts: { en: { title: `Corvessa inspection report ${n}`, summary: `Corvessa site visit number ${n}.` } },
			}),
		)
	}
	const oldestFive = reports.slice(0, 5).map((report) => report.key)
	for (const sort of ['relevance', 'date'] as const) {
		const pages = []
		for (let page = 1; page <= 4; page++)
			pages.push(await searchAtlas(officer.actor, 'en', { query: 'corvessa', filters: {}, sort, page }))
		expect({ sort, sizes: pages.map((page) => page.hits.length), totals: pages.map((page) => page.total) }).toEqual({
			sort,
			sizes: [10, 10, 5, 0],
			totals: [25, 25, 25, 25],
		})
		const keys = pages.flatMap((page) => page.hits.map((hit) => hit.itemKey))
		expect(keys.sort()).toEqual(reports.map((report) => report.key).sort())
		// The deepest page still tells the reader what the first one did.
		expect(counted(pages[3]!)).toEqual(counted(pages[0]!))
		if (sort === 'date') {
			expect(pages[2]!.hits.map((hit) => hit.itemKey)).toEqual([...oldestFive].reverse())
			const dates = pages.flatMap((page) => page.hits.map((hit) => hit.publishedOn))
			expect(dates).toEqual([...dates].sort().reverse())
		}
	}
	await expectExact(officer, { query: 'corvessa', sort: 'relevance' })
})
