import { z } from 'zod'
import { type StoryTexts } from '#app/modules/news/story.ts'
import { storyKinds, storyLimits } from '#app/modules/news/vocabulary.ts'
import { type StoryInput } from '#app/modules/news/writing.server.ts'
import { choice, optionalText, requiredText } from '#app/platform/form-fields.ts'
import { echoValues, type FieldErrors, formValues, parseSubmission, type Submission } from '#app/platform/forms.ts'
import { languages } from '#app/platform/i18n.ts'
import { zonedTimeToUtc } from '#app/platform/zoned-time.ts'

const id = z
	.string()
	.trim()
	.max(64, 'errors.invalid')
	.optional()
	.transform((value) => value || null)

const storyFormSchema = z.object({
	kind: choice(storyKinds),
	sourceLanguage: choice(languages),
	organisationId: requiredText(64),
	campaignId: id,
	embargoUntil: z.string().trim().max(25, 'errors.invalid').optional().default(''),
	namesSurvivor: z.literal('on', { error: 'errors.invalid' }).optional(),
	consentOrganisationId: id,
	consentReference: optionalText(storyLimits.consentReference),
	intent: z.enum(['save', 'submit'], { error: 'errors.invalid' }).optional().default('save'),
	...Object.fromEntries(
		languages.flatMap((language) => [
			[`title.${language}`, optionalText(storyLimits.title)],
			[`summary.${language}`, optionalText(storyLimits.summary)],
			[`body.${language}`, optionalText(storyLimits.body)],
		]),
	),
})

/**
 * Reads the story form. A language is written when any of its three fields is; then all three are needed. The
 * embargo is a wall-clock time on the writer's own clock; a time their zone skips is refused, not moved.
 */
export function parseStoryForm(form: FormData, writerZone: string): Submission<StoryInput & { submit: boolean }> {
	const submission = parseSubmission(storyFormSchema, form)
	if (!submission.success) return submission
	const raw = submission.data as z.output<typeof storyFormSchema> & Record<string, string | undefined>
	const errors: FieldErrors = {}
	const texts: StoryTexts = {}
	for (const language of languages) {
		const parts = {
			title: raw[`title.${language}`],
			summary: raw[`summary.${language}`],
			body: raw[`body.${language}`],
		}
		if (!parts.title && !parts.summary && !parts.body) continue
		for (const [part, value] of Object.entries(parts))
			if (!value) errors[`${part}.${language}`] = ['news:errors.part-required']
		texts[language] = { title: parts.title ?? '', summary: parts.summary ?? '', body: parts.body ?? '' }
	}
	if (!texts[raw.sourceLanguage]) errors[`title.${raw.sourceLanguage}`] = ['news:errors.source-text']
	let embargoUntil: Date | null = null
	if (raw.embargoUntil) {
		embargoUntil = zonedTimeToUtc(raw.embargoUntil, writerZone)
		if (!embargoUntil) errors.embargoUntil = ['news:errors.no-such-time']
	}
	const namesSurvivor = raw.namesSurvivor === 'on'
	if (namesSurvivor && !raw.consentOrganisationId)
		errors.consentOrganisationId = ['news:errors.consent-organisation-required']
	if (namesSurvivor && !raw.consentReference) errors.consentReference = ['news:errors.consent-reference-required']
	if (Object.keys(errors).length) return { success: false, fieldErrors: errors, values: echoValues(formValues(form)) }
	return {
		success: true,
		data: {
			kind: raw.kind,
			texts,
			sourceLanguage: raw.sourceLanguage,
			organisationId: raw.organisationId,
			campaignId: raw.campaignId,
			embargoUntil,
			namesSurvivor,
			consentOrganisationId: namesSurvivor ? raw.consentOrganisationId : null,
			consentReference: namesSurvivor ? (raw.consentReference ?? null) : null,
			submit: raw.intent === 'submit',
		},
	}
}

export const returnStorySchema = z.object({ note: requiredText(storyLimits.reviewNote) })

/** What the form shows again after a refusal: every field as typed, bodies in full (a long story must not be cut). */
export function storyFormEcho(form: FormData) {
	const values = echoValues(formValues(form))
	for (const language of languages) {
		const body = form.get(`body.${language}`)
		if (typeof body === 'string') values[`body.${language}`] = body.slice(0, storyLimits.body)
	}
	return values
}
