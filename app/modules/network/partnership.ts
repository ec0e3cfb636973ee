import { type Language } from '#app/platform/i18n.ts'
import { isCalendarDay } from '#app/platform/format.ts'
import { done, refuse } from '#app/platform/outcome.ts'
import { type PartnershipStatus } from './vocabulary.ts'

/** What a partnership says in one language: the page's heading and its goal. */
export type PartnershipText = { title: string; goal: string }
export type PartnershipTexts = Partial<Record<Language, PartnershipText>>

/** What the partnership form saves; who may save it is checked against the partners it names. */
export type PartnershipInput = {
	texts: PartnershipTexts
	sourceLanguage: Language
	countries: string[]
	startsOn: string
	endsOn: string | null
	status: PartnershipStatus
	partnerIds: string[]
	/** Ticked when the form was told that dropping a partner also drops its commitments. */
	confirmRemoval: boolean
}

/**
 * A partnership's page may be shown to anyone only when every partner agreed: one partner's "not yet" keeps it
 * among members, and a partnership without partners speaks for nobody. The list's SQL says the same
 * (`publishedCondition` in partnerships.server.ts).
 */
export function isPublished(partners: readonly { agreesToPublish: boolean }[]) {
	return partners.length > 0 && partners.every((partner) => partner.agreesToPublish)
}

/** The partners still to agree, by name, for the "waiting for …" notice. */
export function waitingFor<T extends { agreesToPublish: boolean }>(partners: readonly T[]) {
	return partners.filter((partner) => !partner.agreesToPublish)
}

/** A period is whole days; an open end means the partnership runs on. */
export function checkPeriod(period: { startsOn: string; endsOn: string | null }) {
	if (!isCalendarDay(period.startsOn)) return refuse('invalid-day', { field: 'startsOn' })
	if (period.endsOn !== null && !isCalendarDay(period.endsOn)) return refuse('invalid-day', { field: 'endsOn' })
	if (period.endsOn !== null && period.endsOn < period.startsOn) return refuse('ends-before-start', { field: 'endsOn' })
	return done()
}

/** Progress is reported for what happened: a day in the future would be a promise, which is a commitment. */
export function checkReportDay(reportedOn: string, today: string) {
	if (!isCalendarDay(reportedOn)) return refuse('invalid-day', { field: 'reportedOn' })
	if (reportedOn > today) return refuse('report-in-future', { field: 'reportedOn' })
	return done()
}
