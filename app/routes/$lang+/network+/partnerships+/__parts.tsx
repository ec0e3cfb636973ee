import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { type PresentedPartnership } from '#app/modules/network/partnership-pages.server.ts'
import { inLanguage, useFormat, useHref } from '#app/ui/i18n.tsx'

type Period = { startsOn: string; endsOn: string | null }

/** "1 March 2025 – 28 February 2027", or "from 1 March 2025" while it runs on. */
export function PeriodText({ period }: { period: Period }) {
	const { t } = useTranslation('partnerships')
	const format = useFormat()
	return period.endsOn
		? t('page.period', { from: format.day(period.startsOn), to: format.day(period.endsOn) })
		: t('page.openPeriod', { from: format.day(period.startsOn) })
}

export function PartnershipFacts({ partnership }: { partnership: PresentedPartnership }) {
	const { t } = useTranslation('partnerships')
	const format = useFormat()
	const href = useHref()
	return (
		<section aria-labelledby="facts-heading">
			<h2 id="facts-heading">{t('page.facts')}</h2>
			<dl className="facts">
				<dt>{t('page.status')}</dt>
				<dd>{t(`statuses.${partnership.status}`)}</dd>
				<dt>{t('page.periodLabel')}</dt>
				<dd>
					<PeriodText period={partnership} />
				</dd>
				<dt>{t('page.countries')}</dt>
				<dd>{format.list(partnership.countries.map(format.country))}</dd>
				<dt>{t('page.partners')}</dt>
				<dd>
					<ul className="plain-list">
						{partnership.partners.map((partner) => (
							<li key={partner.id}>
								<Link to={href(`/network/organisations/${partner.id}`)}>
									<bdi>{partner.name}</bdi>
								</Link>{' '}
								({format.country(partner.country)}){' '}
								<span className="muted">
									{t(partner.agreesToPublish ? 'page.partnerAgrees' : 'page.partnerNotYet')}
								</span>
							</li>
						))}
					</ul>
				</dd>
			</dl>
		</section>
	)
}

/** Each partner's commitments with their results, newest first; "met" is said in words, not by a colour. */
export function Commitments({ partnership }: { partnership: PresentedPartnership }) {
	const { t } = useTranslation('partnerships')
	const format = useFormat()
	return (
		<section aria-labelledby="commitments-heading">
			<h2 id="commitments-heading">{t('page.commitments')}</h2>
			{partnership.partners.map((partner) => (
				<section key={partner.id} aria-labelledby={`commitments-${partner.id}`}>
					<h3 id={`commitments-${partner.id}`}>
						<bdi>{partner.name}</bdi>
					</h3>
					{partner.commitments.length ? (
						<ul className="plain-list stack">
							{partner.commitments.map((commitment) => (
								<li key={commitment.id}>
									<p {...inLanguage(commitment.language)}>{commitment.text}</p>
									<p className="muted">
										{commitment.met ? <strong>{t('page.met')}</strong> : null}
										{commitment.met && commitment.dueOn ? ' · ' : null}
										{commitment.dueOn ? t('page.dueOn', { day: format.day(commitment.dueOn) }) : null}
									</p>
									{commitment.results.length ? (
										<ol className="plain-list" aria-label={t('page.resultsOf', { commitment: commitment.text })}>
											{commitment.results.map((result) => (
												<li key={result.id}>
													<time dateTime={result.reportedOn}>{format.day(result.reportedOn)}</time>:{' '}
													<span {...inLanguage(result.language)}>{result.text}</span>
												</li>
											))}
										</ol>
									) : (
										<p className="muted">{t('page.noResults')}</p>
									)}
								</li>
							))}
						</ul>
					) : (
						<p className="muted">{t('page.noCommitments')}</p>
					)}
				</section>
			))}
		</section>
	)
}
