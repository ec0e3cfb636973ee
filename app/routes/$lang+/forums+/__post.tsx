import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { inLanguage, useFormat, useHref } from '#app/ui/i18n.tsx'
import { DateTime } from '#app/ui/time.tsx'

export type PostView = {
	id: string
	author: string | null
	authorCountry: string | null
	language: string
	state: 'published' | 'held' | 'hidden'
	html: string | null
	moderationReason: string | null
	createdAt: string
	editedAt: string | null
	mine: boolean
}

/**
 * A post's words. The HTML comes from `renderPostMarkdown`, which escapes everything and writes only a few allowed
 * elements: this is the one component that sets HTML from what a member wrote.
 */
export function PostBody({ html, language, quoted = false }: { html: string; language: string; quoted?: boolean }) {
	const Element = quoted ? 'blockquote' : 'div'
	return <Element className="post-body" {...inLanguage(language)} dangerouslySetInnerHTML={{ __html: html }} />
}

/** One post of a thread, with what its reader may do with it. */
export function PostArticle({
	post,
	threadPath,
	mayReply,
	moderator,
}: {
	post: PostView
	threadPath: string
	mayReply: boolean
	moderator: boolean
}) {
	const { t } = useTranslation('forums')
	const { t: common } = useTranslation()
	const href = useHref()
	const format = useFormat()
	const author = post.author ?? t('post.formerMember')
	return (
		<li id={`post-${post.id}`} className="post">
			<article aria-labelledby={`post-${post.id}-by`}>
				<header className="muted">
					<span id={`post-${post.id}-by`}>
						<strong>{author}</strong>
						{post.authorCountry ? ` (${format.country(post.authorCountry)})` : null}
					</span>{' '}
					· <DateTime value={post.createdAt} /> · {common(`languageNames.${post.language}`)}
					{post.editedAt ? (
						<>
							{' · '}
							<Link to={href(`/forums/posts/${post.id}/history`)}>{t('post.edited')}</Link>
						</>
					) : null}
				</header>
				{post.state === 'held' ? (
					<p className="notice notice--info">
						{t('held.onlyYou')} <Link to={href(`/forums/posts/${post.id}/held`)}>{t('held.answer')}</Link>
					</p>
				) : null}
				{post.state === 'hidden' ? (
					<p className="notice notice--info">{t('post.hiddenNotice', { reason: post.moderationReason ?? '' })}</p>
				) : null}
				{post.html !== null ? <PostBody html={post.html} language={post.language} /> : null}
				<p className="inline-actions">
					{mayReply && post.state === 'published' ? (
						<Link to={href(`${threadPath}?quote=${post.id}#reply`)} aria-label={t('post.quoteLabel', { author })}>
							{t('post.quote')}
						</Link>
					) : null}
					{!post.mine && post.state === 'published' && mayReply ? (
						<Link to={href(`/forums/posts/${post.id}/report`)} aria-label={t('post.reportLabel', { author })}>
							{t('post.report')}
						</Link>
					) : null}
					{post.mine && post.state === 'published' ? (
						<Link to={href(`/forums/posts/${post.id}/edit`)}>{t('post.edit')}</Link>
					) : null}
					{moderator ? (
						<Link to={href(`/forums/posts/${post.id}/moderate`)} aria-label={t('post.moderateLabel', { author })}>
							{t('post.moderate')}
						</Link>
					) : null}
				</p>
			</article>
		</li>
	)
}
