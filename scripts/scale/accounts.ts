/**
 * The accounts a benchmark signs in with on the scale dataset (fictional, `@scale.example`, one password from this
 * script): an organisation admin of the largest organisation, an officer of it who is taking the landmark course,
 * and a coordinator (platform admin) who reads the indicators whole. Administrators keep two-factor sign-in in
 * Atlas, so theirs have a TOTP key, given here too so a benchmark can compute the codes.
 */
import { decodeBase32IgnorePadding } from '@oslojs/encoding'
import { writeTransaction } from '#app/db/client.server.ts'
import { enrolments, lessonCompletions, userRoles, users } from '#app/db/schema/index.ts'
import { hashPassword } from '#app/modules/accounts/password.server.ts'
import { encryptSecret } from '#app/platform/keys.server.ts'
import { type Role } from '#app/platform/roles.ts'
import { dayMs, idOf, type PlannedCourse } from '../bench/indicators-world.ts'

export const scalePassword = 'atlas scale dataset password'

type ScaleAccount = { email: string; name: string; roles: Role[]; totpKey: string | null }

export const scaleAccounts: Record<'orgAdmin' | 'officer' | 'coordinator', ScaleAccount> = {
	orgAdmin: {
		email: 'org.admin@scale.example',
		name: 'Scale Organisation Admin',
		roles: ['org_admin'],
		totpKey: 'SCALEORGADMINTWOFACTORKEYAAAAAAA',
	},
	officer: { email: 'officer@scale.example', name: 'Scale Officer', roles: ['officer'], totpKey: null },
	coordinator: {
		email: 'coordinator@scale.example',
		name: 'Scale Coordinator',
		roles: ['platform_admin'],
		totpKey: 'SCALECOORDINATORTWOFACTORKEYAAAA',
	},
}

export type Landing = {
	seed: number
	now: Date
	organisation: { id: string; country: string }
	/** The course the officer is taking, and how many of its lessons they have done. */
	course: PlannedCourse
	lessonsDone: number
}

/** Adds the accounts, and the officer's enrolment in the course with its first lessons done; answers their ids. */
export async function writeScaleAccounts(landing: Landing) {
	const passwordHash = await hashPassword(scalePassword)
	const now = landing.now.getTime()
	const ids = Object.fromEntries(
		Object.keys(scaleAccounts).map((key) => [key, idOf(landing.seed, 'scale-account', key)]),
	) as Record<keyof typeof scaleAccounts, string>
	writeTransaction((tx) => {
		for (const [key, account] of Object.entries(scaleAccounts) as [keyof typeof scaleAccounts, ScaleAccount][]) {
			const joined = new Date(now - 400 * dayMs)
			tx.insert(users)
				.values({
					id: ids[key],
					email: account.email,
					name: account.name,
					passwordHash,
					country: landing.organisation.country,
					organisationId: landing.organisation.id,
					requestedRole: account.roles.includes('officer') ? 'officer' : 'ngo_member',
					status: 'active',
					emailConfirmedAt: joined,
					locale: 'en',
					totpKey: account.totpKey ? encryptSecret(decodeBase32IgnorePadding(account.totpKey)) : null,
					totpEnabledAt: account.totpKey ? joined : null,
					createdAt: joined,
					decidedAt: joined,
				})
				.run()
			tx.insert(userRoles)
				.values(account.roles.map((role) => ({ userId: ids[key], role })))
				.run()
		}
		const { course } = landing
		const enrolmentId = idOf('enrolment', ids.officer, course.slug)
		const done = course.lessons.slice(0, landing.lessonsDone)
		tx.insert(enrolments)
			.values({
				id: enrolmentId,
				userId: ids.officer,
				courseId: course.id,
				revisionId: course.revisionId,
				language: 'en',
				enrolledAt: new Date(now - 20 * dayMs),
				lastActivityAt: new Date(now - 2 * dayMs),
				lastLessonId: done.at(-1)?.id ?? null,
			})
			.run()
		done.forEach((lesson, index) =>
			tx
				.insert(lessonCompletions)
				.values({ enrolmentId, lessonId: lesson.id, completedAt: new Date(now - (10 - index) * dayMs) })
				.run(),
		)
	})
	return ids
}
