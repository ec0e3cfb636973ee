import { eq } from 'drizzle-orm'
import { getDb, writeTransaction } from '#app/db/client.server.ts'
import {
	certificates,
	cohorts,
	courseFeedback,
	enrolments,
	eventRegistrations,
	followUpSurveys,
	users,
} from '#app/db/schema/index.ts'
import { type Gender } from '#app/modules/accounts/vocabulary.ts'
import { issueCertificate } from '#app/modules/certificates/issue.server.ts'
import { type ApplicationWay, type AppliedAnswer } from '#app/modules/indicators/vocabulary.ts'
import { type EventKind, type RegistrationStatus } from '#app/modules/events/vocabulary.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { type createPublishedCourse } from './course-factories.ts'
import { createEvent } from './event-factories.ts'
import { createUser } from './factories.ts'

const hour = 60 * 60 * 1000
const day = 24 * hour

type Published = Awaited<ReturnType<typeof createPublishedCourse>>

/** An officer from a country, in an organisation, who may have said their gender. */
export async function createLearner(country: string, organisationId: string, gender: Gender | null = null) {
	const user = await createUser({ organisationId, roles: ['officer'] })
	return getDb().update(users).set({ country, gender }).where(eq(users.id, user.id)).returning().get()!
}

/** A cohort of the course starting on a day; only its dates matter to the indicators. */
export function createCohortStarting(courseId: string, startsOn: Date) {
	return getDb()
		.insert(cohorts)
		.values({
			courseId,
			title: 'Indicator cohort',
			startsOn,
			endsOn: new Date(startsOn.getTime() + 30 * day),
			enrolmentOpensAt: new Date(startsOn.getTime() - 30 * day),
			enrolmentClosesAt: new Date(startsOn.getTime() - day),
			capacity: 30,
		})
		.returning()
		.get()
}

type EnrolmentOptions = { enrolledAt: Date; completedAt?: Date; cohortId?: string }

/** An enrolment begun (and perhaps completed) on the dates given; a completed one is certified as completion does. */
export function enrolOn(userId: string, published: Published, options: EnrolmentOptions) {
	return writeTransaction((tx) => {
		const enrolment = tx
			.insert(enrolments)
			.values({
				userId,
				courseId: published.course.id,
				revisionId: published.revision.id,
				cohortId: options.cohortId ?? null,
				language: 'en',
				enrolledAt: options.enrolledAt,
				lastActivityAt: options.completedAt ?? options.enrolledAt,
				completedAt: options.completedAt ?? null,
			})
			.returning()
			.get()
		const certificate = options.completedAt
			? issueCertificate(tx, enrolment, published.revision, options.completedAt)
			: undefined
		return { enrolment, certificate }
	})
}

/** Sets what later happened to a certificate: an expiry moved (to stand for another validity), a revocation. */
export function alterCertificate(id: string, change: { expiresAt?: Date | null; revokedAt?: Date }) {
	getDb()
		.update(certificates)
		.set({ ...change, ...(change.revokedAt ? { revokedCategory: 'other' as const } : {}) })
		.where(eq(certificates.id, id))
		.run()
}

export function answerFeedback(enrolmentId: string, usefulness: number, answeredAt: Date, recommend = true) {
	getDb().insert(courseFeedback).values({ enrolmentId, usefulness, recommend, language: 'en', answeredAt }).run()
}

export function sendFollowUp(
	certificateId: string,
	sentAt: Date,
	answer?: { applied: AppliedAnswer; ways?: ApplicationWay[]; answeredAt: Date },
) {
	getDb()
		.insert(followUpSurveys)
		.values({
			certificateId,
			sentAt,
			...(answer
				? { applied: answer.applied, ways: answer.ways ?? [], language: 'en' as const, answeredAt: answer.answeredAt }
				: {}),
		})
		.run()
}

/** An event that ends at `endsAt` after a day's work, in a country or (null) online only. */
export function createEventEnding(organiser: Actor, kind: EventKind, endsAt: Date, country: string | null) {
	const startsAt = new Date(endsAt.getTime() - 8 * hour)
	const place = country
		? { format: 'in-person' as const, city: 'Capital', country, joiningLink: null }
		: { format: 'online' as const, city: null, country: null, joiningLink: 'https://meet.example/room' }
	return createEvent(
		organiser,
		{
			kind,
			startsAt,
			endsAt,
			registrationOpensAt: new Date(startsAt.getTime() - 30 * day),
			registrationClosesAt: new Date(startsAt.getTime() - hour),
			...place,
		},
		new Date(startsAt.getTime() - 40 * day),
	)
}

/** A place at an event, as registration left it, and (after the event) whether the person came. */
export function placeAt(eventId: string, userId: string, status: RegistrationStatus, attended: boolean | null = null) {
	getDb()
		.insert(eventRegistrations)
		.values({ eventId, userId, status, answers: {}, queuedAt: new Date(0), attended, updatedAt: new Date(0) })
		.run()
}
