import { type StoryText } from '#app/db/schema/news.ts'
import { type Language } from '#app/platform/i18n.ts'
import { done, refuse } from '#app/platform/outcome.ts'
import { type StoryState } from './vocabulary.ts'

/** A story's words in each language its writers wrote; readers get theirs or the source language. */
export type StoryTexts = Partial<Record<Language, StoryText>>

export type SurvivorConsent = {
	namesSurvivor: boolean
	consentOrganisationId: string | null
	consentReference: string | null
}

/**
 * A story that names or shows a survivor goes out only with the consent the organisation supporting them recorded:
 * which organisation, and its own reference to find the record. Checked on saving, submitting and publishing, so
 * a row changed by any other way still cannot go public without it.
 */
export function checkSurvivorConsent(story: SurvivorConsent) {
	if (!story.namesSurvivor) return done()
	if (!story.consentOrganisationId) return refuse('consent-organisation-required', { field: 'consentOrganisationId' })
	if (!story.consentReference?.trim()) return refuse('consent-reference-required', { field: 'consentReference' })
	return done()
}

/** When an approved story goes public: at once, or when its embargo lifts if that is later. */
export function publicationTime(approvedAt: Date, embargoUntil: Date | null) {
	return embargoUntil && embargoUntil > approvedAt ? embargoUntil : approvedAt
}

/** Public means published and due: pages, the list and the feed ask this, never whether a job has run. */
export function isPublicAt(story: { state: StoryState; publishedAt: Date | null }, now: Date) {
	return story.state === 'published' && story.publishedAt !== null && story.publishedAt <= now
}
