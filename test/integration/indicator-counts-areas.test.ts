import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { interestRequests } from '#app/db/schema/index.ts'
import { lawCounters } from '#app/modules/indicators/counters/laws.server.ts'
import { libraryCounters } from '#app/modules/indicators/counters/library.server.ts'
import { programmeCounters } from '#app/modules/indicators/counters/programmes.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { searchAtlas } from '#app/modules/search/search.server.ts'
import { createActor, createOrganisation } from '#test/factories.ts'
import {
	cellOf,
	countsOf,
	createDocumentPublishedOn,
	recordAdoptionOn,
	recordProgrammeMonth,
} from '#test/indicator-area-factories.ts'
import { cited, createFramework } from '#test/law-factories.ts'
import { createProgramme } from '#test/programme-factories.ts'

// Every test counts March 2026; what happens on either side of it must stay out.
const march = { start: new Date('2026-03-01T00:00:00Z'), end: new Date('2026-04-01T00:00:00Z') }
const inMarch = (date: Date) => date >= march.start && date < march.end
const at = (iso: string) => new Date(iso)

test('documents published count each document once, in the month of its first publication', () => {
	const seeded: {
		type: 'guideline' | 'protocol' | 'research'
		countries: string[]
		languages: Language[]
		publishedAt: Date[]
	}[] = [
		{ type: 'guideline', countries: ['FR'], languages: ['en', 'fr'], publishedAt: [at('2026-03-05T10:00:00Z')] },
		{ type: 'protocol', countries: ['FR', 'MA'], languages: ['fr'], publishedAt: [at('2026-03-31T23:59:59Z')] },
		{ type: 'research', countries: [], languages: ['en'], publishedAt: [at('2026-03-10T08:00:00Z')] },
		// A change published in March to a document first published in February.
		{
			type: 'guideline',
			countries: ['DE'],
			languages: ['en'],
			publishedAt: [at('2026-02-20T09:00:00Z'), at('2026-03-15T09:00:00Z')],
		},
		{ type: 'guideline', countries: ['ES'], languages: ['es'], publishedAt: [at('2026-04-01T00:00:00Z')] },
		{ type: 'guideline', countries: ['FR'], languages: ['en'], publishedAt: [] },
	]
	for (const document of seeded) createDocumentPublishedOn(document)
	const counts = countsOf(libraryCounters['documents-published'], '2026-03')

	const first = seeded.filter((document) => document.publishedAt[0] && inMarch(document.publishedAt[0]))
	const where = (country: string) => first.filter((document) => document.countries.includes(country)).length
	expect(cellOf(counts)).toBe(first.length)
	expect(first.length).toBe(3)
	expect(cellOf(counts, { place: 'FR' })).toBe(where('FR'))
	expect(cellOf(counts, { place: 'MA' })).toBe(where('MA'))
	expect(cellOf(counts, { place: 'DE' })).toBe(0)
	// The protocol about France and Morocco counts once in Europe and once in Africa.
	expect(cellOf(counts, { place: 'region:europe' })).toBe(2)
	expect(cellOf(counts, { place: 'region:africa' })).toBe(1)
	expect(cellOf(counts, { breakdown: 'document-type', value: 'guideline' })).toBe(1)
	expect(cellOf(counts, { breakdown: 'language', value: 'en' })).toBe(
		first.filter((document) => document.languages.includes('en')).length,
	)
	expect(cellOf(counts, { place: 'FR', breakdown: 'language', value: 'fr' })).toBe(2)
	expect(cellOf(countsOf(libraryCounters['documents-published'], '2026-02'))).toBe(1)
})

