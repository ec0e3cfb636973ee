import { decodeBase32IgnorePadding } from '@oslojs/encoding'
import { count, eq } from 'drizzle-orm'
import { getDb, writeTransaction } from '#app/db/client.server.ts'
import {
	cohorts,
	cohortTrainers,
	courseAuthors,
	courses,
	organisations,
	userRoles,
	users,
} from '#app/db/schema/index.ts'
import { hashPassword } from '#app/modules/accounts/password.server.ts'
import { encryptSecret } from '#app/platform/keys.server.ts'
import { demoAccounts, demoOrganisations, demoPassword } from './demo-accounts.ts'

/** Adds the demo organisations and accounts, but only to a database with no users at all. */
export async function seedDemoIfEmpty() {
	const existing = getDb().select({ n: count() }).from(users).get()?.n ?? 0
	if (existing > 0) return false
	const passwordHash = await hashPassword(demoPassword)
	const now = new Date()
	writeTransaction((tx) => {
		const organisationIds = new Map<string, string>()
		for (const organisation of demoOrganisations) {
			const { id } = tx
				.insert(organisations)
				.values({
					name: organisation.name,
					country: organisation.country,
					type: organisation.type,
					status: organisation.status,
					isSample: true,
					decidedAt: organisation.status === 'approved' ? now : null,
				})
				.returning({ id: organisations.id })
				.get()
			organisationIds.set(organisation.key, id)
		}
		for (const account of demoAccounts) {
			const { id } = tx
				.insert(users)
				.values({
					email: account.email,
					name: account.name,
					passwordHash,
					country: account.country,
					organisationId: organisationIds.get(account.organisation)!,
					requestedRole: account.requestedRole,
					status: account.status,
					emailConfirmedAt: account.status === 'active' ? now : null,
					locale: account.locale,
					totpKey: account.totpKey ? encryptSecret(decodeBase32IgnorePadding(account.totpKey)) : null,
					totpEnabledAt: account.totpKey ? now : null,
				})
				.returning({ id: users.id })
				.get()
			if (account.roles.length) {
				tx.insert(userRoles)
					.values(account.roles.map((role) => ({ userId: id, role })))
					.run()
			}
		}
	})
	return true
}

const dayMs = 24 * 60 * 60 * 1000

/**
 * The demo trainer co-authors the starter courses, and the cohort course gets one run
 * open for enrolment now, so every journey can be tried at once.
 */
export function seedDemoCourses(now = new Date()) {
	writeTransaction((tx) => {
		const trainer = tx.select({ id: users.id }).from(users).where(eq(users.email, 'trainer@atlas.example')).get()
		if (!trainer) return
		const sampleCourses = tx
			.select({ id: courses.id, slug: courses.slug })
			.from(courses)
			.where(eq(courses.isSample, true))
			.all()
		for (const course of sampleCourses) {
			tx.insert(courseAuthors).values({ courseId: course.id, userId: trainer.id }).onConflictDoNothing().run()
		}
		const cohortCourse = sampleCourses.find((course) => course.slug === 'victim-centred-interviewing')
		if (!cohortCourse || tx.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.courseId, cohortCourse.id)).get())
			return
		const cohort = tx
			.insert(cohorts)
			.values({
				courseId: cohortCourse.id,
				title: 'Sample joint cohort (FR, ES, MA)',
				startsOn: new Date(now.getTime() + 14 * dayMs),
				endsOn: new Date(now.getTime() + 74 * dayMs),
				enrolmentOpensAt: new Date(now.getTime() - dayMs),
				enrolmentClosesAt: new Date(now.getTime() + 13 * dayMs),
				capacity: 30,
				createdBy: trainer.id,
			})
			.returning({ id: cohorts.id })
			.get()
		tx.insert(cohortTrainers).values({ cohortId: cohort.id, userId: trainer.id }).run()
	})
}
