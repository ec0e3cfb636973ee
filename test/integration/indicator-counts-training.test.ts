import { and, asc, eq, inArray } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { indicatorCounts, indicatorRollups } from '#app/db/schema/index.ts'
import { cancelEvent } from '#app/modules/events/organising.server.ts'
import { type ApplicationWay, type Breakdown, type SeriesId } from '#app/modules/indicators/vocabulary.ts'
import { recountIndicators, rollUpIndicators, RollupStopped } from '#app/modules/indicators/rollup.server.ts'
import { createPublishedCourse } from '#test/course-factories.ts'
import { createActor, createOrganisation } from '#test/factories.ts'
import {
	alterCertificate,
	answerFeedback,
	createCohortStarting,
	createEventEnding,
	createLearner,
	enrolOn,
	placeAt,
	sendFollowUp,
} from '#test/indicator-factories.ts'

// Mid-July 2026: July is the running month, counted as of now; June and before are whole months.
const now = new Date('2026-07-15T12:00:00Z')
const at = (day: string) => new Date(`${day}T10:00:00Z`)

/**
 * Five officers in three countries (France and Germany in Europe, Morocco in Africa) and two organisations of
 * different types; three courses, A renewed by the refresher R. Every expected count in the tests below is worked
 * out by hand from this list, in the comments beside it.
 */
async function seed() {
	const agency = createOrganisation({ type: 'agency', country: 'FR' })
	const ngo = createOrganisation({ type: 'ngo', country: 'MA' })
	const fr1 = await createLearner('FR', agency.id, 'woman')
	const fr2 = await createLearner('FR', ngo.id, 'man')
	const ma1 = await createLearner('MA', ngo.id)
	const ma2 = await createLearner('MA', agency.id, 'woman')
	const de1 = await createLearner('DE', agency.id, 'another')
	const R = await createPublishedCourse()
	const A = await createPublishedCourse({ refresherCourse: R.course.slug })
	const B = await createPublishedCourse()

	// J: a joint cohort (FR and MA) starting in June; S: one country only (MA).
	const J = createCohortStarting(A.course.id, at('2026-06-08'))
	const S = createCohortStarting(B.course.id, at('2026-06-20'))

	const e1 = enrolOn(fr1.id, A, { enrolledAt: at('2026-05-03'), completedAt: at('2026-05-20') }) // c1
	const e2 = enrolOn(fr2.id, A, { enrolledAt: at('2026-06-02'), completedAt: at('2026-06-10'), cohortId: J.id }) // c2
	enrolOn(ma1.id, A, { enrolledAt: at('2026-06-05'), cohortId: J.id })
	const e4 = enrolOn(ma2.id, B, { enrolledAt: at('2026-06-07'), completedAt: at('2026-07-01'), cohortId: S.id }) // c3
	enrolOn(de1.id, B, { enrolledAt: at('2026-07-02') })
	const e6 = enrolOn(fr1.id, B, { enrolledAt: at('2024-01-10'), completedAt: at('2024-02-01') }) // c4
	const e7 = enrolOn(ma1.id, B, { enrolledAt: at('2024-06-01'), completedAt: at('2024-06-15') }) // c5
	enrolOn(de1.id, A, { enrolledAt: at('2024-04-01'), completedAt: at('2024-04-10') }) // c6, to 2026-04-10
	// The refresher, inside c6's renewal window: c7 is a certificate of A and c6 points at it.
	const e9 = enrolOn(de1.id, R, { enrolledAt: at('2026-03-01'), completedAt: at('2026-03-05') }) // c7
	const [c1, c2, c4, c5, c7] = [e1, e2, e6, e7, e9].map((one) => one.certificate!)
	alterCertificate(c2!.id, { revokedAt: at('2026-07-05') })
	alterCertificate(c4!.id, { expiresAt: at('2026-06-20') })
	alterCertificate(c5!.id, { expiresAt: at('2026-09-15') })

	// Usefulness, then whether they would recommend the course: e9 would, though it found the course of little use.
	answerFeedback(e1.enrolment.id, 5, at('2026-05-21'), true)
	answerFeedback(e2.enrolment.id, 3, at('2026-06-11'), false)
	answerFeedback(e4.enrolment.id, 4, at('2026-07-02'), true)
	answerFeedback(e9.enrolment.id, 2, at('2026-03-06'), true)
	// Ways as the form writes them, in the order of `applicationWays`.
	const c1Ways: ApplicationWay[] = ['identified-victim', 'cross-border-request']
	sendFollowUp(c1!.id, at('2026-06-01'), { applied: 'often', ways: c1Ways, answeredAt: at('2026-06-10') })
	sendFollowUp(c4!.id, at('2026-06-02'), {
		applied: 'once',
		ways: ['cross-border-request'],
		answeredAt: at('2026-07-03'),
	})
	sendFollowUp(c5!.id, at('2026-06-03'), { applied: 'not-relevant', answeredAt: at('2026-06-20') })
	sendFollowUp(c7!.id, at('2026-06-04'))

	const organiser = await createActor({ roles: ['trainer'] })
	const workshop = createEventEnding(organiser, 'training-workshop', at('2026-06-10'), 'AT')
	placeAt(workshop.id, fr1.id, 'registered', true)
	placeAt(workshop.id, ma1.id, 'registered', false)
	placeAt(workshop.id, de1.id, 'registered', true)
	placeAt(workshop.id, fr2.id, 'waitlisted')
	placeAt(workshop.id, ma2.id, 'cancelled')
	const webinar = createEventEnding(organiser, 'webinar', at('2026-06-20'), null)
	placeAt(webinar.id, ma2.id, 'registered', true)
	const cancelled = createEventEnding(organiser, 'seminar', at('2026-06-15'), 'FR')
	placeAt(cancelled.id, fr1.id, 'registered', true)
	expect(cancelEvent(organiser, cancelled.slug, 'No venue', at('2026-06-01')).ok).toBe(true)
	const ahead = createEventEnding(organiser, 'conference', at('2026-07-20'), 'MA')
	placeAt(ahead.id, ma1.id, 'registered')
	const july = createEventEnding(organiser, 'seminar', at('2026-07-05'), 'MA')
	placeAt(july.id, fr2.id, 'registered')

	return { agency, ngo, A: A.course.id, B: B.course.id, R: R.course.id }
}

