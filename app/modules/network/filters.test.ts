import { expect, test } from 'vitest'
import { countriesServed, directoryFilterFrom, topicsOfAreas } from './filters.ts'

test('the directory keeps only filters it knows, so nothing odd reaches a query', () => {
	const query = new URLSearchParams({ country: 'MA', kind: 'ngo', area: 'referral', language: 'ar', page: '2' })
	expect(directoryFilterFrom(query)).toEqual({ country: 'MA', kind: 'ngo', area: 'referral', language: 'ar' })
	const odd = new URLSearchParams({ country: "MA' OR 1=1", kind: 'spy', area: '', language: 'ARA' })
	expect(directoryFilterFrom(odd)).toEqual({})
})

test('an organisation always serves its own country, once', () => {
	expect(countriesServed('MA', ['ES', 'MA', 'FR'])).toEqual(['MA', 'ES', 'FR'])
	expect(countriesServed('MA', [])).toEqual(['MA'])
})

test('areas of work map onto the one search’s topics', () => {
	expect(topicsOfAreas(['referral', 'shelter', 'reintegration'])).toEqual([
		'cross-border-cooperation',
		'referral',
		'victim-support',
	])
})
