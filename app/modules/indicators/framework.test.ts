import { expect, test } from 'vitest'
import ar from '#app/locales/ar/indicators.json'
import en from '#app/locales/en/indicators.json'
import es from '#app/locales/es/indicators.json'
import fr from '#app/locales/fr/indicators.json'
import { genders, organisationTypes } from '#app/modules/accounts/vocabulary.ts'
import { regions } from '#app/platform/regions.ts'
import { indicators, seriesList } from './framework.ts'
import { applicationWays, breakdowns, indicatorAreas, seriesIds } from './vocabulary.ts'

const languages = { en, fr, es, ar } as Record<string, unknown>

/** The words at a dotted path of one language's file, or undefined when a step is missing or not text. */
function words(language: string, path: readonly (string | number)[]): string | undefined {
	let at: unknown = languages[language]
	for (const step of path) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[String(step)] : undefined
	return typeof at === 'string' && at.trim() !== '' ? at : undefined
}

/** Every path of `wanted` that has no words in some language, as "lng: a.b.c". */
function missing(wanted: readonly (readonly (string | number)[])[]) {
	return Object.keys(languages).flatMap((language) =>
		wanted.filter((path) => words(language, path) === undefined).map((path) => `${language}: ${path.join('.')}`),
	)
}

const keysOf = (language: string, key: string) =>
	Object.keys((languages[language] as Record<string, Record<string, unknown>>)[key] ?? {}).sort()

test('every series has a name and a definition in every language, and no other series is named', () => {
	expect(
		missing(seriesIds.flatMap((id) => [['series', id, 'name'] as const, ['series', id, 'definition'] as const])),
	).toEqual([])
	for (const language of Object.keys(languages)) expect(keysOf(language, 'series')).toEqual([...seriesIds].sort())
	// The framework lists each series once: a series in the vocabulary but not in the framework would be named for nothing.
	expect(seriesList.map((one) => one.id).sort()).toEqual([...seriesIds].sort())
})

test('every indicator has a name and a definition in every language: a count its series’, a share its own', () => {
	const shares = indicators.filter((one) => one.unit === 'share').map((one) => one.id)
	expect(shares).toHaveLength(8)
	expect(
		missing(
			indicators.flatMap((one) => {
				const at = one.unit === 'count' ? ['series', one.series] : ['indicators', one.id]
				return [
					[...at, 'name'],
					[...at, 'definition'],
				]
			}),
		),
	).toEqual([])
	for (const language of Object.keys(languages)) expect(keysOf(language, 'indicators')).toEqual([...shares].sort())
})

test('every area and every breakdown has a heading, every breakdown a column heading, and no other breakdown is named', () => {
	expect(missing(indicatorAreas.map((area) => ['areas', area]))).toEqual([])
	expect(missing(breakdowns.map((breakdown) => ['breakdowns', breakdown]))).toEqual([])
	expect(missing(breakdowns.map((breakdown) => ['pages', 'breakdownColumn', breakdown]))).toEqual([])
	for (const language of Object.keys(languages)) expect(keysOf(language, 'breakdowns')).toEqual([...breakdowns].sort())
})

test('every gender, organisation type and way of applying a course has a label, and so has every place', () => {
	expect(
		missing([
			...[...genders, 'not-stated'].map((gender) => ['values', 'gender', gender]),
			...organisationTypes.map((type) => ['values', 'organisation-type', type]),
			...applicationWays.map((way) => ['values', 'way', way]),
			['places', 'world'],
			...regions.map((region) => ['places', 'region', region]),
			['suppressed'],
			['suppressedNote'],
			['noValue'],
		]),
	).toEqual([])
	// Only the breakdowns labelled from these words have values here; a breakdown dropped leaves none behind.
	for (const language of Object.keys(languages))
		expect(keysOf(language, 'values')).toEqual(['gender', 'organisation-type', 'way'])
})

test('the words are translated, not English copies', () => {
	for (const language of ['fr', 'es', 'ar']) {
		const copied = seriesIds.filter(
			(id) => words(language, ['series', id, 'definition']) === words('en', ['series', id, 'definition']),
		)
		expect(copied, language).toEqual([])
	}
})