let seeding: ReturnType<typeof seed> | undefined
const seeded = () => (seeding ??= seed())

function countOf(
	series: SeriesId,
	month: string,
	cell: { place?: string; organisationId?: string; breakdown?: Breakdown; value?: string } = {},
) {
	const row = getDb()
		.select({ count: indicatorCounts.count })
		.from(indicatorCounts)
		.where(
			and(
				eq(indicatorCounts.series, series),
				eq(indicatorCounts.month, month),
				eq(indicatorCounts.place, cell.place ?? ''),
				eq(indicatorCounts.organisationId, cell.organisationId ?? ''),
				eq(indicatorCounts.breakdown, cell.breakdown ?? ''),
				eq(indicatorCounts.value, cell.value ?? ''),
			),
		)
		.get()
	return row?.count ?? 0
}

/** The world, each seeded country, both regions and both organisations. */
async function places(series: SeriesId, month: string) {
	const { agency, ngo } = await seeded()
	return {
		world: countOf(series, month),
		FR: countOf(series, month, { place: 'FR' }),
		MA: countOf(series, month, { place: 'MA' }),
		DE: countOf(series, month, { place: 'DE' }),
		europe: countOf(series, month, { place: 'region:europe' }),
		africa: countOf(series, month, { place: 'region:africa' }),
		agency: countOf(series, month, { organisationId: agency.id }),
		ngo: countOf(series, month, { organisationId: ngo.id }),
	}
}

