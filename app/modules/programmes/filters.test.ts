import { expect, test } from 'vitest'
import { parseComparedSlugs, parseProgrammeFilters, parseServiceFilters, readableLevels } from './filters.ts'

test('catalogue filters keep known values and drop unknown ones', () => {
	const filters = parseProgrammeFilters(
		new URLSearchParams(
			'country=FR&sector=hospitality&language=ar&format=teleport&free=on&childcare=on&literacy=basic&page=2',
		),
	)
	expect(filters).toEqual({
		country: 'FR',
		region: undefined,
		sector: 'hospitality',
		language: 'ar',
		format: undefined,
		free: true,
		stipend: false,
		childcare: true,
		literacy: 'basic',
		page: 2,
	})
})

test('odd filter values never reach a query', () => {
	const filters = parseProgrammeFilters(new URLSearchParams("country=fr' OR 1=1&sector=__proto__&page=-4&stipend=yes"))
	expect(filters.country).toBeUndefined()
	expect(filters.sector).toBeUndefined()
	expect(filters.page).toBe(1)
	expect(filters.stipend).toBe(false)
	expect(parseServiceFilters(new URLSearchParams('type=shelter&country=MAR')).country).toBeUndefined()
	expect(parseServiceFilters(new URLSearchParams('type=shelter')).type).toBe('shelter')
})

test('a visitor who reads a little sees programmes needing no or basic reading', () => {
	expect(readableLevels('none')).toEqual(['none'])
	expect(readableLevels('basic')).toEqual(['none', 'basic'])
	expect(readableLevels('fluent')).toEqual(['none', 'basic', 'fluent'])
})

test('at most three distinct programmes are compared', () => {
	const params = new URLSearchParams('p=a&p=b&p=a&p=../etc&p=c&p=d')
	expect(parseComparedSlugs(params)).toEqual(['a', 'b', 'c'])
})
