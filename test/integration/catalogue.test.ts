import { count, eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { programmes, programmeTexts, supportServices } from '#app/db/schema/index.ts'
import { findListedProgramme, listProgrammes } from '#app/modules/programmes/catalogue.server.ts'
import { importCatalogueContent } from '#app/modules/programmes/content-import.server.ts'
import { listServices } from '#app/modules/programmes/directory.server.ts'
import { parseProgrammeFilters, parseServiceFilters } from '#app/modules/programmes/filters.ts'
import { createOrganisation } from '#test/factories.ts'
import { createProgramme } from '#test/programme-factories.ts'

const filters = (query: string) => parseProgrammeFilters(new URLSearchParams(query))

test('the starter catalogue imports once: at least 25 programmes and 15 services in six countries and four languages', () => {
	const first = importCatalogueContent()
	expect(first.programmes).toBeGreaterThanOrEqual(25)
	expect(first.services).toBeGreaterThanOrEqual(15)
	expect(importCatalogueContent()).toEqual({ programmes: 0, services: 0 })
	const db = getDb()
	const countries = db.selectDistinct({ country: programmes.country }).from(programmes).all()
	expect(countries.length).toBeGreaterThanOrEqual(6)
	const serviceCountries = db.selectDistinct({ country: supportServices.country }).from(supportServices).all()
	expect(serviceCountries.length).toBeGreaterThanOrEqual(6)
	for (const language of ['en', 'fr', 'es', 'ar']) {
		const texts = db.select({ n: count() }).from(programmeTexts).where(eq(programmeTexts.language, language)).get()!.n
		expect(texts, language).toBe(first.programmes)
	}
	expect(
		db
			.select()
			.from(programmes)
			.all()
			.every((programme) => programme.isSample),
	).toBe(true)
})

test('filters combine: free, with childcare, taught in Arabic', () => {
	createProgramme(
		{ region: 'Filter test', languages: ['ar'], childcare: true, costAmount: 50, costCurrency: 'EUR' },
		'Paid Arabic course',
	)
	const match = createProgramme(
		{ region: 'Filter test', languages: ['ar', 'fr'], childcare: true },
		'Free Arabic course with childcare',
	)
	createProgramme({ region: 'Filter test', languages: ['fr'], childcare: true }, 'Free French course with childcare')
	const { programmes: found, total } = listProgrammes(
		filters('free=on&childcare=on&language=ar&country=FR&region=Filter test'),
		'en',
	)
	expect(found.map((programme) => programme.slug)).toEqual([match.slug])
	expect(total).toBe(1)
})

test('a visitor who reads little is not shown programmes that need fluent reading', () => {
	const easy = createProgramme({ country: 'CA', region: 'Reading test', literacy: 'none' })
	createProgramme({ country: 'CA', region: 'Reading test', literacy: 'fluent' })
	const { programmes: found } = listProgrammes(filters('country=CA&region=Reading test&literacy=basic'), 'en')
	expect(found.map((programme) => programme.slug)).toEqual([easy.slug])
})

test('a listing not re-verified for twelve months leaves the catalogue', () => {
	const thirteenMonthsAgo = new Date(Date.now() - 396 * 86_400_000)
	const stale = createProgramme({ country: 'IE', region: 'Stale', verifiedAt: thirteenMonthsAgo })
	const fresh = createProgramme({ country: 'IE', region: 'Stale' })
	expect(listProgrammes(filters('country=IE'), 'en').programmes.map((programme) => programme.slug)).toEqual([
		fresh.slug,
	])
	expect(findListedProgramme(stale.slug, 'en')).toBeNull()
})

test('programmes of an organisation that is not vetted are not listed', () => {
	const pending = createOrganisation({ type: 'ngo', status: 'pending' })
	const programme = createProgramme({ organisationId: pending.id })
	expect(findListedProgramme(programme.slug, 'en')).toBeNull()
})

test('a missing translation falls back to the source language, and says so', () => {
	const programme = createProgramme({}, 'Only in English')
	const shown = findListedProgramme(programme.slug, 'ar')!
	expect(shown.title).toBe('Only in English')
	expect(shown.fallback).toBe(true)
	expect(findListedProgramme(programme.slug, 'en')!.fallback).toBe(false)
})

test('the directory lists support services by country and type', () => {
	importCatalogueContent()
	const { services } = listServices(parseServiceFilters(new URLSearchParams('type=shelter')), 'fr')
	expect(services.length).toBeGreaterThan(0)
	for (const service of services) expect(service.type).toBe('shelter')
	const all = listServices(parseServiceFilters(new URLSearchParams('')), 'ar')
	expect(all.total).toBeGreaterThanOrEqual(15)
})
