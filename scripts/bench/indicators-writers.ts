/**
 * Writing the indicators' dataset: each kind of row through one prepared INSERT, many rows to a transaction. The
 * plans come from indicators-world, indicators-learning and indicators-events; indicators-data runs the parts.
 */
import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import { getTableColumns, getTableName, type Table } from 'drizzle-orm'
import {
	certificates,
	cohorts,
	courseFeedback,
	courseRevisions,
	courses,
	enrolments,
	eventRegistrations,
	events,
	followUpSurveys,
	lessonCompletions,
	organisations,
	userRoles,
	users,
} from '#app/db/schema/index.ts'
import { type EventTexts } from '#app/modules/events/event.ts'
import { type AccessTier } from '#app/modules/library/vocabulary.ts'
import { type PlannedEvent, planEvent, planRegistrations } from './indicators-events.ts'
import { type PlannedEnrolment, planLearning } from './indicators-learning.ts'
import {
	type PlannedCohort,
	type PlannedCourse,
	type PlannedOrganisation,
	type PlannedUser,
} from './indicators-world.ts'

type SqlValue = string | number | null

/** A prepared INSERT of the named columns, taking a row keyed by the schema's property names. */
export function insertInto<T extends Table, K extends keyof T['_']['columns'] & string>(
	sqlite: Database.Database,
	table: T,
	keys: readonly K[],
) {
	const columns = getTableColumns(table) as Record<string, { name: string }>
	const names = keys.map((key) => `"${columns[key]!.name}"`).join(', ')
	const statement = sqlite.prepare(
		`INSERT INTO "${getTableName(table)}" (${names}) VALUES (${keys.map((key) => `@${key}`).join(', ')})`,
	)
	return (row: Record<K, SqlValue>) => statement.run(row)
}

const json = (value: unknown) => JSON.stringify(value)
const bool = (value: boolean) => (value ? 1 : 0)

export type Report = (line: string) => void

/** Calls `write` for items from..to in transactions of `size`, reporting every tenth of the way. */
export function inBatches(
	sqlite: Database.Database,
	count: number,
	size: number,
	write: (index: number) => void,
	report?: Report,
) {
	const batch = sqlite.transaction((from: number, to: number) => {
		for (let index = from; index < to; index++) write(index)
	})
	const step = Math.max(size, Math.ceil(count / 10 / size) * size)
	for (let from = 0; from < count; from += size) {
		batch(from, Math.min(count, from + size))
		if (report && (from + size) % step === 0 && from + size < count)
			report(`    ${(from + size).toLocaleString('en')} of ${count.toLocaleString('en')}`)
	}
}

export function writeOrganisations(sqlite: Database.Database, planned: readonly PlannedOrganisation[], now: number) {
	const insert = insertInto(sqlite, organisations, [
		'id',
		'name',
		'country',
		'type',
		'status',
		'createdAt',
		'decidedAt',
	])
	const created = now - 1_000 * 24 * 3_600_000
	inBatches(sqlite, planned.length, 5_000, (index) => {
		const organisation = planned[index]!
		insert({ ...organisation, status: 'approved', createdAt: created, decidedAt: created })
	})
}

export function writeUsers(
	sqlite: Database.Database,
	planned: readonly PlannedUser[],
	organisationIds: string[],
	report: Report,
) {
	const insertUser = insertInto(sqlite, users, [
		...(['id', 'email', 'name', 'passwordHash', 'country', 'organisationId', 'requestedRole', 'status'] as const),
		...(['emailConfirmedAt', 'locale', 'createdAt', 'decidedAt', 'gender'] as const),
	])
	const insertRole = insertInto(sqlite, userRoles, ['userId', 'role'])
	inBatches(
		sqlite,
		planned.length,
		5_000,
		(index) => {
			const user = planned[index]!
			insertUser({
				...user,
				// Not a hash of any password: nobody signs in as a benchmark officer.
				passwordHash: '!bench-no-password',
				organisationId: organisationIds[user.organisation]!,
				requestedRole: 'officer',
				status: 'active',
				emailConfirmedAt: user.createdAt,
				decidedAt: user.createdAt,
			})
			insertRole({ userId: user.id, role: 'officer' })
		},
		report,
	)
}

