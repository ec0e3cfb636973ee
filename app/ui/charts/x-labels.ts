/** One text under the x axis: a month under its bar, or a year from its first month on. */
export type XLabel = { index: number; text: string; row: number; kind: 'month' | 'year' }

// Text is not measured on the server, so widths are estimated: 0.6 em a character is wider than the average letter of
// the system fonts in Latin and Arabic script, so an estimate that fits leaves a little room.
const em = 0.6
const gap = 3

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
const graphemes = (text: string) => [...segmenter.segment(text)]
export const textWidth = (text: string, fontSize: number) => graphemes(text).length * fontSize * em

/**
 * Splits "Jul 2026" into the month and the year, at the last space, so the year can be said once on its own row.
 * A label with no space (a year alone, a quarter written as one word) stays whole.
 */
export function splitLabel(label: string) {
	const match = /^(.*\S)\s+(\S+)$/u.exec(label.trim())
	return match ? { month: match[1]!, year: match[2]! } : { month: label.trim(), year: '' }
}

/**
 * Where each label under the bars goes when each bar has `slot` units of width. Every month is named under its bar;
 * when the names would touch they take two rows, alternately; past 12 bars each is cut to its first letter (as
 * "J F M A"), and if even letters would touch only every second or third bar is named. The year is written once,
 * on the row below, from the first month that has it, unless it would run into the next year or off the end.
 * The full label of every bar stays in its tooltip and in the table the page shows beside the chart.
 */
export function layoutXLabels(labels: string[], slot: number, fontSize: number) {
	const parts = labels.map(splitLabel)
	const widest = (texts: string[]) => Math.max(0, ...texts.map((text) => textWidth(text, fontSize)))

	let months = parts.map((part) => part.month)
	let monthRows = 1
	let every = 1
	if (labels.length > 12) {
		months = months.map((month) => graphemes(month)[0]?.segment ?? '')
	} else if (widest(months) + gap > slot) {
		monthRows = 2
	}
	if (monthRows === 2 && widest(months) + gap > 2 * slot) {
		months = months.map((month) => graphemes(month)[0]?.segment ?? '')
		monthRows = 1
	}
	if (monthRows === 1) every = Math.max(1, Math.ceil((widest(months) + gap) / slot))

	const placed: XLabel[] = months.flatMap((text, index) =>
		index % every === 0 && text ? [{ index, text, row: monthRows === 2 ? index % 2 : 0, kind: 'month' as const }] : [],
	)

	// Years change left to right; walking back from the last one keeps each new year and drops an earlier year that
	// would run into it (a chart starting in December says its year only from January on).
	const years: XLabel[] = []
	for (let index = parts.length - 1; index >= 0; index--) {
		const year = parts[index]!.year
		if (!year || year === parts[index - 1]?.year) continue
		const room = ((years[0]?.index ?? labels.length) - index) * slot
		if (room < textWidth(year, fontSize) + (years.length ? gap : 0)) continue
		years.unshift({ index, text: year, row: monthRows, kind: 'year' })
	}
	return { labels: [...placed, ...years], rows: monthRows + (years.length ? 1 : 0) }
}
