import { expect, test } from 'vitest'
import { countryCodes } from './countries.ts'
import { regionOf, regions } from './regions.ts'

test('every country Atlas lists lies in exactly one region', () => {
	expect(countryCodes.filter((code) => !regionOf(code))).toEqual([])
	expect(regions.every((region) => countryCodes.some((code) => regionOf(code) === region))).toBe(true)
})

test('countries fall where the laws pages file them', () => {
	expect([regionOf('FR'), regionOf('MA'), regionOf('MX'), regionOf('TH'), regionOf('JO')]).toEqual([
		'europe',
		'africa',
		'americas',
		'asia-pacific',
		'middle-east',
	])
})
