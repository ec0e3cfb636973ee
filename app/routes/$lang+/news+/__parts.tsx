import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useHref } from '#app/ui/i18n.tsx'
import { DateTime } from '#app/ui/time.tsx'

export type StoryItemView = {
	slug: string
	kind: string
	title: string
	summary: string
	textLanguage: string
	fallback: boolean
	organisationName: string
	state: string
	reviewNote: string | null
	publishedAt: string | null
}

/** One story in a list: title, kind, organisation and date; for its writers, where it stands and the reviewer's note. */
export function StoryItem({ story, forWriters = false }: { story: StoryItemView; forWriters?: boolean }) {
	const { t } = useTranslation('news')
	const href = useHref()
	return (
		<li className="story-item">
			<h3>
				<Link to={href(`/news/${story.slug}`)} lang={story.textLanguage}>
					{story.title}
				</Link>
			</h3>
			<p className="muted">
				{t(`kinds.${story.kind}`)} · <bdi>{story.organisationName}</bdi>
				{story.publishedAt ? (
					<>
						{' · '}
						<DateTime value={story.publishedAt} dateOnly />
					</>
				) : null}
				{forWriters ? (
					<>
						{' · '}
						<strong>{t(`states.${story.state}`)}</strong>
					</>
				) : null}
			</p>
			{story.fallback ? <p className="muted">{t('story.notInYourLanguage')}</p> : null}
			<p lang={story.textLanguage}>{story.summary}</p>
			{forWriters && story.reviewNote ? (
				<p className="notice notice--info">
					{t('mine.reviewNote')} <span className="pre-line">{story.reviewNote}</span>
				</p>
			) : null}
		</li>
	)
}
