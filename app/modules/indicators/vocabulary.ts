/**
 * The words of the indicators. A series is one thing Atlas counts, month by month, from one area's own data; an
 * indicator shown to people is a series, or the share one series is of another (answers of the people asked).
 * Free of drizzle and zod so the schema, the roll-up and the pages share them.
 */

/** How a series adds up over time: events that happened in a month, or what stood at the month's end. */
export const seriesKinds = ['flow', 'stock'] as const
export type SeriesKind = (typeof seriesKinds)[number]

/**
 * A stock either follows from dated records (so any past month can be recounted), or exists only as it is now (a
 * focal point keeps only its last confirmation): a snapshot series is counted for the current month and kept.
 */
export const seriesHistories = ['dated', 'snapshot'] as const
export type SeriesHistory = (typeof seriesHistories)[number]

/** The areas indicators come from, in the order the dashboard shows them. */
export const indicatorAreas = [
	'training',
	'joint-training',
	'outcomes',
	'events',
	'library',
	'laws',
	'programmes',
	'cooperation',
	'awareness',
] as const
export type IndicatorArea = (typeof indicatorAreas)[number]

export const seriesIds = [
	// training
	'enrolments',
	'certificates-issued',
	'certificates-valid',
	'certificates-expiring',
	'certificates-expired',
	// joint training
	'joint-cohorts',
	// learning outcomes
	'completions',
	'feedback-answers',
	'feedback-useful',
	'feedback-recommending',
	'follow-ups-sent',
	'follow-ups-answered',
	'follow-ups-applied',
	'follow-ups-ways',
	// events
	'events-held',
	'event-participants',
	'event-attendance',
	// library
	'documents-published',
	'protocol-adoptions',
	'zero-result-searches',
	// laws
	'law-elements-covered',
	// programmes (survivor side: monthly counts per programme only)
	'programme-listings',
	'programme-listings-verified',
	'programme-views',
	'interest-requests',
	// cooperation
	'focal-points',
	'focal-points-confirmed',
	'partnerships',
	'commitments',
	'commitments-met',
	// awareness
	'campaign-views',
	'kit-downloads',
	'reported-reach',
] as const
export type SeriesId = (typeof seriesIds)[number]

/** What a series can be broken down by, beside place (country or region) and organisation. */
export const breakdowns = [
	'course',
	'organisation-type',
	'gender',
	'country-pair',
	'event-kind',
	'document-type',
	'language',
	'element',
	'programme',
	'campaign',
	'reach-kind',
	'way',
] as const
export type Breakdown = (typeof breakdowns)[number]

/** Counts below this are shown as "fewer than 5" to anyone but a coordinator, in pages and exports alike. */
export const smallestShownCount = 5

/** A follow-up survey asks, this long after a certificate, whether and how the officer applied the course at work. */
export const followUpAfterDays = 91
/** Certificates this close to expiry count as "expiring". */
export const expiringWithinDays = 90
/** A programme listing or focal point confirmed within this many months counts as current. */
export const currentWithinMonths = 12

/** The feedback asked at completion (reaction): how useful, on a scale of five. */
export const usefulnessScale = [1, 2, 3, 4, 5] as const
/** From this answer up, the learner found the course useful. */
export const usefulFrom = 4

/** The follow-up (behaviour): whether the officer applied the course at work, and how. */
export const appliedAnswers = ['often', 'once', 'not-yet', 'not-relevant'] as const
export type AppliedAnswer = (typeof appliedAnswers)[number]
export const appliedAnswersCounted: readonly AppliedAnswer[] = ['often', 'once']
export const applicationWays = [
	'identified-victim',
	'referred-case',
	'cross-border-request',
	'trained-colleagues',
	'changed-procedure',
	'other',
] as const
export type ApplicationWay = (typeof applicationWays)[number]
