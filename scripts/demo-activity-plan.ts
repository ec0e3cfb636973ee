import { type Gender } from '#app/modules/accounts/vocabulary.ts'
import {
	type ApplicationWay,
	type AppliedAnswer,
	applicationWays,
	followUpAfterDays,
} from '#app/modules/indicators/vocabulary.ts'
import { type Language } from '#app/platform/i18n.ts'

/**
 * What the demo's sample learners did, decided before anything is written: pure, and the same on every fresh demo
 * (dates are counted back from the start), so the dashboard shows the same figures wherever the demo runs.
 */

const dayMs = 24 * 60 * 60 * 1000
const hourMs = 60 * 60 * 1000

export const sampleCourses = [
	'identifying-victims-at-borders',
	'victim-centred-interviewing',
	'working-across-borders',
] as const
export type SampleCourse = (typeof sampleCourses)[number]
/** Taught only in cohorts (its format is `cohort`), so its learners all come through the joint cohorts below. */
const cohortCourse: SampleCourse = 'victim-centred-interviewing'
/** Its certificates last 24 months: learners who took it about two years ago hold the expired and expiring ones. */
const expiringCourse: SampleCourse = 'identifying-victims-at-borders'

/**
 * Where the learners work: organisations of the sample network, never one a demo account belongs to (so no demo
 * admin's member list changes), each learner in the organisation's own country or one it serves. Uneven on purpose:
 * a few places have so few learners that the public dashboard shows them as "fewer than 5".
 */
const places: readonly { organisation: string; country: string; learners: number }[] = [
	{ organisation: 'Sample Border Police Directorate', country: 'RO', learners: 24 },
	{ organisation: 'Sample Border Police Directorate', country: 'MD', learners: 6 },
	{ organisation: 'Sample Moroccan Referral Coordination Unit', country: 'MA', learners: 22 },
	{ organisation: 'Sample Moroccan Border Guard Liaison Office', country: 'MA', learners: 16 },
	{ organisation: 'Sample Moroccan Border Guard Liaison Office', country: 'ES', learners: 8 },
	{ organisation: 'Sample Regional Migration Office', country: 'CH', learners: 6 },
	{ organisation: 'Sample Regional Migration Office', country: 'FR', learners: 5 },
	{ organisation: 'Sample Regional Migration Office', country: 'ES', learners: 4 },
	{ organisation: 'Sample Regional Migration Office', country: 'MA', learners: 3 },
	{ organisation: 'Sample Mekong Survivors Network', country: 'TH', learners: 16 },
	{ organisation: 'Sample Mekong Survivors Network', country: 'KH', learners: 5 },
	{ organisation: 'Sample Mekong Survivors Network', country: 'LA', learners: 3 },
	{ organisation: 'Sample Seasonal Workers Union', country: 'ES', learners: 8 },
	{ organisation: 'Sample Seasonal Workers Union', country: 'MA', learners: 4 },
	{ organisation: 'Sample Fair Harvest Growers', country: 'ES', learners: 8 },
	{ organisation: 'Sample Coastal Voices Radio', country: 'FR', learners: 12 },
]
export const sampleOrganisationNames = [...new Set(places.map((place) => place.organisation))]

/** Two past runs of the cohort course, each joining learners from two or three countries. */
const jointCohorts: readonly { title: string; startsDaysAgo: number; members: Record<string, number> }[] = [
	{ title: 'Sample joint cohort (MA, ES), first run', startsDaysAgo: 400, members: { MA: 9, ES: 7 } },
	{ title: 'Sample joint cohort (RO, MD, CH)', startsDaysAgo: 170, members: { RO: 7, MD: 4, CH: 3 } },
]