test('protocol adoptions count in the month of the adoption day, in and for the adopting organisation', () => {
	const france = createOrganisation({ country: 'FR' })
	const morocco = createOrganisation({ country: 'MA' })
	const protocol = createDocumentPublishedOn({ type: 'protocol', publishedAt: [at('2026-01-05T00:00:00Z')] })
	const seeded = [
		{ organisation: france, adoptedOn: '2026-03-01', version: 1 },
		{ organisation: france, adoptedOn: '2026-03-20', version: 2 },
		{ organisation: morocco, adoptedOn: '2026-03-31', version: 1 },
		{ organisation: morocco, adoptedOn: '2026-04-01', version: 2 },
		{ organisation: france, adoptedOn: '2026-02-28', version: 3 },
	]
	for (const adoption of seeded)
		recordAdoptionOn(protocol.id, adoption.organisation.id, adoption.adoptedOn, adoption.version)
	const counts = countsOf(libraryCounters['protocol-adoptions'], '2026-03')

	const march = seeded.filter((adoption) => adoption.adoptedOn.startsWith('2026-03'))
	const of = (id: string) => march.filter((adoption) => adoption.organisation.id === id).length
	expect(cellOf(counts)).toBe(march.length)
	expect(cellOf(counts, { place: 'FR' })).toBe(of(france.id))
	expect(cellOf(counts, { place: 'region:africa' })).toBe(of(morocco.id))
	expect(cellOf(counts, { organisationId: france.id })).toBe(2)
	expect(cellOf(counts, { organisationId: morocco.id })).toBe(1)
	expect(cellOf(counts, { breakdown: 'document-type', value: 'protocol' })).toBe(3)
	expect(cellOf(counts, { organisationId: france.id, breakdown: 'document-type', value: 'protocol' })).toBe(2)
})

test('zero-result searches count every members’ search that found nothing in the month, by language, nowhere in particular', async () => {
	const member = await createActor({ roles: ['ngo_member'] })
	const seeded = [
		{ language: 'en', at: at('2026-03-02T10:00:00Z'), query: 'zyxwv gap' },
		{ language: 'en', at: at('2026-03-12T10:00:00Z'), query: 'zyxwv gap' },
		{ language: 'en', at: at('2026-03-30T10:00:00Z'), query: 'qqqq other gap' },
		{ language: 'fr', at: at('2026-03-15T10:00:00Z'), query: 'zyxwv lacune' },
		{ language: 'ar', at: at('2026-02-27T10:00:00Z'), query: 'zyxwv فجوة' },
		{ language: 'en', at: at('2026-04-01T00:00:00Z'), query: 'zyxwv gap' },
	] as const
	for (const miss of seeded)
		await searchAtlas(member, miss.language, { query: miss.query, filters: {}, sort: 'relevance', page: 1 }, miss.at)
	const counts = countsOf(libraryCounters['zero-result-searches'], '2026-03')

	// Searches, not queries: the same query asked twice in March counts twice; the one asked again in April not.
	expect(cellOf(counts)).toBe(seeded.filter((miss) => inMarch(miss.at)).length)
	expect(cellOf(counts, { breakdown: 'language', value: 'en' })).toBe(3)
	expect(cellOf(counts, { breakdown: 'language', value: 'fr' })).toBe(1)
	expect(counts.every((count) => count.place === '' && count.organisationId === '')).toBe(true)
})

test('law elements covered follow each country’s latest revision before the month’s end, by the alignment rule', () => {
	createFramework(
		'FR',
		{
			recruitment: cited('yes'),
			transportation: cited('yes'),
			transfer: cited('partly'),
			fraud: cited('no'),
			'basic-maximum': cited(5),
			// Recorded but not scored by the reference model: never counted as covered.
			'non-punishment': cited('yes'),
		},
		{ now: at('2026-01-10T00:00:00Z') },
	)
	createFramework(
		'MA',
		{ recruitment: cited('yes'), force: cited('unknown'), 'basic-maximum': cited(3) },
		{ region: 'africa', now: at('2026-03-15T00:00:00Z') },
	)
	// France's next revision and Germany's first come after March.
	createFramework(
		'FR',
		{ recruitment: cited('yes'), transportation: cited('yes'), transfer: cited('yes'), fraud: cited('yes') },
		{ now: at('2026-04-10T00:00:00Z') },
	)
	createFramework('DE', { recruitment: cited('yes') }, { now: at('2026-05-01T00:00:00Z') })

	// Aligned: a "yes" for an element the model asks for, and a maximum penalty of four years or more.
	const covered: Record<string, string[]> = {
		FR: ['recruitment', 'transportation', 'basic-maximum'],
		MA: ['recruitment'],
	}
	const counts = countsOf(lawCounters['law-elements-covered'], '2026-03')
	expect(cellOf(counts)).toBe(covered.FR!.length + covered.MA!.length)
	expect(cellOf(counts, { place: 'FR' })).toBe(covered.FR!.length)
	expect(cellOf(counts, { place: 'MA' })).toBe(covered.MA!.length)
	expect(cellOf(counts, { place: 'DE' })).toBe(0)
	expect(cellOf(counts, { place: 'region:europe' })).toBe(covered.FR!.length)
	expect(cellOf(counts, { breakdown: 'element', value: 'recruitment' })).toBe(2)
	expect(cellOf(counts, { place: 'FR', breakdown: 'element', value: 'transfer' })).toBe(0)

	// In February Morocco had no framework yet; in April France's second revision counts and Germany's does not yet.
	expect(cellOf(countsOf(lawCounters['law-elements-covered'], '2026-02'))).toBe(covered.FR!.length)
	const april = countsOf(lawCounters['law-elements-covered'], '2026-04')
	expect(cellOf(april, { place: 'FR' })).toBe(4)
	expect(cellOf(april, { place: 'DE' })).toBe(0)
})

