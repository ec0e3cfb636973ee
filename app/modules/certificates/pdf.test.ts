import { expect, test } from 'vitest'
import { visualRuns } from './pdf.server.ts'

test('a left-to-right line is one run in reading order', () => {
	expect(visualRuns('Issued on 29 November 2026', 'ltr')).toEqual([
		{ text: 'Issued on 29 November 2026', rtl: false, arabic: false },
	])
})

test('in an Arabic line, runs are drawn right to left and a number keeps its own order', () => {
	const runs = visualRuns('صدرت في 29 نوفمبر 2026', 'rtl')
	// Drawn left to right: the year first, the first Arabic words last.
	expect(runs.map((run) => run.text.trim()).filter(Boolean)).toEqual(['2026', 'نوفمبر', '29', 'في', 'صدرت'])
	expect(runs.filter((run) => run.rtl && /\p{L}/u.test(run.text)).every((run) => run.arabic)).toBe(true)
	expect(runs.find((run) => run.text.includes('2026'))!.rtl).toBe(false)
})

test('Latin words inside Arabic text stay left to right and in their place', () => {
	const runs = visualRuns('أصدرتها Sample Police Academy.', 'rtl')
	expect(runs.map((run) => run.text.trim()).filter(Boolean)[0]).toBe('.')
	expect(runs.some((run) => run.text.includes('Sample Police Academy') && !run.rtl)).toBe(true)
	expect(runs.at(-1)!.text.trim()).toBe('أصدرتها')
})

test('brackets in Arabic text are mirrored, as readers of right-to-left text expect', () => {
	const drawn = visualRuns('الحدود (المستوى)', 'rtl')
		.map((run) => run.text)
		.join('')
	expect(drawn.startsWith('(')).toBe(true)
	expect(drawn.endsWith('الحدود')).toBe(true)
})
