import { eq } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { forumCategories } from '#app/db/schema/index.ts'
import { cohortStaff } from '#app/modules/courses/cohorts.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'

export function cohortForum(cohortId: string, db: Db = getDb()) {
	return db.select().from(forumCategories).where(eq(forumCategories.cohortId, cohortId)).get() ?? null
}

/**
 * Opens a cohort's own forum (once): a category only its participants, its trainers and the course's co-authors
 * read, named after the cohort in the language of the trainer who opens it.
 */
export function openCohortForum(
	actor: Actor,
	cohortId: string,
	language: Language,
): Outcome<'not-found' | 'forbidden', { slug: string }> {
	return writeTransaction((tx) => {
		const staff = cohortStaff(cohortId, tx)
		if (!staff) return refuse('not-found')
		if (!can(actor, 'cohorts:follow', staff)) return refuse('forbidden')
		const existing = cohortForum(cohortId, tx)
		if (existing) return done({ slug: existing.slug })
		const t = serverI18n(language).getFixedT(language, 'forums')
		const slug = `cohort-${cohortId
			.replace(/[^a-z0-9]/gi, '')
			.slice(0, 12)
			.toLowerCase()}`
		tx.insert(forumCategories)
			.values({
				slug,
				kind: 'cohort',
				tier: 'members',
				cohortId,
				sourceLanguage: language,
				texts: {
					[language]: { name: staff.cohort.title, description: t('cohortForum.description') },
				},
			})
			.run()
		return done({ slug })
	})
}