export type PlannedCohort = {
	title: string
	startsOn: Date
	endsOn: Date
	enrolmentOpensAt: Date
	enrolmentClosesAt: Date
}
export type PlannedFollowUp = {
	sentAt: Date
	answer: { applied: AppliedAnswer; ways: ApplicationWay[]; answeredAt: Date } | null
}
export type PlannedEnrolment = {
	course: SampleCourse
	/** Index into the plan's cohorts. */
	cohort: number | null
	enrolledAt: Date
	completedAt: Date | null
	/** The score of each required quiz passed on the way to completion (raised to a quiz's pass mark if higher). */
	quizScore: number | null
	feedback: { usefulness: number; recommend: boolean; answeredAt: Date } | null
	/** Only for a certificate issued at least `followUpAfterDays` ago: the survey went out then. */
	followUp: PlannedFollowUp | null
}
export type PlannedLearner = {
	number: number
	organisation: string
	country: string
	gender: Gender | null
	locale: Language
	createdAt: Date
	enrolments: PlannedEnrolment[]
}

export const learnerName = (number: number) => `Sample Learner ${String(number).padStart(3, '0')}`
export const learnerEmail = (number: number) => `sample.learner${String(number).padStart(3, '0')}@atlas.example`

type Random = () => number

/** mulberry32: a tiny seeded generator, so the sample activity never depends on Math.random. */
export function seededRandom(seed: number): Random {
	let state = seed >>> 0
	return () => {
		state = (state + 0x6d2b79f5) >>> 0
		let t = state
		t = Math.imul(t ^ (t >>> 15), t | 1)
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296
	}
}

function weighted<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
	const total = choices.reduce((sum, [, weight]) => sum + weight, 0)
	let left = random() * total
	for (const [value, weight] of choices) {
		left -= weight
		if (left < 0) return value
	}
	return choices[choices.length - 1]![0]
}

const before = (date: Date, days: number) => new Date(date.getTime() - days * dayMs)
const after = (date: Date, days: number) => new Date(date.getTime() + days * dayMs)

function localeIn(country: string, random: Random): Language {
	if (country === 'FR' || country === 'CH') return 'fr'
	if (country === 'ES') return 'es'
	if (country === 'MA') return random() < 0.5 ? 'ar' : 'fr'
	return 'en'
}

function planFeedback(random: Random, completedAt: Date, now: Date): PlannedEnrolment['feedback'] {
	if (random() >= 0.7) return null
	const usefulness = weighted(random, [
		[5, 45],
		[4, 35],
		[3, 13],
		[2, 5],
		[1, 2],
	])
	const recommend = random() < (usefulness >= 4 ? 0.95 : 0.3)
	const answeredAt = new Date(completedAt.getTime() + random() * 2 * dayMs)
	return answeredAt < now ? { usefulness, recommend, answeredAt } : null
}

function planFollowUp(random: Random, issuedAt: Date, now: Date): PlannedFollowUp | null {
	const sentAt = after(issuedAt, followUpAfterDays)
	if (sentAt > now) return null
	if (random() >= 0.6) return { sentAt, answer: null }
	const applied = weighted<AppliedAnswer>(random, [
		['often', 35],
		['once', 30],
		['not-yet', 25],
		['not-relevant', 10],
	])
	const chosen = new Set<ApplicationWay>()
	if (applied === 'often' || applied === 'once') {
		const howMany = 1 + Math.floor(random() * 3)
		while (chosen.size < howMany) {
			chosen.add(
				weighted<ApplicationWay>(random, [
					['identified-victim', 30],
					['referred-case', 25],
					['cross-border-request', 20],
					['trained-colleagues', 12],
					['changed-procedure', 8],
					['other', 5],
				]),
			)
		}
	}
	const answeredAt = new Date(sentAt.getTime() + (0.2 + random() * 20) * dayMs)
	return {
		sentAt,
		// In the order the form lists them, as a real answer is stored.
		answer: answeredAt < now ? { applied, ways: applicationWays.filter((way) => chosen.has(way)), answeredAt } : null,
	}
}

function planOutcomes(
	random: Random,
	enrolment: Omit<PlannedEnrolment, 'quizScore' | 'feedback' | 'followUp'>,
	now: Date,
): PlannedEnrolment {
	const { completedAt } = enrolment
	return {
		...enrolment,
		quizScore: completedAt ? 75 + Math.floor(random() * 26) : null,
		feedback: completedAt ? planFeedback(random, completedAt, now) : null,
		followUp: completedAt ? planFollowUp(random, completedAt, now) : null,
	}
}