/** Every value of one breakdown in one place (the world unless told), for all organisations. */
function by(series: SeriesId, month: string, breakdown: Breakdown, place = '') {
	const rows = getDb()
		.select({ value: indicatorCounts.value, count: indicatorCounts.count })
		.from(indicatorCounts)
		.where(
			and(
				eq(indicatorCounts.series, series),
				eq(indicatorCounts.month, month),
				eq(indicatorCounts.place, place),
				eq(indicatorCounts.organisationId, ''),
				eq(indicatorCounts.breakdown, breakdown),
			),
		)
		.all()
	return Object.fromEntries(rows.map((row) => [row.value, row.count]))
}

function allCounts() {
	return getDb()
		.select()
		.from(indicatorCounts)
		.orderBy(
			asc(indicatorCounts.series),
			asc(indicatorCounts.month),
			asc(indicatorCounts.place),
			asc(indicatorCounts.organisationId),
			asc(indicatorCounts.breakdown),
			asc(indicatorCounts.value),
		)
		.all()
}

// Counted once for the value tests; the restart test ends on a full recount of the same data, so order is free.
let rolling: Promise<unknown> | undefined
const rolledUp = () => (rolling ??= seeded().then(() => recountIndicators({ now })))

test('enrolments and certificates issued count by the learner’s country, region, organisation and breakdowns', async () => {
	const { A, B, R } = await seeded()
	await rolledUp()
	// June: fr2 (FR, ngo, man) and ma1 (MA, ngo, not stated) in A; ma2 (MA, agency, woman) in B.
	expect(await places('enrolments', '2026-06')).toEqual({
		world: 3,
		FR: 1,
		MA: 2,
		DE: 0,
		europe: 1,
		africa: 2,
		agency: 1,
		ngo: 2,
	})
	expect(by('enrolments', '2026-06', 'course')).toEqual({ [A]: 2, [B]: 1 })
	expect(by('enrolments', '2026-06', 'course', 'MA')).toEqual({ [A]: 1, [B]: 1 })
	expect(by('enrolments', '2026-06', 'organisation-type')).toEqual({ ngo: 2, agency: 1 })
	expect(by('enrolments', '2026-06', 'gender')).toEqual({ man: 1, 'not-stated': 1, woman: 1 })
	expect(by('enrolments', '2026-06', 'gender', 'region:africa')).toEqual({ 'not-stated': 1, woman: 1 })
	// May fr1 in A, July de1 in B (the running month), March de1 in the refresher.
	expect(countOf('enrolments', '2026-05')).toBe(1)
	expect(await places('enrolments', '2026-07')).toMatchObject({ world: 1, DE: 1, europe: 1, agency: 1 })
	expect(by('enrolments', '2026-03', 'course')).toEqual({ [R]: 1 })
	expect(by('enrolments', '2026-01', 'course')).toEqual({})

	// c3 in July: ma2 (MA, agency, woman) in B. c7 in March: the renewal, a certificate of A although taken in R.
	expect(await places('certificates-issued', '2026-07')).toEqual({
		world: 1,
		FR: 0,
		MA: 1,
		DE: 0,
		europe: 0,
		africa: 1,
		agency: 1,
		ngo: 0,
	})
	expect(by('certificates-issued', '2026-07', 'gender')).toEqual({ woman: 1 })
	expect(by('certificates-issued', '2026-03', 'course')).toEqual({ [A]: 1 })
	expect(by('certificates-issued', '2026-03', 'organisation-type', 'DE')).toEqual({ agency: 1 })
	expect(countOf('certificates-issued', '2026-05')).toBe(1)
	expect(countOf('certificates-issued', '2026-06')).toBe(1)
})

