/**
 * What one officer did over the two years: enrolments, the lessons done, completions and the certificates they
 * issued (renewals through a refresher course, a few revocations), feedback at completion and the follow-up three
 * months after a certificate. Planned per officer from their own stream, as Atlas's own rules would have written
 * it (one enrolment per course, a renewal is a certificate of the renewed course issued on the refresher's
 * enrolment, a follow-up goes out `followUpAfterDays` after issue), so the indicators count what they would count.
 */
import { createHash } from 'node:crypto'
import { expiryDate } from '#app/modules/certificates/status.ts'
import {
	type ApplicationWay,
	type AppliedAnswer,
	applicationWays,
	followUpAfterDays,
} from '#app/modules/indicators/vocabulary.ts'
import { type Language } from '#app/platform/i18n.ts'
import { between, chance, randomStream, type Random, type WeightedDraw, WeightedValues } from './random.ts'
import {
	activityDays,
	dayMs,
	idOf,
	type PlannedCohort,
	type PlannedCourse,
	type PlannedUser,
	streams,
} from './indicators-world.ts'

export type PlannedCertificate = {
	id: string
	code: string
	/** The certified course: the renewed one for a renewal. */
	course: number
	issuedAt: number
	expiresAt: number | null
	revokedAt: number | null
	renewedBy: string | null
	language: Language
	score: number
	subject: string
	followUp: {
		sentAt: number
		answer: { applied: AppliedAnswer; ways: ApplicationWay[]; answeredAt: number } | null
	} | null
}

export type PlannedEnrolment = {
	id: string
	course: number
	cohortId: string | null
	language: Language
	enrolledAt: number
	lastActivityAt: number
	completedAt: number | null
	lessons: { id: string; at: number }[]
	certificate: PlannedCertificate | null
	feedback: { usefulness: number; recommend: boolean; answeredAt: number } | null
}

export type LearningWorld = {
	seed: number
	now: number
	courses: readonly PlannedCourse[]
	popularity: WeightedDraw
	/** Each cohort course's runs, in order of start. */
	cohortsOf: ReadonlyMap<number, readonly PlannedCohort[]>
}

const usefulness = new WeightedValues([
	[5, 40],
	[4, 35],
	[3, 15],
	[2, 6],
	[1, 4],
])
const applied = new WeightedValues<AppliedAnswer>([
	['often', 35],
	['once', 30],
	['not-yet', 25],
	['not-relevant', 10],
])

const base32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
/** A verification code written as a real one is (upper case: verifiers' codes are looked up so), unique as its id. */
const codeOf = (id: string) =>
	[...createHash('sha256').update(`code:${id}`).digest()].map((byte) => base32[byte % 32]).join('')

/**
 * How many courses an officer enrols in over `days`: one every 145 days on average (about three each over the
 * officers' average time on the platform), many fewer, a few a dozen.
 */
const enrolmentCount = (random: Random, days: number) =>
	Math.min(12, Math.round(-Math.log(1 - random()) * (days / 145)))

/** The lessons done: every required one and some others for a completion; the first few for one under way. */
function lessonsDone(random: Random, course: PlannedCourse, from: number, to: number, completed: boolean) {
	const required = course.lessons.filter((lesson) => lesson.required).length
	const started = Math.floor(random() ** 1.6 * (required + 1))
	const done = completed
		? course.lessons.filter((lesson) => lesson.required || chance(random, 0.05))
		: course.lessons.slice(0, started)
	return done.map((lesson, index) => ({
		id: lesson.id,
		at: Math.round(from + ((index + 1) / (done.length + 1)) * (to - from)),
	}))
}

function planFollowUp(random: Random, issuedAt: number, now: number): PlannedCertificate['followUp'] {
	const sentAt = issuedAt + followUpAfterDays * dayMs + Math.floor(random() * 3_600_000)
	if (sentAt > now) return null
	if (!chance(random, 0.55)) return { sentAt, answer: null }
	const answeredAt = sentAt + Math.floor((0.2 + random() * 20) * dayMs)
	if (answeredAt > now) return { sentAt, answer: null }
	const answer = applied.draw(random)
	const ways =
		answer === 'often' || answer === 'once'
			? applicationWays.filter(() => chance(random, 0.3)).slice(0, 3)
			: ([] as ApplicationWay[])
	return { sentAt, answer: { applied: answer, ways, answeredAt } }
}

function planCertificate(
	random: Random,
	world: LearningWorld,
	enrolmentId: string,
	course: number,
	language: Language,
	issuedAt: number,
): PlannedCertificate {
	const validity = world.courses[course]!.document.certificateValidityMonths
	const expiresAt = expiryDate(new Date(issuedAt), validity)?.getTime() ?? null
	// A few certificates are withdrawn (issued in error, a holder's request) some time after issue.
	const revokedAt = chance(random, 0.004)
		? issuedAt + Math.floor(random() * (Math.min(expiresAt ?? world.now, world.now) - issuedAt))
		: null
	const id = idOf('certificate', enrolmentId)
	return {
		id,
		code: codeOf(id),
		course,
		issuedAt,
		expiresAt,
		revokedAt,
		renewedBy: null,
		language,
		score: between(random, 70, 100),
		subject: createHash('sha256').update(`subject:${id}`).digest('hex'),
		followUp: planFollowUp(random, issuedAt, world.now),
	}
}