/** A self-paced enrolment in the last 18 months, more of them lately (as a platform that grows), 64 % completed. */
function selfPaced(random: Random, course: SampleCourse, now: Date) {
	const span = 548 * dayMs
	const enrolledAt = new Date(now.getTime() - span + (span - dayMs) * Math.sqrt(random()))
	const completes = random() < 0.64
	const completedAt = new Date(enrolledAt.getTime() + (3 + random() * 50) * dayMs + random() * 12 * hourMs)
	return { course, cohort: null, enrolledAt, completedAt: completes && completedAt < now ? completedAt : null }
}

/** Taken about two years ago and certified, so that it has expired (or expires within 90 days) by now. */
function longAgo(random: Random, course: SampleCourse, expired: boolean, now: Date) {
	const completedAt = before(now, (expired ? 745 : 655) + random() * 65)
	return { course, cohort: null, enrolledAt: before(completedAt, 5 + random() * 35), completedAt }
}

export function planDemoActivity(now: Date): { learners: PlannedLearner[]; cohorts: PlannedCohort[] } {
	const random = seededRandom(0x5eed_a71a)
	const seats = places.flatMap((place) => Array.from({ length: place.learners }, () => place))
	// Shuffled, so the numbering says nothing about where a learner works.
	for (let index = seats.length - 1; index > 0; index--) {
		const other = Math.floor(random() * (index + 1))
		;[seats[index], seats[other]] = [seats[other]!, seats[index]!]
	}
	const learners = seats.map((seat, index) => ({
		number: index + 1,
		organisation: seat.organisation,
		country: seat.country,
		gender:
			random() < 0.66
				? weighted<Gender>(random, [
						['woman', 48],
						['man', 48],
						['another', 4],
					])
				: null,
		locale: localeIn(seat.country, random),
		enrolments: [] as PlannedEnrolment[],
	}))

	const cohorts = jointCohorts.map(({ title, startsDaysAgo }) => {
		const startsOn = before(now, startsDaysAgo)
		return {
			title,
			startsOn,
			endsOn: after(startsOn, 60),
			enrolmentOpensAt: before(startsOn, 45),
			enrolmentClosesAt: before(startsOn, 1),
		}
	})
	const inCohort = new Set<number>()
	jointCohorts.forEach((cohort, cohortIndex) => {
		const { enrolmentOpensAt, endsOn } = cohorts[cohortIndex]!
		for (const [country, count] of Object.entries(cohort.members)) {
			const members = learners.filter((learner) => learner.country === country && !inCohort.has(learner.number))
			for (const learner of members.slice(0, count)) {
				inCohort.add(learner.number)
				const completedAt = after(endsOn, -10 + random() * 20)
				learner.enrolments.push(
					planOutcomes(
						random,
						{
							course: cohortCourse,
							cohort: cohortIndex,
							enrolledAt: after(enrolmentOpensAt, random() * 43),
							completedAt: random() < 0.8 && completedAt < now ? completedAt : null,
						},
						now,
					),
				)
			}
		}
	})

	let longAgoCount = 0
	for (const [index, learner] of learners.entries()) {
		// One learner in twelve took the 24-month course about two years ago: half expired, half expiring.
		if (index % 12 === 5) {
			learner.enrolments.push(planOutcomes(random, longAgo(random, expiringCourse, longAgoCount++ % 2 === 1, now), now))
		} else if (random() < 0.8 || !learner.enrolments.length) {
			learner.enrolments.push(planOutcomes(random, selfPaced(random, expiringCourse, now), now))
		}
		if (random() < 0.45)
			learner.enrolments.push(planOutcomes(random, selfPaced(random, 'working-across-borders', now), now))
	}

	return {
		cohorts,
		learners: learners.map((learner) => {
			const first = Math.min(...learner.enrolments.map((enrolment) => enrolment.enrolledAt.getTime()))
			return { ...learner, createdAt: new Date(first - (1 + random() * 20) * dayMs) }
		}),
	}
}
