import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useFormat, useHref } from '#app/ui/i18n.tsx'

/** A file's size the way people read it: kilobytes under a megabyte, else megabytes with one decimal. */
export function FileSize({ bytes }: { bytes: number }) {
	const { t } = useTranslation('campaigns')
	const format = useFormat()
	return bytes < 1024 * 1024
		? t('size.kilobytes', { size: format.number(Math.max(1, Math.round(bytes / 1024))) })
		: t('size.megabytes', { size: format.number(Math.round(bytes / (1024 * 102.4)) / 10) })
}

/** "1 June 2026 – 31 May 2027", or that no period is set yet. */
export function Period({ startsOn, endsOn }: { startsOn: string; endsOn: string }) {
	const { t } = useTranslation('campaigns')
	const format = useFormat()
	if (!startsOn || !endsOn) return <>{t('campaign.noPeriod')}</>
	return <>{t('campaign.period', { from: format.day(startsOn), to: format.day(endsOn) })}</>
}

export type CampaignSummaryView = {
	slug: string
	title: string
	textLanguage: string
	status: string
	countries: string[]
	audiences: string[]
	startsOn: string
	endsOn: string
	current: boolean
}

/** One campaign in a list: title, period, where and for whom, and whether it is still running. */
export function CampaignItem({ campaign }: { campaign: CampaignSummaryView }) {
	const { t } = useTranslation('campaigns')
	const format = useFormat()
	const href = useHref()
	return (
		<li className="card">
			<h3>
				<Link to={href(`/campaigns/${campaign.slug}`)} lang={campaign.textLanguage}>
					{campaign.title}
				</Link>
			</h3>
			<p className="muted">
				<Period startsOn={campaign.startsOn} endsOn={campaign.endsOn} />
				{campaign.status === 'published' ? ` · ${t(campaign.current ? 'list.current' : 'list.past')}` : null}
				{campaign.status !== 'published' ? (
					<>
						{' · '}
						<strong>{t(`statuses.${campaign.status}`)}</strong>
					</>
				) : null}
			</p>
			{campaign.countries.length ? (
				<p>{t('campaign.countriesLine', { countries: format.list(campaign.countries.map(format.country)) })}</p>
			) : null}
			{campaign.audiences.length ? (
				<p>
					{t('campaign.audiencesLine', {
						audiences: format.list(campaign.audiences.map((audience) => t(`audiences.${audience}`))),
					})}
				</p>
			) : null}
		</li>
	)
}

/** Says the campaign, or (`list`) some campaigns listed, are fictional samples. */
export function SampleNotice({ list = false }: { list?: boolean }) {
	const { t } = useTranslation('campaigns')
	return <p className="notice">{t(list ? 'list.sampleNotice' : 'sampleNotice')}</p>
}