test('certificates valid, expiring and expired stand as they stood at each month’s end, renewals and revocations included', async () => {
	const { agency, A, B } = await seeded()
	await rolledUp()
	// End of June: c1 (fr1 A), c2 (fr2 A, revoked only on 5 July), c5 (ma1 B), c7 (de1 A, the renewal).
	expect(await places('certificates-valid', '2026-06')).toEqual({
		world: 4,
		FR: 2,
		MA: 1,
		DE: 1,
		europe: 3,
		africa: 1,
		agency: 2,
		ngo: 2,
	})
	expect(by('certificates-valid', '2026-06', 'course')).toEqual({ [A]: 3, [B]: 1 })
	// c5 expires on 15 September, within 90 days of 1 July; c4 expired on 20 June and was not renewed.
	expect(await places('certificates-expiring', '2026-06')).toEqual({
		world: 1,
		FR: 0,
		MA: 1,
		DE: 0,
		europe: 0,
		africa: 1,
		agency: 0,
		ngo: 1,
	})
	expect(await places('certificates-expired', '2026-06')).toEqual({
		world: 1,
		FR: 1,
		MA: 0,
		DE: 0,
		europe: 1,
		africa: 0,
		agency: 1,
		ngo: 0,
	})
	expect(countOf('certificates-expired', '2026-06', { organisationId: agency.id, breakdown: 'course', value: B })).toBe(
		1,
	)
	// Now (15 July): c2 is revoked and c3 issued; c1, c3, c5, c7 valid.
	expect(await places('certificates-valid', '2026-07')).toMatchObject({ world: 4, FR: 1, MA: 2, DE: 1 })
	expect(countOf('certificates-expiring', '2026-07')).toBe(1)
	// End of May: c1, c4 (to 20 June, so expiring too), c5 (not yet within 90 days), c7.
	expect(await places('certificates-valid', '2026-05')).toMatchObject({ world: 4, FR: 2, MA: 1, DE: 1 })
	expect(by('certificates-expiring', '2026-05', 'course')).toEqual({ [B]: 1 })
	// End of February c6 was expiring and not yet renewed; by the end of March the renewal stood in its place.
	expect(countOf('certificates-valid', '2026-02')).toBe(3)
	expect(by('certificates-expiring', '2026-02', 'course', 'DE')).toEqual({ [A]: 1 })
	expect(countOf('certificates-valid', '2026-03', { place: 'DE' })).toBe(1)
	expect(countOf('certificates-expiring', '2026-03', { place: 'DE' })).toBe(0)
	// c6 expired on 10 April, but its holder holds the renewal: nobody's certificate of A lapsed.
	expect(countOf('certificates-expired', '2026-04')).toBe(0)
	expect(countOf('certificates-expired', '2026-05')).toBe(0)
})

test('a joint cohort counts once in each of its countries and under its country pair; a one-country cohort not at all', async () => {
	await rolledUp()
	expect(await places('joint-cohorts', '2026-06')).toEqual({
		world: 1,
		FR: 1,
		MA: 1,
		DE: 0,
		europe: 1,
		africa: 1,
		agency: 0,
		ngo: 0,
	})
	expect(by('joint-cohorts', '2026-06', 'country-pair')).toEqual({ 'FR-MA': 1 })
	expect(by('joint-cohorts', '2026-06', 'country-pair', 'region:africa')).toEqual({ 'FR-MA': 1 })
	expect(by('joint-cohorts', '2026-06', 'country-pair', 'DE')).toEqual({})
	expect(countOf('joint-cohorts', '2026-07')).toBe(0)
})

