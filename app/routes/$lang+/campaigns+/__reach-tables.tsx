import { useTranslation } from 'react-i18next'
import { useFormat } from '#app/ui/i18n.tsx'

type Counted = { month: string; country: string; views: number; downloads: number }
type Reported = {
	id: string
	organisation: string
	kind: string
	amount: number
	country: string | null
	month: string
	source: string
}

/** Views and downloads Atlas counted, by month and the country readers chose, with totals. */
export function CountedReach({ rows, totals }: { rows: Counted[]; totals: { views: number; downloads: number } }) {
	const { t } = useTranslation('campaigns')
	const format = useFormat()
	return (
		<section aria-labelledby="counted-heading">
			<h2 id="counted-heading">{t('reach.counted')}</h2>
			{rows.length ? (
				<div className="table-wrap">
					<table>
						<caption>{t('reach.countedCaption')}</caption>
						<thead>
							<tr>
								<th scope="col">{t('reach.month')}</th>
								<th scope="col">{t('reach.country')}</th>
								<th scope="col">{t('reach.views')}</th>
								<th scope="col">{t('reach.downloads')}</th>
							</tr>
						</thead>
						<tbody>
							{rows.map((row) => (
								<tr key={`${row.month}-${row.country}`}>
									<td>{row.month}</td>
									<td>{row.country ? format.country(row.country) : t('reach.noCountry')}</td>
									<td>{format.number(row.views)}</td>
									<td>{format.number(row.downloads)}</td>
								</tr>
							))}
						</tbody>
						<tfoot>
							<tr>
								<th scope="row" colSpan={2}>
									{t('reach.total')}
								</th>
								<td>{format.number(totals.views)}</td>
								<td>{format.number(totals.downloads)}</td>
							</tr>
						</tfoot>
					</table>
				</div>
			) : (
				<p className="empty">{t('reach.noneCounted')}</p>
			)}
		</section>
	)
}

/** Reach partners reported themselves, each with its source. */
export function ReportedReach({ rows }: { rows: Reported[] }) {
	const { t } = useTranslation('campaigns')
	const format = useFormat()
	return (
		<section aria-labelledby="reported-heading">
			<h2 id="reported-heading">{t('reach.reported')}</h2>
			{rows.length ? (
				<div className="table-wrap">
					<table>
						<caption>{t('reach.reportedCaption')}</caption>
						<thead>
							<tr>
								<th scope="col">{t('reach.month')}</th>
								<th scope="col">{t('reach.organisation')}</th>
								<th scope="col">{t('reach.kind')}</th>
								<th scope="col">{t('reach.amount')}</th>
								<th scope="col">{t('reach.country')}</th>
								<th scope="col">{t('reach.source')}</th>
							</tr>
						</thead>
						<tbody>
							{rows.map((row) => (
								<tr key={row.id}>
									<td>{row.month}</td>
									<td>
										<bdi>{row.organisation}</bdi>
									</td>
									<td>{t(`reachKinds.${row.kind}`)}</td>
									<td>{format.number(row.amount)}</td>
									<td>{row.country ? format.country(row.country) : t('reach.noCountry')}</td>
									<td>
										<bdi>{row.source}</bdi>
									</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			) : (
				<p className="empty">{t('reach.noneReported')}</p>
			)}
		</section>
	)
}
