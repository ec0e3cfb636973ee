import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { inLanguage, useHref } from '#app/ui/i18n.tsx'

type PendingFollowUp = { certificateId: string; certificateName: string; language: string }

/** The follow-up questions a holder has been sent and not answered, each with the link to its form. */
export function FollowUpNotice({ followUps }: { followUps: PendingFollowUp[] }) {
	const { t } = useTranslation('outcomes')
	const href = useHref()
	if (!followUps.length) return null
	return (
		<section className="notice notice--info" aria-labelledby="follow-ups-heading">
			<h2 id="follow-ups-heading">{t('followUp.pendingTitle')}</h2>
			<p>{t('followUp.pendingIntro')}</p>
			<ul>
				{followUps.map((followUp) => (
					<li key={followUp.certificateId}>
						<span {...inLanguage(followUp.language)}>{followUp.certificateName}</span>:{' '}
						<Link to={href(`/certificates/follow-ups/${followUp.certificateId}`)}>{t('followUp.answer')}</Link>
					</li>
				))}
			</ul>
		</section>
	)
}
