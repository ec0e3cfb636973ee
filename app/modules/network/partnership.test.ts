import { expect, test } from 'vitest'
import { checkPeriod, checkReportDay, isPublished, waitingFor } from './partnership.ts'

test('a partnership is public only when every partner agrees, and never without partners', () => {
	expect(isPublished([])).toBe(false)
	expect(isPublished([{ agreesToPublish: true }, { agreesToPublish: true }])).toBe(true)
	expect(isPublished([{ agreesToPublish: true }, { agreesToPublish: false }])).toBe(false)
	expect(
		waitingFor([
			{ name: 'A', agreesToPublish: true },
			{ name: 'B', agreesToPublish: false },
		]),
	).toEqual([{ name: 'B', agreesToPublish: false }])
})

test('a period may be open-ended or end on its first day, never before it', () => {
	expect(checkPeriod({ startsOn: '2030-01-01', endsOn: null }).ok).toBe(true)
	expect(checkPeriod({ startsOn: '2030-01-01', endsOn: '2030-01-01' }).ok).toBe(true)
	expect(checkPeriod({ startsOn: '2030-01-02', endsOn: '2030-01-01' })).toMatchObject({
		reason: 'ends-before-start',
		field: 'endsOn',
	})
	expect(checkPeriod({ startsOn: '2030-02-30', endsOn: null })).toMatchObject({ reason: 'invalid-day' })
	expect(checkPeriod({ startsOn: '2030-01-01', endsOn: 'soon' })).toMatchObject({ field: 'endsOn' })
})

test('progress is dated today or earlier', () => {
	expect(checkReportDay('2030-05-01', '2030-05-01').ok).toBe(true)
	expect(checkReportDay('2029-12-31', '2030-05-01').ok).toBe(true)
	expect(checkReportDay('2030-05-02', '2030-05-01')).toMatchObject({ reason: 'report-in-future' })
	expect(checkReportDay('yesterday', '2030-05-01')).toMatchObject({ reason: 'invalid-day' })
})
