import { type Count } from './facts.ts'

/**
 * The cells the views read from one series' roll-up rows: a line (place, organisation, breakdown, value) over a
 * span, which is a month ('2026-07'), a quarter ('2026-Q3') or a year ('2026'). A flow's quarter and year are the
 * sums of their months; a stock has only months (its quarter or year is the value of a month, read as that month).
 */
export type Line = { place: string; organisationId: string; breakdown: string; value: string }
export type CountRow = Omit<Count, 'series' | 'breakdown'> & { breakdown: string }

export const separator = '\u001f'

export const lineKey = (line: Line) => [line.place, line.organisationId, line.breakdown, line.value].join(separator)

export const cellKey = (line: Line, span: string) => `${lineKey(line)}${separator}${span}`

export function lineOf(key: string): Line {
	const [place = '', organisationId = '', breakdown = '', value = ''] = key.split(separator)
	return { place, organisationId, breakdown, value }
}

/** The whole's line: every place or one, every organisation or one, no breakdown. */
export const totalLine = (place: string, organisationId = ''): Line => ({
	place,
	organisationId,
	breakdown: '',
	value: '',
})

export const quarterOfMonth = (month: string) => {
	const index = Number(month.slice(5, 7))
	return `${month.slice(0, 4)}-Q${Math.floor((index - 1) / 3) + 1}`
}

export const quartersOfYear = (year: string) => [1, 2, 3, 4].map((quarter) => `${year}-Q${quarter}`)