export function writeCourses(sqlite: Database.Database, planned: readonly PlannedCourse[], organisationIds: string[]) {
	const insertCourse = insertInto(sqlite, courses, [
		...(['id', 'slug', 'organisationId', 'draft', 'publishedRevisionId', 'createdAt', 'updatedAt'] as const),
	])
	const insertRevision = insertInto(sqlite, courseRevisions, [
		...(['id', 'courseId', 'number', 'document', 'documentHash', 'level', 'format', 'topics'] as const),
		...(['competencies', 'languages', 'publishedAt'] as const),
	])
	inBatches(sqlite, planned.length, 100, (index) => {
		const course = planned[index]!
		const { document } = course
		const text = json(document)
		const organisationId = organisationIds[course.organisation]!
		insertCourse({
			id: course.id,
			slug: course.slug,
			organisationId,
			draft: text,
			publishedRevisionId: course.revisionId,
			createdAt: course.publishedAt,
			updatedAt: course.publishedAt,
		})
		insertRevision({
			id: course.revisionId,
			courseId: course.id,
			number: 1,
			document: text,
			documentHash: createHash('sha256').update(text).digest('hex'),
			level: document.level,
			format: document.format,
			topics: json(document.topics),
			competencies: json(document.competencies),
			languages: json(Object.keys(document.texts)),
			publishedAt: course.publishedAt,
		})
	})
}

export function writeCohorts(
	sqlite: Database.Database,
	planned: readonly PlannedCohort[],
	courseRows: readonly PlannedCourse[],
) {
	const insert = insertInto(sqlite, cohorts, [
		...([
			'id',
			'courseId',
			'title',
			'startsOn',
			'endsOn',
			'enrolmentOpensAt',
			'enrolmentClosesAt',
			'capacity',
		] as const),
		'createdAt',
	])
	inBatches(sqlite, planned.length, 5_000, (index) => {
		const cohort = planned[index]!
		insert({
			id: cohort.id,
			courseId: courseRows[cohort.course]!.id,
			title: cohort.title,
			startsOn: cohort.startsOn,
			endsOn: cohort.endsOn,
			enrolmentOpensAt: cohort.opensAt,
			enrolmentClosesAt: cohort.closesAt,
			capacity: 40,
			createdAt: cohort.opensAt,
		})
	})
}

/** Every officer's learning, a thousand officers a transaction. */
export function writeLearning(
	sqlite: Database.Database,
	world: { users: readonly PlannedUser[]; organisations: readonly PlannedOrganisation[] },
	learning: Parameters<typeof planLearning>[0],
	report: Report,
) {
	const insertEnrolment = insertInto(sqlite, enrolments, [
		...(['id', 'userId', 'courseId', 'revisionId', 'cohortId', 'language', 'enrolledAt'] as const),
		...(['lastActivityAt', 'lastLessonId', 'completedAt'] as const),
	])
	const insertLesson = insertInto(sqlite, lessonCompletions, ['enrolmentId', 'lessonId', 'completedAt'])
	const insertCertificate = insertInto(sqlite, certificates, [
		...(['id', 'code', 'userId', 'courseId', 'revisionId', 'enrolmentId', 'holderName', 'subjectHash'] as const),
		...(['subjectSalt', 'courseTitle', 'courseSummary', 'certificateName', 'courseRevision', 'language'] as const),
		...(['competencies', 'issuers', 'trainers', 'score', 'issuedAt', 'expiresAt', 'revokedAt'] as const),
		...(['revokedCategory', 'renewedBy', 'createdAt'] as const),
	])
	const insertFeedback = insertInto(sqlite, courseFeedback, [
		...(['enrolmentId', 'usefulness', 'recommend', 'language', 'answeredAt'] as const),
	])
	const insertFollowUp = insertInto(sqlite, followUpSurveys, [
		...(['certificateId', 'sentAt', 'applied', 'ways', 'language', 'answeredAt'] as const),
	])
	const { courses: courseRows } = learning
	const write = (user: PlannedUser, enrolment: PlannedEnrolment) => {
		const course = courseRows[enrolment.course]!
		insertEnrolment({
			id: enrolment.id,
			userId: user.id,
			courseId: course.id,
			revisionId: course.revisionId,
			cohortId: enrolment.cohortId,
			language: enrolment.language,
			enrolledAt: enrolment.enrolledAt,
			lastActivityAt: enrolment.lastActivityAt,
			lastLessonId: enrolment.lessons.at(-1)?.id ?? null,
			completedAt: enrolment.completedAt,
		})
		for (const lesson of enrolment.lessons)
			insertLesson({ enrolmentId: enrolment.id, lessonId: lesson.id, completedAt: lesson.at })
		if (enrolment.feedback)
			insertFeedback({
				enrolmentId: enrolment.id,
				usefulness: enrolment.feedback.usefulness,
				recommend: bool(enrolment.feedback.recommend),
				language: enrolment.language,
				answeredAt: enrolment.feedback.answeredAt,
			})
		const certificate = enrolment.certificate
		if (!certificate) return
		const certified = courseRows[certificate.course]!
		const text = certified.document.texts[certificate.language] ?? certified.document.texts.en!
		const issuer = world.organisations[certified.organisation]!
		insertCertificate({
			id: certificate.id,
			code: certificate.code,
			userId: user.id,
			courseId: certified.id,
			revisionId: certified.revisionId,
			enrolmentId: enrolment.id,
			holderName: user.name,
			subjectHash: certificate.subject,
			subjectSalt: certificate.subject.slice(0, 32),
			courseTitle: text.title,
			courseSummary: text.summary,
			certificateName: text.certificate,
			courseRevision: 1,
			language: certificate.language,
			competencies: json(certified.document.competencies),
			issuers: json([{ name: issuer.name, country: issuer.country }]),
			trainers: '[]',
			score: certificate.score,
			issuedAt: certificate.issuedAt,
			expiresAt: certificate.expiresAt,
			revokedAt: certificate.revokedAt,
			revokedCategory: certificate.revokedAt ? 'other' : null,
			renewedBy: certificate.renewedBy,
			createdAt: certificate.issuedAt,
		})
		const followUp = certificate.followUp
		if (followUp)
			insertFollowUp({
				certificateId: certificate.id,
				sentAt: followUp.sentAt,
				applied: followUp.answer?.applied ?? null,
				ways: followUp.answer ? json(followUp.answer.ways) : null,
				language: followUp.answer ? certificate.language : null,
				answeredAt: followUp.answer?.answeredAt ?? null,
			})
	}
	inBatches(
		sqlite,
		world.users.length,
		1_000,
		(index) => {
			const user = world.users[index]!
			for (const enrolment of planLearning(learning, index, user)) write(user, enrolment)
		},
		report,
	)
}

