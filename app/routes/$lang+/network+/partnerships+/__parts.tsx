import { useTranslation } from 'react-i18next'
import { type PresentedPartnership } from '#app/modules/network/partnership-pages.server.ts'
import { inLanguage, useFormat } from '#app/ui/i18n.tsx'
import { OrganisationName } from '#app/ui/organisation-name.tsx'

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
								<OrganisationName organisation={partner} /> ({format.country(partner.country)}){' '}
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

type PresentedCommitment = PresentedPartnership['partners'][number]['commitments'][number]

/**
 * One commitment as a list item: its text, whether it is met and when it is due (a line only when there is
 * something to say), then its results, newest first. Blocks without margins, so the item starts with its text
 * and the list's gap alone separates one commitment from the next; "met" is said in words, not by a colour.
 */
function CommitmentItem({ commitment }: { commitment: PresentedCommitment }) {
	const { t } = useTranslation('partnerships')
	const format = useFormat()
	return (
		<li>
			<div {...inLanguage(commitment.language)}>{commitment.text}</div>
			{commitment.met || commitment.dueOn ? (
				<div className="muted">
					{commitment.met ? <strong>{t('page.met')}</strong> : null}
					{commitment.met && commitment.dueOn ? ' · ' : null}
					{commitment.dueOn ? t('page.dueOn', { day: format.day(commitment.dueOn) }) : null}
				</div>
			) : null}
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
				<div className="muted">{t('page.noResults')}</div>
			)}
		</li>
	)
}

/** Each partner's commitments, in the order they were made, with their results. */
export function Commitments({ partnership }: { partnership: PresentedPartnership }) {
	const { t } = useTranslation('partnerships')
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
								<CommitmentItem key={commitment.id} commitment={commitment} />
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
