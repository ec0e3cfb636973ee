import { writeTransaction } from '#app/db/client.server.ts'
import { forumCategories } from '#app/db/schema/index.ts'
import { startThread } from '#app/modules/forums/posting.server.ts'
import { type CategoryKind } from '#app/modules/forums/vocabulary.ts'
import { type AccessTier } from '#app/modules/library/vocabulary.ts'
import { type Actor } from '#app/platform/permissions.ts'

let sequence = 0

/** A forum category, for members unless told otherwise. */
export function createCategory(options: { tier?: AccessTier; kind?: CategoryKind; cohortId?: string } = {}) {
	const slug = `forum-${Date.now().toString(36)}-${(sequence++).toString(36)}`
	return writeTransaction((tx) =>
		tx
			.insert(forumCategories)
			.values({
				slug,
				kind: options.kind ?? 'topic',
				tier: options.tier ?? 'members',
				cohortId: options.cohortId ?? null,
				sourceLanguage: 'en',
				texts: { en: { name: `Forum ${slug}`, description: 'A test forum.' } },
			})
			.returning()
			.get(),
	)
}

/** A published thread by `author` in the category; fails loudly if the rules refuse it. */
export function createThread(
	author: Actor,
	categorySlug: string,
	draft: { title?: string; body?: string; language?: string } = {},
	now = new Date(),
) {
	const started = startThread(
		author,
		categorySlug,
		{
			title: draft.title ?? 'A question about practice',
			body: draft.body ?? 'How do you do it?',
			language: draft.language ?? 'en',
		},
		now,
	)
	if (!started.ok) throw new Error(`The thread was refused: ${started.reason}`)
	return started
}
