import { eq } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { newsStories } from '#app/db/schema/index.ts'
import { type Language } from '#app/platform/i18n.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { slugWords } from '#app/platform/slugs.ts'
import { utcToZonedInput } from '#app/platform/zoned-time.ts'
import { checkSurvivorConsent, type StoryTexts } from './story.ts'
import { findStory, isCampaignOf, mayWriteStory, organisationOf, type StoryRow } from './store.server.ts'
import { type StoryKind } from './vocabulary.ts'

export type StoryInput = {
	kind: StoryKind
	texts: StoryTexts
	sourceLanguage: Language
	organisationId: string
	campaignId: string | null
	embargoUntil: Date | null
	namesSurvivor: boolean
	consentOrganisationId: string | null
	consentReference: string | null
}

export type WritingRefusal =
	| 'forbidden'
	| 'not-found'
	| 'locked'
	| 'source-text'
	| 'unknown-organisation'
	| 'unknown-campaign'
	| 'unknown-consent-organisation'
	| 'consent-organisation-required'
	| 'consent-reference-required'

/** A story's writer may change it only while it is a draft (new, or returned with a note): a reviewer holds it after. */
export function isEditable(story: Pick<StoryRow, 'state'>) {
	return story.state === 'draft'
}

/** A story by its address for someone who may write it; a refusal otherwise (403, or 404 when there is none). */
export function writableStory(actor: Actor, slug: string, db: Db = getDb()) {
	const story = findStory(slug, db)
	if (!story) return refuse('not-found')
	if (!mayWriteStory(actor, story)) return refuse('forbidden')
	return done({ story })
}

// These are pages of their own, so a story with one of these addresses could never be opened.
const reservedSlugs = new Set(['new', 'mine', 'review'])

function uniqueSlug(tx: Db, title: string) {
	const words = slugWords(title) || 'story'
	const base = (reservedSlugs.has(words) ? `${words}-story` : words).slice(0, 70)
	for (let attempt = 1; ; attempt += 1) {
		const slug = attempt === 1 ? base : `${base}-${attempt}`
		if (!findStory(slug, tx)) return slug
	}
}

function checkInput(tx: Db, actor: Actor, input: StoryInput) {
	if (!input.texts[input.sourceLanguage]) return refuse('source-text', { field: `title.${input.sourceLanguage}` })
	const organisation = organisationOf(input.organisationId, tx)
	if (!organisation || organisation.status !== 'approved')
		return refuse('unknown-organisation', { field: 'organisationId' })
	// An organisation admin writes for their own organisation only; moving a story elsewhere is writing for another.
	if (!can(actor, 'news:write', { organisationId: input.organisationId }))
		return refuse('forbidden', { field: 'organisationId' })
	if (input.campaignId && !isCampaignOf(input.campaignId, input.organisationId, tx))
		return refuse('unknown-campaign', { field: 'campaignId' })
	const consent = checkSurvivorConsent(input)
	if (!consent.ok) return consent
	if (input.namesSurvivor && organisationOf(input.consentOrganisationId!, tx)?.status !== 'approved')
		return refuse('unknown-consent-organisation', { field: 'consentOrganisationId' })
	return done()
}

/**
 * Creates a story (`existingSlug` null) or saves a draft; `submit` also sends it for review, after which its
 * writers can no longer change it until a reviewer returns it.
 */
export function saveStory(
	actor: Actor,
	input: StoryInput,
	existingSlug: string | null,
	submit: boolean,
	now: Date,
): Outcome<WritingRefusal, { slug: string }> {
	return writeTransaction((tx) => {
		const existing = existingSlug ? findStory(existingSlug, tx) : undefined
		if (existingSlug && !existing) return refuse('not-found')
		if (existing && !mayWriteStory(actor, existing)) return refuse('forbidden')
		if (existing && !isEditable(existing)) return refuse('locked')
		const checked = checkInput(tx, actor, input)
		if (!checked.ok) return checked
		const values = {
			...input,
			// Consent is recorded only for a story that needs it, so no stale record stays attached to one that does not.
			consentOrganisationId: input.namesSurvivor ? input.consentOrganisationId : null,
			consentReference: input.namesSurvivor ? input.consentReference : null,
			state: submit ? ('submitted' as const) : ('draft' as const),
			// A resubmitted story is judged afresh; the old note answered the old version.
			reviewNote: submit ? null : (existing?.reviewNote ?? null),
			submittedBy: submit ? actor.id : null,
			updatedAt: now,
		}
		const story = existing
			? tx.update(newsStories).set(values).where(eq(newsStories.id, existing.id)).returning().get()
			: tx
					.insert(newsStories)
					.values({
						...values,
						slug: uniqueSlug(tx, input.texts[input.sourceLanguage]!.title),
						authorId: actor.id,
						createdAt: now,
					})
					.returning()
					.get()
		return done({ slug: story.slug })
	})
}

/** A saved story as its form shows it: the embargo back on the writer's own clock. */
export function storyFormValues(story: StoryRow, writerZone: string) {
	const values: Record<string, string> = {
		kind: story.kind,
		sourceLanguage: story.sourceLanguage,
		organisationId: story.organisationId,
		campaignId: story.campaignId ?? '',
		embargoUntil: story.embargoUntil ? utcToZonedInput(story.embargoUntil, writerZone) : '',
		consentOrganisationId: story.consentOrganisationId ?? '',
		consentReference: story.consentReference ?? '',
	}
	if (story.namesSurvivor) values.namesSurvivor = 'on'
	for (const [language, text] of Object.entries(story.texts)) {
		values[`title.${language}`] = text.title
		values[`summary.${language}`] = text.summary
		values[`body.${language}`] = text.body
	}
	return values
}
