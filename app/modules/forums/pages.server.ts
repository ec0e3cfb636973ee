import { type Language } from '#app/platform/i18n.ts'
import { pickText } from '#app/platform/language-fallback.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { renderPostMarkdown } from './markdown.ts'
import { findPersonalData } from './personal-data.ts'
import { type CategoryRow, type PostRow } from './store.server.ts'

/** A category's name and description in the reader's language, or its source language. */
export function categoryText(category: CategoryRow, language: Language) {
	const picked = pickText(category.texts, language, category.sourceLanguage)
	return {
		slug: category.slug,
		kind: category.kind,
		tier: category.tier,
		cohort: Boolean(category.cohortId),
		name: picked?.text.name ?? category.slug,
		description: picked?.text.description ?? '',
		language: picked?.language ?? category.sourceLanguage,
	}
}

/**
 * A post as a thread shows it: its Markdown rendered to inert HTML (no raw HTML, only http(s), mailto and local
 * links, each `rel="nofollow ugc"`); a hidden post says so and why, and only moderators still read it.
 */
export function presentPost(
	actor: Actor | null,
	row: { post: PostRow; author: string | null; authorCountry: string | null },
) {
	const { post } = row
	const moderator = can(actor, 'forums:moderate')
	const readable = post.state !== 'hidden' || moderator
	return {
		id: post.id,
		author: row.author,
		authorId: post.authorId,
		authorCountry: row.authorCountry,
		language: post.language,
		state: post.state,
		html: readable ? renderPostMarkdown(post.body) : null,
		moderationReason: post.state === 'hidden' ? post.moderationReason : null,
		createdAt: post.createdAt.toISOString(),
		editedAt: post.editedAt?.toISOString() ?? null,
		mine: Boolean(actor && post.authorId === actor.id),
	}
}

/** What the held-post page tells its author: each finding's kind and a masked excerpt, never the whole value. */
export function heldFindings(body: string) {
	return findPersonalData(body)
}