test('completions, feedback and follow-ups count the learner’s answers in the month they were given', async () => {
	const { A, B, R } = await seeded()
	await rolledUp()
	expect(by('completions', '2026-06', 'course')).toEqual({ [A]: 1 })
	expect(await places('completions', '2026-07')).toMatchObject({ world: 1, MA: 1, africa: 1, agency: 1 })
	expect(by('completions', '2026-03', 'course')).toEqual({ [R]: 1 })

	// Feedback: May e1 (fr1 A, 5, recommends), June e2 (fr2 A, 3, does not), July e4 (ma2 B, 4, recommends), March
	// e9 (de1 R, 2, recommends).
	expect(by('feedback-answers', '2026-06', 'course')).toEqual({ [A]: 1 })
	expect(countOf('feedback-useful', '2026-06')).toBe(0)
	expect(await places('feedback-useful', '2026-07')).toMatchObject({ world: 1, MA: 1, agency: 1 })
	expect(by('feedback-answers', '2026-05', 'course', 'FR')).toEqual({ [A]: 1 })
	expect(countOf('feedback-useful', '2026-05')).toBe(1)
	expect(by('feedback-answers', '2026-03', 'course')).toEqual({ [R]: 1 })
	expect(countOf('feedback-useful', '2026-03')).toBe(0)
	expect(countOf('feedback-recommending', '2026-06')).toBe(0)
	expect(await places('feedback-recommending', '2026-07')).toEqual({
		world: 1,
		FR: 0,
		MA: 1,
		DE: 0,
		europe: 0,
		africa: 1,
		agency: 1,
		ngo: 0,
	})
	expect(by('feedback-recommending', '2026-07', 'course')).toEqual({ [B]: 1 })
	expect(by('feedback-recommending', '2026-05', 'course', 'region:europe')).toEqual({ [A]: 1 })
	expect(await places('feedback-recommending', '2026-03')).toMatchObject({ world: 1, DE: 1, europe: 1, agency: 1 })
	expect(by('feedback-recommending', '2026-03', 'course')).toEqual({ [R]: 1 })

	// Sent in June: c1 (fr1 A), c4 (fr1 B), c5 (ma1 B), c7 (de1 A).
	expect(await places('follow-ups-sent', '2026-06')).toEqual({
		world: 4,
		FR: 2,
		MA: 1,
		DE: 1,
		europe: 3,
		africa: 1,
		agency: 3,
		ngo: 1,
	})
	expect(by('follow-ups-sent', '2026-06', 'course')).toEqual({ [A]: 2, [B]: 2 })
	// Answered in June: c1 'often', c5 'not-relevant'; in July c4 'once'. c7's question is still open.
	expect(await places('follow-ups-answered', '2026-06')).toMatchObject({ world: 2, FR: 1, MA: 1, DE: 0 })
	expect(by('follow-ups-answered', '2026-06', 'course')).toEqual({ [A]: 1, [B]: 1 })
	expect(await places('follow-ups-applied', '2026-06')).toMatchObject({ world: 1, FR: 1, MA: 0, agency: 1, ngo: 0 })
	expect(by('follow-ups-applied', '2026-06', 'course')).toEqual({ [A]: 1 })
	expect(by('follow-ups-answered', '2026-07', 'course', 'FR')).toEqual({ [B]: 1 })
	expect(countOf('follow-ups-applied', '2026-07')).toBe(1)
	expect(countOf('follow-ups-sent', '2026-07')).toBe(0)

	// Ways named: in June c1 (fr1, FR, agency) two ways, one answer; c5 said it was not relevant and named none. In July
	// c4 (fr1) one way.
	expect(await places('follow-ups-ways', '2026-06')).toEqual({
		world: 1,
		FR: 1,
		MA: 0,
		DE: 0,
		europe: 1,
		africa: 0,
		agency: 1,
		ngo: 0,
	})
	expect(by('follow-ups-ways', '2026-06', 'way')).toEqual({ 'identified-victim': 1, 'cross-border-request': 1 })
	expect(by('follow-ups-ways', '2026-06', 'way', 'region:africa')).toEqual({})
	expect(await places('follow-ups-ways', '2026-07')).toMatchObject({ world: 1, FR: 1, agency: 1 })
	expect(by('follow-ups-ways', '2026-07', 'way', 'FR')).toEqual({ 'cross-border-request': 1 })
	expect(countOf('follow-ups-ways', '2026-05')).toBe(0)
})

