import { type Breakdown, type IndicatorArea, type SeriesHistory, type SeriesId, type SeriesKind } from './vocabulary.ts'

/**
 * The indicator framework, in one place. Each series names how it adds up over time, its breakdowns, and whether
 * organisation admins see their own organisation's part; its name and definition (what it counts, from which
 * data) are translated in `indicators.json` under `series.<id>`. Each indicator shown is a series, or a share of
 * one series in another; targets are set on indicators, per year and country.
 */
export type Series = {
	id: SeriesId
	area: IndicatorArea
	kind: SeriesKind
	history: SeriesHistory
	breakdowns: readonly Breakdown[]
	/** Counted per organisation as well (the organisation whose people or work it counts). */
	byOrganisation: boolean
	/** Whether a higher count is progress, or a lower one (certificates left to expire, searches that found nothing). */
	better: 'more' | 'less'
	/**
	 * Written with a past date (a partner reports last spring's reach; an organisation says when it adopted a
	 * protocol): every roll-up counts its whole history again, which its small table makes cheap.
	 */
	backdated: boolean
}

/** When the framework's definitions last changed: search dates the indicators' pages by it. */
export const frameworkDate = '2026-12-07'

const series = (
	id: SeriesId,
	area: IndicatorArea,
	kind: SeriesKind,
	breakdowns: readonly Breakdown[] = [],
	options: { history?: SeriesHistory; byOrganisation?: boolean; better?: 'less'; backdated?: boolean } = {},
): Series => ({
	id,
	area,
	kind,
	history: options.history ?? 'dated',
	breakdowns,
	byOrganisation: options.byOrganisation ?? false,
	better: options.better ?? 'more',
	backdated: options.backdated ?? false,
})

const learners = ['course', 'organisation-type', 'gender'] as const
const own = { byOrganisation: true }

export const seriesList: readonly Series[] = [
	series('enrolments', 'training', 'flow', learners, own),
	series('certificates-issued', 'training', 'flow', learners, own),
	series('certificates-valid', 'training', 'stock', ['course'], own),
	series('certificates-expiring', 'training', 'stock', ['course'], own),
	series('certificates-expired', 'training', 'stock', ['course'], { ...own, better: 'less' }),
	series('joint-cohorts', 'joint-training', 'flow', ['country-pair']),
	series('completions', 'outcomes', 'flow', ['course'], own),
	// The answers' own breakdown by usefulness or by "applied" would give a hidden useful or applied cell back by a
	// difference (each series is suppressed on its own), so the parents are broken down by course only.
	series('feedback-answers', 'outcomes', 'flow', ['course'], own),
	series('feedback-useful', 'outcomes', 'flow', ['course'], own),
	series('feedback-recommending', 'outcomes', 'flow', ['course'], own),
	series('follow-ups-sent', 'outcomes', 'flow', ['course'], own),
	series('follow-ups-answered', 'outcomes', 'flow', ['course'], own),
	series('follow-ups-applied', 'outcomes', 'flow', ['course'], own),
	series('follow-ups-ways', 'outcomes', 'flow', ['way'], own),
	series('events-held', 'events', 'flow', ['event-kind']),
	series('event-participants', 'events', 'flow', ['event-kind'], own),
	series('event-attendance', 'events', 'flow', ['event-kind'], own),
	series('documents-published', 'library', 'flow', ['document-type', 'language']),
	series('protocol-adoptions', 'library', 'flow', ['document-type'], { ...own, backdated: true }),
	series('zero-result-searches', 'library', 'flow', ['language'], { better: 'less' }),
	series('law-elements-covered', 'laws', 'stock', ['element']),
	series('programme-listings', 'programmes', 'stock', [], { history: 'snapshot' }),
	series('programme-listings-verified', 'programmes', 'stock', [], { history: 'snapshot' }),
	series('programme-views', 'programmes', 'flow', ['programme']),
	series('interest-requests', 'programmes', 'flow', ['programme']),
	series('focal-points', 'cooperation', 'stock', [], { history: 'snapshot', ...own }),
	series('focal-points-confirmed', 'cooperation', 'stock', [], { history: 'snapshot', ...own }),
	series('partnerships', 'cooperation', 'stock', [], { history: 'snapshot', ...own }),
	series('commitments', 'cooperation', 'stock', [], { history: 'snapshot', ...own }),
	series('commitments-met', 'cooperation', 'stock', [], { history: 'snapshot', ...own }),
	series('campaign-views', 'awareness', 'flow', ['campaign']),
	series('kit-downloads', 'awareness', 'flow', ['campaign']),
	series('reported-reach', 'awareness', 'flow', ['campaign', 'reach-kind'], { backdated: true }),
]

export const seriesById = new Map(seriesList.map((one) => [one.id, one]))

/** An indicator shown on the dashboard: a count of one series, or the share (in percent) of `part` in `whole`. */
export type Indicator =
	| { id: string; area: IndicatorArea; unit: 'count'; series: SeriesId }
	| { id: string; area: IndicatorArea; unit: 'share'; part: SeriesId; whole: SeriesId }

const count = (id: SeriesId): Indicator => ({ id, area: seriesById.get(id)!.area, unit: 'count', series: id })
const share = (id: string, part: SeriesId, whole: SeriesId): Indicator => ({
	id,
	area: seriesById.get(part)!.area,
	unit: 'share',
	part,
	whole,
})

export const indicators: readonly Indicator[] = [
	...seriesList.map((one) => count(one.id)),
	share('feedback-answer-rate', 'feedback-answers', 'completions'),
	share('feedback-useful-share', 'feedback-useful', 'feedback-answers'),
	share('feedback-recommend-share', 'feedback-recommending', 'feedback-answers'),
	share('follow-up-answer-rate', 'follow-ups-answered', 'follow-ups-sent'),
	share('follow-up-applied-share', 'follow-ups-applied', 'follow-ups-answered'),
	share('programme-listings-verified-share', 'programme-listings-verified', 'programme-listings'),
	share('focal-points-confirmed-share', 'focal-points-confirmed', 'focal-points'),
	share('commitments-met-share', 'commitments-met', 'commitments'),
]

export const indicatorById = new Map(indicators.map((one) => [one.id, one]))

/** Whether more is better for an indicator: a share always; a count as its series says. */
export const betterOf = (indicator: Indicator) =>
	indicator.unit === 'count' ? seriesById.get(indicator.series)!.better : 'more'

/** The series an indicator reads. */
export const seriesOf = (indicator: Indicator): SeriesId[] =>
	indicator.unit === 'count' ? [indicator.series] : [indicator.part, indicator.whole]