test('programme listings count vetted providers’ programmes, and the verified ones those verified within 12 months', () => {
	const asOf = at('2026-03-20T12:00:00Z')
	const france = createOrganisation({ country: 'FR', type: 'ngo' })
	const morocco = createOrganisation({ country: 'MA', type: 'ngo' })
	const pending = createOrganisation({ country: 'FR', type: 'ngo', status: 'pending' })
	const seeded = [
		{ organisationId: france.id, country: 'FR', verifiedAt: at('2026-03-01T00:00:00Z'), vetted: true },
		{ organisationId: france.id, country: 'FR', verifiedAt: at('2025-03-21T00:00:00Z'), vetted: true },
		{ organisationId: france.id, country: 'FR', verifiedAt: at('2025-03-19T00:00:00Z'), vetted: true },
		{ organisationId: morocco.id, country: 'MA', verifiedAt: at('2026-01-01T00:00:00Z'), vetted: true },
		{ organisationId: pending.id, country: 'FR', verifiedAt: at('2026-03-01T00:00:00Z'), vetted: false },
	]
	for (const { vetted: _vetted, ...programme } of seeded) createProgramme(programme)
	const listings = countsOf(programmeCounters['programme-listings'], '2026-03', asOf)
	const verified = countsOf(programmeCounters['programme-listings-verified'], '2026-03', asOf)

	const kept = seeded.filter((programme) => programme.vetted)
	const current = kept.filter((programme) => programme.verifiedAt >= at('2025-03-20T12:00:00Z'))
	expect(cellOf(listings)).toBe(kept.length)
	expect(cellOf(listings, { place: 'FR' })).toBe(kept.filter((programme) => programme.country === 'FR').length)
	expect(cellOf(listings, { place: 'region:africa' })).toBe(1)
	expect(cellOf(verified)).toBe(current.length)
	expect(cellOf(verified, { place: 'FR' })).toBe(2)
	expect(cellOf(verified, { place: 'MA' })).toBe(1)
})

test('programme views and interest requests come only from the monthly counts per programme', () => {
	const lyon = createProgramme({ country: 'FR' })
	const rabat = createProgramme({ country: 'MA' })
	const seeded = [
		{ programme: lyon, month: '2026-03', views: 40, interests: 3 },
		{ programme: rabat, month: '2026-03', views: 7, interests: 0 },
		{ programme: lyon, month: '2026-02', views: 100, interests: 9 },
	]
	for (const row of seeded) recordProgrammeMonth(row.programme.id, row.month, row.views, row.interests)
	// A request waiting for its provider is survivor data: it is never read, only the monthly count is.
	getDb()
		.insert(interestRequests)
		.values({
			programmeId: lyon.id,
			sealed: Buffer.from('sealed'),
			receivedAt: at('2026-03-10T00:00:00Z'),
			deleteAfter: at('2026-06-10T00:00:00Z'),
		})
		.run()
	const views = countsOf(programmeCounters['programme-views'], '2026-03')
	const interests = countsOf(programmeCounters['interest-requests'], '2026-03')

	const march = seeded.filter((row) => row.month === '2026-03')
	const sum = (rows: typeof seeded, key: 'views' | 'interests') => rows.reduce((total, row) => total + row[key], 0)
	expect(cellOf(views)).toBe(sum(march, 'views'))
	expect(cellOf(views, { place: 'FR' })).toBe(40)
	expect(cellOf(views, { place: 'region:africa' })).toBe(7)
	expect(cellOf(views, { breakdown: 'programme', value: rabat.id })).toBe(7)
	expect(cellOf(interests)).toBe(sum(march, 'interests'))
	expect(cellOf(interests, { place: 'FR', breakdown: 'programme', value: lyon.id })).toBe(3)
	expect(cellOf(interests, { place: 'MA' })).toBe(0)
	expect(cellOf(countsOf(programmeCounters['interest-requests'], '2026-02'))).toBe(9)
})
