import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { type ComparisonGroup } from '#app/modules/laws/comparison.ts'
import { type Framework, type ProtocolStatusEntry } from '#app/modules/laws/framework.ts'
import { useHref } from '#app/ui/i18n.tsx'
import { AlignmentMark, useValueLabel } from './__parts.tsx'

export type ComparedCountry = {
	country: string
	name: string
	protocol: ProtocolStatusEntry['status']
	instruments: Framework['instruments']
}

/** One table per group of elements, countries side by side; a row where they differ says so in words too. */
export function ComparisonTables({
	countries,
	groups,
	links = true,
}: {
	countries: ComparedCountry[]
	groups: ComparisonGroup[]
	links?: boolean
}) {
	const { t } = useTranslation('laws')
	const href = useHref()
	const valueOf = useValueLabel()
	const instrumentName = (index: number, id: string | undefined) =>
		countries[index]!.instruments.find((instrument) => instrument.id === id)
	const head = (
		<thead>
			<tr>
				<th scope="col">{t('compare.element')}</th>
				{countries.map((country) => (
					<th key={country.country} scope="col">
						{links ? <Link to={href(`/laws/${country.country}`)}>{country.name}</Link> : country.name}
					</th>
				))}
			</tr>
		</thead>
	)
	return (
		<>
			<table className="compare law-compare">
				<caption>{t('compare.protocol')}</caption>
				{head}
				<tbody>
					<tr>
						<th scope="row">{t('protocol.status')}</th>
						{countries.map((country) => (
							<td key={country.country}>
								<span className="compare-value">{t(`protocol.statuses.${country.protocol}`)}</span>
							</td>
						))}
					</tr>
				</tbody>
			</table>
			{groups.map(({ group, rows }) => (
				<div key={group} className="table-scroll" role="region" aria-labelledby={`compare-${group}`} tabIndex={0}>
					<table className="compare law-compare">
						<caption id={`compare-${group}`}>{t('compare.caption', { group: t(`groups.${group}`) })}</caption>
						{head}
						<tbody>
							{rows.map((row) => (
								<tr key={row.element} className={row.differs ? 'differs' : undefined}>
									<th scope="row">
										{links ? (
											<Link to={href(`/laws/elements/${row.element}`)}>{t(`elements.${row.element}.name`)}</Link>
										) : (
											t(`elements.${row.element}.name`)
										)}
										{row.differs ? <span className="differs-mark"> {t('compare.differs')}</span> : null}
									</th>
									{row.cells.map((cell, index) => {
										const instrument = instrumentName(index, cell.entry?.citation?.instrument)
										return (
											<td key={countries[index]!.country}>
												<span className="compare-value">{valueOf(row.element, cell.entry)}</span>
												<br />
												<AlignmentMark alignment={cell.alignment} />
												{cell.entry?.citation ? (
													<span className="compare-citation">
														<cite lang={instrument?.language}>
															<bdi>{instrument?.name ?? cell.entry.citation.instrument}</bdi>
														</cite>
														, <bdi>{cell.entry.citation.article}</bdi>
													</span>
												) : null}
											</td>
										)
									})}
								</tr>
							))}
						</tbody>
					</table>
				</div>
			))}
		</>
	)
}
