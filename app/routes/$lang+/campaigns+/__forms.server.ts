import { z } from 'zod'
import { type CampaignInput } from '#app/modules/campaigns/campaign.ts'
import {
	campaignAudiences,
	materialKinds,
	maxCampaignPartners,
	maxReportedAmount,
	maxReportedSource,
	reportedReachKinds,
} from '#app/modules/campaigns/vocabulary.ts'
import { countryCodes } from '#app/platform/countries.ts'
import { choice, emailAddress, optionalText, requiredText, ticked } from '#app/platform/form-fields.ts'
import { isCalendarDay } from '#app/platform/format.ts'
import { echoValues, type FieldErrors, formValues, parseSubmission, type Submission } from '#app/platform/forms.ts'
import { languages } from '#app/platform/i18n.ts'

/** A field sent once, several times or not at all (a multiple choice). */
const several = (max: number, message: string) =>
	z
		.union([z.string().max(64), z.array(z.string().max(64)).max(500)])
		.optional()
		.transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
		.transform((values) => [...new Set(values.filter(Boolean))])
		.pipe(z.array(z.string()).max(max, message))

const optionalDay = z
	.string({ error: 'errors.invalid' })
	.trim()
	.optional()
	.transform((value) => value ?? '')
	.refine((value) => value === '' || isCalendarDay(value), 'campaigns:errors.day')

const textFields = Object.fromEntries(
	languages.flatMap((language) => [
		[`title.${language}`, optionalText(200)],
		[`message.${language}`, optionalText(4000)],
		[`signs.${language}`, optionalText(4000)],
	]),
)

const campaignFormSchema = z.object({
	sourceLanguage: choice(languages),
	countries: ticked(countryCodes),
	audiences: ticked(campaignAudiences),
	startsOn: optionalDay,
	endsOn: optionalDay,
	organisationId: requiredText(64),
	partnerIds: several(maxCampaignPartners, 'campaigns:errors.too-many-partners'),
	pressName: requiredText(200),
	pressEmail: emailAddress(),
	pressPhone: optionalText(40).refine(
		(value) => !value || /^\+?[0-9 ().-]{4,40}$/.test(value),
		'campaigns:errors.phone',
	),
	...textFields,
})

/**
 * Reads the campaign form: a language counts once it has a title, and then needs its message; the source
 * language must be one of them. A period is both days or neither (a draft may not know it yet).
 */
export function parseCampaignForm(form: FormData): Submission<CampaignInput> {
	const submission = parseSubmission(campaignFormSchema, form)
	if (!submission.success) return submission
	const raw = submission.data as z.output<typeof campaignFormSchema> & Record<string, string | undefined>
	const errors: FieldErrors = {}
	const texts: CampaignInput['texts'] = {}
	for (const language of languages) {
		const [title, message, signs] = ['title', 'message', 'signs'].map((part) => raw[`${part}.${language}`])
		if (title && message) texts[language] = { title, message, signs: signs ?? '' }
		else if (title) errors[`message.${language}`] = ['errors.required']
		else if (message || signs) errors[`title.${language}`] = ['campaigns:errors.title-for-text']
	}
	if (!texts[raw.sourceLanguage] && !errors[`title.${raw.sourceLanguage}`])
		errors[`title.${raw.sourceLanguage}`] = ['campaigns:errors.source-title']
	if (Boolean(raw.startsOn) !== Boolean(raw.endsOn))
		errors[raw.startsOn ? 'endsOn' : 'startsOn'] = ['campaigns:errors.both-days']
	if (Object.keys(errors).length) return { success: false, fieldErrors: errors, values: echoValues(formValues(form)) }
	return {
		success: true,
		data: {
			texts,
			sourceLanguage: raw.sourceLanguage,
			countries: [...new Set(raw.countries)],
			audiences: [...new Set(raw.audiences)],
			startsOn: raw.startsOn,
			endsOn: raw.endsOn,
			organisationId: raw.organisationId,
			partnerIds: raw.partnerIds,
			pressName: raw.pressName,
			pressEmail: raw.pressEmail,
			pressPhone: raw.pressPhone ?? null,
		},
	}
}

/** The fields a kit upload carries beside its file. */
export const kitFieldsSchema = z.object({
	kind: choice(materialKinds),
	language: choice(languages),
})

export const removeKitFileSchema = z.object({ materialId: requiredText(64) })

export const reportedReachSchema = z.object({
	organisationId: requiredText(64),
	kind: choice(reportedReachKinds),
	amount: z
		.string({ error: 'errors.required' })
		.trim()
		.regex(/^\d{1,9}$/, 'errors.wholeNumber')
		.transform(Number)
		.pipe(
			z
				.number()
				.min(1, `errors.numberRange?min=1&max=${maxReportedAmount}`)
				.max(maxReportedAmount, `errors.numberRange?min=1&max=${maxReportedAmount}`),
		),
	country: z
		.union([z.literal(''), choice(countryCodes)])
		.optional()
		.transform((value) => value || null),
	month: z
		.string({ error: 'errors.required' })
		.trim()
		.regex(/^\d{4}-\d{2}$/, 'campaigns:errors.month'),
	source: requiredText(maxReportedSource),
})
