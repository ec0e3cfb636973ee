import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { type PresentedStory } from '#app/modules/news/pages.server.ts'
import { FormMessage } from '#app/ui/forms.tsx'
import { inLanguage, useHref } from '#app/ui/i18n.tsx'
import { OrganisationName } from '#app/ui/organisation-name.tsx'
import { DateTime } from '#app/ui/time.tsx'

type StoryViewData = PresentedStory

/** A story as readers see it; its writers and reviewers also see where it stands, and the consent record. */
export function StoryView({ story }: { story: StoryViewData }) {
	const { t } = useTranslation('news')
	const href = useHref()
	return (
		<article aria-labelledby="story-title">
			<p className="muted">{t(`kinds.${story.kind}`)}</p>
			<h1 id="story-title" {...inLanguage(story.textLanguage)}>
				{story.title}
			</h1>
			{story.fallback ? <p className="notice notice--info">{t('story.notInYourLanguage')}</p> : null}
			{story.organisation.isSample ? <p className="notice notice--info">{t('story.sampleNotice')}</p> : null}
			{story.insider ? <InsiderFacts story={story} /> : null}
			<p className="muted">
				<OrganisationName organisation={story.organisation} />
				{story.publishedAt ? (
					<>
						{' · '}
						{t('story.publishedOn')} <DateTime value={story.publishedAt} dateOnly />
					</>
				) : null}
			</p>
			{story.campaign ? (
				<p>
					{t('story.campaign')}{' '}
					<Link to={href(`/campaigns/${story.campaign.slug}`)}>
						<bdi>{story.campaign.title}</bdi>
					</Link>
				</p>
			) : null}
			<p className="lead" {...inLanguage(story.textLanguage)}>
				{story.summary}
			</p>
			{/* The HTML comes from the forums' Markdown writer, which escapes everything and writes only a few allowed
			elements, like a forum post's body (importing that component would ship the forum strings to this page). */}
			<div className="post-body" {...inLanguage(story.textLanguage)} dangerouslySetInnerHTML={{ __html: story.html }} />
		</article>
	)
}

function InsiderFacts({ story }: { story: StoryViewData }) {
	const { t } = useTranslation('news')
	const insider = story.insider!
	return (
		<FormMessage tone="info">
			<p>
				{t('story.state')} <strong>{t(`states.${insider.state}`)}</strong>
				{insider.state === 'published' && !story.isPublic ? <> · {t('story.underEmbargo')}</> : null}
			</p>
			{story.embargoUntil ? (
				<p>
					{t('story.embargoUntil')} <DateTime value={story.embargoUntil} />
				</p>
			) : null}
			{insider.reviewNote ? (
				<p>
					{t('mine.reviewNote')} <span className="pre-line">{insider.reviewNote}</span>
				</p>
			) : null}
			{insider.consent ? (
				<p>
					{t('story.consentRecord', {
						organisation: insider.consent.organisation ?? t('story.noConsent'),
						reference: insider.consent.reference ?? t('story.noConsent'),
					})}
				</p>
			) : insider.namesSurvivor ? null : (
				<p>{t('story.namesNoSurvivor')}</p>
			)}
		</FormMessage>
	)
}
