import { countryOptions } from '#app/platform/country-options.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { regions } from '#app/platform/regions.ts'
import { currentYear, monthOf, type Period, parsePeriod } from './months.ts'

/** A period as the reader says it: "2026", "Q3 2026". */
export function periodName(period: Period, language: Language) {
	const t = serverI18n(language).getFixedT(language, 'indicators')
	return period.quarter
		? t('pages.periodQuarter', { quarter: period.quarter, year: period.year })
		: t('pages.periodYear', { year: period.year })
}

/**
 * The choices of the filter form, named on the server so the browser shows exactly the same words: this year and the
 * three before, each with its quarters begun so far; all countries, the regions, every country.
 */
export function filterChoices(language: Language, now: Date, chosen: Period | null) {
	const t = serverI18n(language).getFixedT(language, 'indicators')
	const thisYear = currentYear(now).year
	const periods: Period[] = []
	for (let year = thisYear; year >= thisYear - 3; year--) {
		periods.push(parsePeriod(String(year))!)
		for (let quarter = 4; quarter >= 1; quarter--) {
			const period = parsePeriod(`${year}-Q${quarter}`)!
			if (period.from <= monthOf(now)) periods.push(period)
		}
	}
	if (chosen && !periods.some((period) => period.id === chosen.id)) periods.unshift(chosen)
	return {
		periods: periods.map((period) => ({ value: period.id, label: periodName(period, language) })),
		places: [
			{ value: '', label: t('places.world') },
			...regions.map((region) => ({ value: `region:${region}`, label: t(`places.region.${region}`) })),
			...countryOptions(language),
		],
	}
}
