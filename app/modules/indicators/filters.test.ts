import { expect, test } from 'vitest'
import { type Actor } from '#app/platform/permissions.ts'
import { filterQuery, indicatorFilterFrom, viewerOf } from './filters.ts'
import { parsePeriod } from './months.ts'

const year = parsePeriod('2026')!
const read = (query: string) => indicatorFilterFrom(new URLSearchParams(query), year)
const actor = (roles: Actor['roles'], organisationId = 'own'): Actor => ({ id: 'someone', roles, organisationId })

test('a period, a country or a region is read; nothing asked for is the default year and every country', () => {
	expect(read('')).toMatchObject({ ok: true, filter: { period: year, place: '' } })
	expect(read('period=2025-Q3&place=MA')).toMatchObject({
		ok: true,
		filter: { period: { id: '2025-Q3' }, place: 'MA' },
	})
	expect(read('place=region:middle-east')).toMatchObject({ ok: true, filter: { place: 'region:middle-east' } })
})

test('a period or place the views do not know is refused at its field, never read as something else', () => {
	expect(read('period=2026-Q5')).toEqual({ ok: false, reason: 'unknown-period', field: 'period' })
	expect(read('period=')).toMatchObject({ ok: true })
	for (const place of ['XX', 'fr', 'region:atlantis', 'region:', ' FR'])
		expect(read(`place=${encodeURIComponent(place)}`), place).toEqual({
			ok: false,
			reason: 'unknown-place',
			field: 'place',
		})
})

test('the filters go back into an address without their defaults', () => {
	expect(filterQuery({ period: year, place: '' })).toBe('?period=2026')
	expect(filterQuery({ period: year, place: 'region:europe' }, { organisation: 'o1', other: null })).toBe(
		'?period=2026&place=region%3Aeurope&organisation=o1',
	)
})

test('coordinators read exactly and pick any organisation; an admin reads their own; nobody reads another’s', () => {
	expect(viewerOf(actor(['platform_admin']), 'any')).toMatchObject({
		ok: true,
		viewer: { exact: true, organisationId: 'any' },
	})
	expect(viewerOf(actor(['platform_admin']), null)).toMatchObject({ viewer: { exact: true, organisationId: null } })
	expect(viewerOf(actor(['org_admin']), null)).toMatchObject({ viewer: { exact: false, organisationId: 'own' } })
	expect(viewerOf(actor(['org_admin']), 'own')).toMatchObject({ ok: true })
	expect(viewerOf(actor(['org_admin']), 'other')).toEqual({ ok: false, reason: 'forbidden' })
	expect(viewerOf(actor(['officer']), 'own')).toEqual({ ok: false, reason: 'forbidden' })
	expect(viewerOf(null, 'own')).toEqual({ ok: false, reason: 'forbidden' })
	expect(viewerOf(null, '')).toMatchObject({ viewer: { exact: false, organisationId: null } })
})
