import { expect, test } from 'vitest'
import { isReportableMonth, publishProblems, reachCountry, reachMonth, signsOf } from './campaign.ts'

test('a campaign goes public only with a period and at least one target country', () => {
	expect(publishProblems({ startsOn: '', endsOn: '', countries: [] }).map((problem) => problem.reason)).toEqual([
		'period-required',
		'country-required',
	])
	expect(publishProblems({ startsOn: '2026-03-01', endsOn: '2026-09-30', countries: ['FR'] })).toEqual([])
})

test('the signs are the non-blank lines, trimmed', () => {
	expect(signsOf(' Your passport is kept by the employer \r\n\n  You owe a debt that keeps growing\n ')).toEqual([
		'Your passport is kept by the employer',
		'You owe a debt that keeps growing',
	])
})

test('reach is counted per UTC month and only under a target country', () => {
	expect(reachMonth(new Date('2026-03-31T23:30:00-02:00'))).toBe('2026-04')
	expect(reachCountry('FR', ['MA', 'FR'])).toBe('FR')
	expect(reachCountry('DE', ['MA', 'FR'])).toBe('')
	expect(reachCountry(null, ['MA'])).toBe('')
})

test('reported reach may be for this month or earlier, never later', () => {
	const now = new Date('2026-05-15T12:00:00Z')
	expect(isReportableMonth('2026-05', now)).toBe(true)
	expect(isReportableMonth('2025-12', now)).toBe(true)
	expect(isReportableMonth('2026-06', now)).toBe(false)
	expect(isReportableMonth('2026-13', now)).toBe(false)
	expect(isReportableMonth('26-05', now)).toBe(false)
})
