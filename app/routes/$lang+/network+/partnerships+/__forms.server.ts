import { z } from 'zod'
import { type PartnershipInput, type PartnershipTexts } from '#app/modules/network/partnership.ts'
import { partnershipStatuses } from '#app/modules/network/vocabulary.ts'
import { countryCodes } from '#app/platform/countries.ts'
import { calendarDay, choice, optionalText, requiredText } from '#app/platform/form-fields.ts'
import { echoValues, type FieldErrors, formValues, parseSubmission, type Submission } from '#app/platform/forms.ts'
import { languages } from '#app/platform/i18n.ts'

/** A field sent once, several times or not at all (a multiple choice). */
const several = (max: number, message: string) =>
	z
		.union([z.string().max(64), z.array(z.string().max(64)).max(500)])
		.optional()
		.transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
		.pipe(z.array(z.string()).max(max, message))

const day = calendarDay('partnerships:errors.invalid-day')
const optionalDay = z
	.string()
	.trim()
	.optional()
	.transform((value) => value || null)
	.pipe(day.nullable())
const ticked = z
	.string()
	.max(3)
	.optional()
	.transform((value) => value === 'on')

const partnershipSchema = z.object({
	sourceLanguage: choice(languages),
	countries: several(60, 'partnerships:errors.too-many-countries')
		.pipe(z.array(z.enum(countryCodes, { error: 'errors.choose' })))
		.refine((codes) => codes.length > 0, 'partnerships:errors.countries-required'),
	startsOn: day,
	endsOn: optionalDay,
	status: choice(partnershipStatuses),
	partnerIds: several(100, 'partnerships:errors.too-many-partners'),
	confirmRemoval: ticked,
	...Object.fromEntries(
		languages.flatMap((language) => [
			[`title.${language}`, optionalText(200)],
			[`goal.${language}`, optionalText(4000)],
		]),
	),
})

/** The values a failed form shows again, with its lists kept whole. */
export function partnershipEcho(form: FormData) {
	return {
		...echoValues(formValues(form)),
		countries: form.getAll('countries').map(String).slice(0, 60),
		partnerIds: form.getAll('partnerIds').map(String).slice(0, 100),
	}
}

/** Reads the partnership form: a title and goal in each language written, the source language among them. */
export function parsePartnershipForm(form: FormData): Submission<PartnershipInput> {
	const submission = parseSubmission(partnershipSchema, form)
	if (!submission.success) return submission
	const raw = submission.data as z.output<typeof partnershipSchema> & Record<string, string | undefined>
	const errors: FieldErrors = {}
	const texts: PartnershipTexts = {}
	for (const language of languages) {
		const title = raw[`title.${language}`]
		const goal = raw[`goal.${language}`]
		if (title && goal) texts[language] = { title, goal }
		else if (goal) errors[`title.${language}`] = ['partnerships:errors.title-for-goal']
		else if (title) errors[`goal.${language}`] = ['partnerships:errors.goal-for-title']
	}
	if (!texts[raw.sourceLanguage] && !errors[`title.${raw.sourceLanguage}`] && !errors[`goal.${raw.sourceLanguage}`])
		errors[`title.${raw.sourceLanguage}`] = ['partnerships:errors.source-text']
	if (Object.keys(errors).length) return { success: false, fieldErrors: errors, values: echoValues(formValues(form)) }
	return {
		success: true,
		data: {
			texts,
			sourceLanguage: raw.sourceLanguage,
			countries: raw.countries,
			startsOn: raw.startsOn,
			endsOn: raw.endsOn,
			status: raw.status,
			partnerIds: raw.partnerIds.filter(Boolean),
			confirmRemoval: raw.confirmRemoval,
		},
	}
}

export const pageIntents = ['commit', 'report', 'agree', 'withdraw'] as const

export const commitmentSchema = z.object({
	organisationId: requiredText(64),
	text: requiredText(1000),
	language: choice(languages),
	dueOn: optionalDay,
})

export const resultSchema = z.object({
	commitmentId: requiredText(64),
	reportedOn: day,
	text: requiredText(2000),
	language: choice(languages),
	met: ticked,
})

export const agreementSchema = z.object({ organisationId: requiredText(64) })