test('the answers are not broken down by answer: a parent’s answer cells would give a hidden child cell back', async () => {
	await rolledUp()
	const shown = getDb()
		.selectDistinct({ series: indicatorCounts.series, breakdown: indicatorCounts.breakdown })
		.from(indicatorCounts)
		.where(inArray(indicatorCounts.series, ['feedback-answers', 'follow-ups-answered']))
		.orderBy(asc(indicatorCounts.series), asc(indicatorCounts.breakdown))
		.all()
	expect(shown).toEqual([
		{ series: 'feedback-answers', breakdown: '' },
		{ series: 'feedback-answers', breakdown: 'course' },
		{ series: 'follow-ups-answered', breakdown: '' },
		{ series: 'follow-ups-answered', breakdown: 'course' },
	])
})

test('events count once held and not cancelled; participants and attendance count where the participants come from', async () => {
	const { agency, ngo } = await seeded()
	await rolledUp()
	// June: the workshop in Austria and the webinar online (counted in the world only); the seminar was cancelled.
	expect(countOf('events-held', '2026-06')).toBe(2)
	expect(countOf('events-held', '2026-06', { place: 'AT' })).toBe(1)
	expect(countOf('events-held', '2026-06', { place: 'region:europe' })).toBe(1)
	expect(countOf('events-held', '2026-06', { place: 'FR' })).toBe(0)
	expect(by('events-held', '2026-06', 'event-kind')).toEqual({ 'training-workshop': 1, webinar: 1 })
	// July: the seminar that ended on the 5th; the conference ending on the 20th is still ahead.
	expect(by('events-held', '2026-07', 'event-kind', 'MA')).toEqual({ seminar: 1 })
	expect(countOf('events-held', '2026-07')).toBe(1)

	// Confirmed places in June: fr1, ma1, de1 at the workshop, ma2 at the webinar (not fr2 waiting, not ma2 cancelled).
	expect(await places('event-participants', '2026-06')).toEqual({
		world: 4,
		FR: 1,
		MA: 2,
		DE: 1,
		europe: 2,
		africa: 2,
		agency: 3,
		ngo: 1,
	})
	expect(by('event-participants', '2026-06', 'event-kind')).toEqual({ 'training-workshop': 3, webinar: 1 })
	expect(countOf('event-participants', '2026-06', { place: 'AT' })).toBe(0)
	// Came: fr1, de1, ma2 (ma1 was marked absent).
	expect(await places('event-attendance', '2026-06')).toEqual({
		world: 3,
		FR: 1,
		MA: 1,
		DE: 1,
		europe: 2,
		africa: 1,
		agency: 3,
		ngo: 0,
	})
	expect(by('event-attendance', '2026-06', 'event-kind', 'region:europe')).toEqual({ 'training-workshop': 2 })
	expect(await places('event-participants', '2026-07')).toMatchObject({ world: 1, FR: 1, MA: 0, ngo: 1 })
	expect(countOf('event-attendance', '2026-07', { organisationId: agency.id })).toBe(0)
	expect(countOf('event-attendance', '2026-07', { organisationId: ngo.id })).toBe(0)
})

test('roll-ups give the same numbers as a full recount after a restart mid-way', { timeout: 60_000 }, async () => {
	await seeded()
	getDb().delete(indicatorCounts).run()
	getDb().delete(indicatorRollups).run()
	// Cut off part-way through the third series (certificates standing: 36 months each), then again further on.
	await expect(rollUpIndicators({ now, stopAfter: 36 * 2 + 10 })).rejects.toBeInstanceOf(RollupStopped)
	await expect(rollUpIndicators({ now, stopAfter: 60 })).rejects.toBeInstanceOf(RollupStopped)
	await rollUpIndicators({ now })
	const resumed = allCounts()
	await recountIndicators({ now })
	const recounted = allCounts()
	expect(resumed.some((row) => row.series === 'event-attendance')).toBe(true)
	expect(resumed.length).toBe(recounted.length)
	expect(resumed).toEqual(recounted)
})