/** An event as written: its plan (whose capacity the registrations fill), its texts and where it is held. */
export type DressedEvent = {
	event: PlannedEvent
	texts: EventTexts
	workingLanguages: string[]
	city: string | null
	joiningLink: string | null
	audience: AccessTier
}
export type DressEvent = (event: PlannedEvent, index: number) => DressedEvent

/** The indicators only count events, so each has one English line. */
const benchEvent: DressEvent = (event, index) => ({
	event,
	texts: { en: { title: `Bench event ${index + 1}`, description: 'A benchmark event.' } },
	workingLanguages: ['en'],
	city: event.country ? 'Bench City' : null,
	joiningLink: null,
	audience: 'law-enforcement',
})

export function writeEvents(
	sqlite: Database.Database,
	options: { seed: number; now: Date },
	planned: readonly PlannedUser[],
	count: number,
	dress: DressEvent = benchEvent,
) {
	const now = options.now.getTime()
	const insertEvent = insertInto(sqlite, events, [
		...(['id', 'slug', 'kind', 'texts', 'sourceLanguage', 'startsAt', 'endsAt', 'timeZone', 'startsOn'] as const),
		...(['format', 'city', 'country', 'joiningLink', 'workingLanguages', 'interpretation', 'audience'] as const),
		'capacity',
		...(['registrationOpensAt', 'registrationClosesAt', 'questions', 'agenda', 'contactEmail', 'status'] as const),
		...(['createdAt', 'updatedAt'] as const),
	])
	const insertRegistration = insertInto(sqlite, eventRegistrations, [
		...(['id', 'eventId', 'userId', 'status', 'answers', 'queuedAt', 'attended', 'updatedAt'] as const),
	])
	const byCountry = new Map<string, number[]>()
	planned.forEach((user, index) => {
		const list = byCountry.get(user.country) ?? []
		list.push(index)
		byCountry.set(user.country, list)
	})
	const people = { byCountry, count: planned.length }
	inBatches(sqlite, count, 100, (index) => {
		const { event, texts, ...place } = dress(planEvent(options.seed, index, now), index)
		const opens = event.startsAt - 60 * 24 * 3_600_000
		insertEvent({
			id: event.id,
			slug: event.slug,
			kind: event.kind,
			texts: json(texts),
			sourceLanguage: Object.keys(texts)[0]!,
			startsAt: event.startsAt,
			endsAt: event.endsAt,
			timeZone: 'UTC',
			startsOn: new Date(event.startsAt).toISOString().slice(0, 10),
			format: event.format,
			city: place.city,
			country: event.country,
			joiningLink: place.joiningLink,
			workingLanguages: json(place.workingLanguages),
			interpretation: '[]',
			audience: place.audience,
			capacity: event.capacity,
			registrationOpensAt: opens,
			registrationClosesAt: event.startsAt,
			questions: '[]',
			agenda: '[]',
			contactEmail: 'events@bench.example',
			status: event.cancelled ? 'cancelled' : 'scheduled',
			createdAt: opens,
			updatedAt: opens,
		})
		for (const registration of planRegistrations(options.seed, index, event, people, now))
			insertRegistration({
				id: registration.id,
				eventId: event.id,
				userId: planned[registration.userIndex]!.id,
				status: registration.status,
				answers: '{}',
				queuedAt: registration.queuedAt,
				attended: registration.attended === null ? null : bool(registration.attended),
				updatedAt: registration.queuedAt,
			})
	})
}
