import { toCsv } from '#app/platform/csv.ts'
import { type Language } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { type comparisonFor } from './pages.server.ts'
import { valueLabel } from './values.ts'

type Comparison = Extract<ReturnType<typeof comparisonFor>, { ok: true }>

/**
 * The comparison's rows as the page shows them, in the reader's language: the Protocol status, then
 * each element's value per country, a column saying whether they differ, then each country's citation.
 */
export function comparisonCsv(comparison: Comparison, language: Language) {
	const t = serverI18n(language).getFixedT(language, 'laws')
	const { countries, groups } = comparison
	const header = [
		t('compare.element'),
		...countries.map((country) => country.name),
		t('compare.differs'),
		...countries.map((country) => `${t('country.source')} (${country.name})`),
	]
	const protocol = [
		t('protocol.status'),
		...countries.map((country) => t(`protocol.statuses.${country.protocol}`)),
		'',
		...countries.map(() => ''),
	]
	const rows = groups.flatMap((group) =>
		group.rows.map((row) => [
			`${t(`groups.${group.group}`)}: ${t(`elements.${row.element}.name`)}`,
			...row.cells.map((cell) => valueLabel(row.element, cell.entry?.value ?? 'unknown', t)),
			row.differs ? t('compare.differs') : '',
			...row.cells.map((cell, index) => {
				const citation = cell.entry?.citation
				if (!citation) return ''
				const instrument = countries[index]!.instruments.find((candidate) => candidate.id === citation.instrument)
				return `${instrument?.name ?? citation.instrument}, ${citation.article}`
			}),
		]),
	)
	return toCsv([header, protocol, ...rows])
}
