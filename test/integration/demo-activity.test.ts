import { and, count, eq, inArray, like } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import {
	certificates,
	cohorts,
	courseFeedback,
	enrolments,
	followUpSurveys,
	jobs,
	users,
} from '#app/db/schema/index.ts'
import { importCourses } from '#app/modules/courses/content-import.server.ts'
import { expiryReminderKind } from '#app/modules/certificates/reminders.server.ts'
import { certificateStatus } from '#app/modules/certificates/status.ts'
import { expiringWithinDays } from '#app/modules/indicators/vocabulary.ts'
import { demoAccounts } from '../../scripts/demo-accounts.ts'
import { importNetworkAndAwareness } from '../../scripts/network-content.ts'
import { seedDemoActivity } from '../../scripts/seed-demo-activity.ts'
import { seedDemoCourses, seedDemoIfEmpty } from '../../scripts/seed-demo.ts'

const tableSizes = () => {
	const db = getDb()
	const size = (table: typeof users | typeof enrolments | typeof certificates | typeof cohorts) =>
		db.select({ n: count() }).from(table).get()!.n
	return {
		users: size(users),
		enrolments: size(enrolments),
		certificates: size(certificates),
		cohorts: size(cohorts),
		feedback: db.select({ n: count() }).from(courseFeedback).get()!.n,
		followUps: db.select({ n: count() }).from(followUpSurveys).get()!.n,
	}
}

/** How many people each organisation a demo account belongs to has, by organisation id. */
function demoOrganisationSizes() {
	const db = getDb()
	const ids = db
		.selectDistinct({ id: users.organisationId })
		.from(users)
		.where(
			inArray(
				users.email,
				demoAccounts.map((account) => account.email),
			),
		)
		.all()
		.map((row) => row.id)
	return Object.fromEntries(
		ids.map((id) => [id, db.select({ n: count() }).from(users).where(eq(users.organisationId, id)).get()!.n]),
	)
}

// The demo start's own steps (server/prepare.ts) on an empty database: slow, so one test checks everything.
test('the demo activity is fictional, leaves the demo organisations alone and is added only once', async () => {
	const now = new Date()
	expect(await seedDemoIfEmpty()).toBe(true)
	await importCourses()
	seedDemoCourses(now)
	importNetworkAndAwareness()
	const before = demoOrganisationSizes()

	const added = await seedDemoActivity(now)
	expect(added.learners).toBeGreaterThanOrEqual(140)
	expect(added.enrolments).toBeGreaterThan(added.learners)
	expect(added.certificates).toBeGreaterThan(0)
	expect(demoOrganisationSizes()).toEqual(before)

	const db = getDb()
	const learners = db.select().from(users).where(like(users.email, 'sample.learner%')).all()
	expect(learners).toHaveLength(added.learners)
	for (const person of db.select({ email: users.email, name: users.name }).from(users).all()) {
		expect(person.email).toMatch(/@atlas\.example$/)
		expect(person.name).toMatch(/^Sample /)
	}
	const issued = db.select().from(certificates).all()
	expect(issued.every((certificate) => certificate.holderName.startsWith('Sample '))).toBe(true)
	const statuses = issued.map((certificate) => certificateStatus(certificate, now, expiringWithinDays))
	expect(statuses).toContain('expired')
	expect(statuses).toContain('expiring')
	// Reminders whose day had passed count as sent, so the demo's first start emails nobody about old certificates.
	const overdue = db
		.select({ runAt: jobs.runAt })
		.from(jobs)
		.where(and(eq(jobs.kind, expiryReminderKind), eq(jobs.status, 'pending')))
		.all()
		.filter((job) => job.runAt <= now)
	expect(overdue).toEqual([])

	const sizes = tableSizes()
	expect(await seedDemoActivity(now)).toEqual({
		learners: 0,
		enrolments: 0,
		certificates: 0,
		feedback: 0,
		followUps: 0,
	})
	expect(tableSizes()).toEqual(sizes)
}, 120_000)