function planFeedback(random: Random, completedAt: number, now: number): PlannedEnrolment['feedback'] {
	if (!chance(random, 0.6)) return null
	const answeredAt = completedAt + Math.floor(random() * 2 * dayMs)
	if (answeredAt > now) return null
	const answer = usefulness.draw(random)
	return { usefulness: answer, recommend: chance(random, answer >= 4 ? 0.9 : 0.3), answeredAt }
}

/** An enrolment begun at `enrolledAt`, completed (and certified) at `completedAt` if that has come. */
function planEnrolment(
	random: Random,
	world: LearningWorld,
	user: PlannedUser,
	course: number,
	enrolledAt: number,
	completedAt: number | null,
	cohortId: string | null,
): PlannedEnrolment {
	const planned = world.courses[course]!
	const language = planned.document.texts[user.locale] ? user.locale : planned.document.sourceLanguage
	const done = completedAt !== null && completedAt <= world.now ? completedAt : null
	const lastActivityAt = done ?? Math.min(world.now, enrolledAt + Math.floor(random() * 20 * dayMs))
	const lessons = lessonsDone(random, planned, enrolledAt, lastActivityAt, done !== null)
	const id = idOf('enrolment', user.id, course)
	return {
		id,
		course,
		cohortId,
		language,
		enrolledAt,
		lastActivityAt,
		completedAt: done,
		lessons,
		certificate: done === null ? null : planCertificate(random, world, id, course, language, done),
		feedback: done === null ? null : planFeedback(random, done, world.now),
	}
}

/**
 * The refresher's enrolment that renews a certificate: begun in the 90-day renewal window before expiry (or a
 * little after it), its completion issues a certificate of the renewed course and marks the old one renewed.
 */
function planRenewal(random: Random, world: LearningWorld, user: PlannedUser, renewed: PlannedEnrolment) {
	const certificate = renewed.certificate
	const refresher = world.courses[renewed.course]!.refresher
	if (!certificate?.expiresAt || certificate.revokedAt || refresher === null || !chance(random, 0.5)) return null
	const enrolledAt = certificate.expiresAt - 90 * dayMs + Math.floor(random() * 120 * dayMs)
	if (enrolledAt > world.now) return null
	const completedAt = enrolledAt + Math.floor((1 + random() * 20) * dayMs)
	const enrolment = planEnrolment(random, world, user, refresher, enrolledAt, completedAt, null)
	if (enrolment.certificate) {
		const issuedAt = enrolment.certificate.issuedAt
		enrolment.certificate = planCertificate(random, world, enrolment.id, renewed.course, enrolment.language, issuedAt)
		certificate.renewedBy = enrolment.certificate.id
	}
	return enrolment
}

function cohortFor(world: LearningWorld, course: number, at: number) {
	return world.cohortsOf.get(course)?.find((cohort) => cohort.closesAt >= at) ?? null
}

/**
 * Everything an officer did: enrolments at a steady rate from when they joined (or the two years' start), so the
 * platform's enrolments grow with its officers, about three times from the first month to the last.
 */
export function planLearning(world: LearningWorld, n: number, user: PlannedUser): PlannedEnrolment[] {
	const random = randomStream(world.seed, streams.learning, n)
	const from = Math.max(user.createdAt, world.now - activityDays * dayMs)
	const courses = new Set<number>()
	const wanted = enrolmentCount(random, (world.now - from) / dayMs)
	for (let attempt = 0; courses.size < wanted && attempt < wanted * 10; attempt++)
		courses.add(world.popularity.draw(random))
	const enrolments: PlannedEnrolment[] = []
	for (const course of courses) {
		const begun = from + Math.floor(random() * (world.now - from))
		const cohort = world.courses[course]!.document.format === 'cohort' ? cohortFor(world, course, begun) : null
		if (world.courses[course]!.document.format === 'cohort' && !cohort) continue
		const enrolledAt = cohort ? Math.max(begun, cohort.opensAt) : begun
		if (enrolledAt > world.now) continue
		const completes = chance(random, cohort ? 0.7 : 0.55)
		const completedAt = !completes
			? null
			: cohort
				? cohort.endsOn + Math.floor(random() * 14 * dayMs)
				: enrolledAt + Math.floor((0.05 - Math.log(1 - random()) * 25) * dayMs)
		enrolments.push(planEnrolment(random, world, user, course, enrolledAt, completedAt, cohort?.id ?? null))
	}
	for (const enrolment of [...enrolments]) {
		const refresher = world.courses[enrolment.course]!.refresher
		if (refresher === null || courses.has(refresher)) continue
		const renewal = planRenewal(random, world, user, enrolment)
		if (renewal) {
			courses.add(refresher)
			enrolments.push(renewal)
		}
	}
	return enrolments
}
