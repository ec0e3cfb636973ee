import { z } from 'zod'
import { countryCodes } from '#app/platform/countries.ts'
import {
	currencies,
	legalStatuses,
	literacyLevels,
	offeredLanguages,
	programmeFormats,
	programmeKinds,
	schedules,
	sectors,
	serviceTypes,
} from '#app/modules/programmes/vocabulary.ts'
import { choice, optionalText, requiredText } from '#app/platform/form-fields.ts'
import { echoValues, formValues } from '#app/platform/forms.ts'

// The provider area's forms; a .server file keeps zod out of the browser.

export const verifySchema = z.object({ kind: choice(['programme', 'service']), slug: requiredText(80) })

export const closeRequestSchema = z.object({ requestId: requiredText(64) })

export const programmeTextSchema = z.object({
	title: requiredText(120),
	summary: requiredText(2000),
	skills: requiredText(200),
	eligibility: requiredText(2000),
	certification: requiredText(200),
	accessibility: requiredText(2000),
	walkInHours: optionalText(200).transform((value) => value ?? ''),
})

const tick = z
	.string()
	.optional()
	.transform((value) => value === 'on')
const whole = (min: number, max: number) =>
	z.coerce
		.number({ error: 'errors.invalid' })
		.int({ error: 'errors.invalid' })
		.min(min, { error: 'errors.invalid' })
		.max(max, { error: 'errors.invalid' })

/** Ticked language boxes: one value, several, or none. */
const programmeLanguages = z.preprocess(
	(value) => (value === undefined ? [] : [value].flat()),
	z.array(choice(offeredLanguages)).min(1, { error: 'errors.choose' }),
)

/** The facts of a programme, as its provider states them. An empty cost means free. */
export const programmeFactsSchema = z
	.object({
		kind: choice(programmeKinds),
		sector: choice(sectors),
		format: choice(programmeFormats),
		country: choice(countryCodes),
		region: requiredText(100),
		languages: programmeLanguages,
		durationWeeks: whole(1, 104),
		schedule: choice(schedules),
		costAmount: z.preprocess((value) => (value === '' ? undefined : value), whole(1, 1_000_000).optional()),
		costCurrency: choice(currencies),
		stipend: tick,
		childcare: tick,
		transportHelp: tick,
		jobPlacement: tick,
		minimumAge: whole(14, 30),
		legalStatus: choice(legalStatuses),
		literacy: choice(literacyLevels),
		phone: optionalText(40),
		interestForm: tick,
		walkIn: tick,
	})
	.transform(({ costAmount, costCurrency, phone, ...facts }) => ({
		...facts,
		costAmount: costAmount ?? null,
		costCurrency: costAmount ? costCurrency : null,
		phone: phone ?? null,
	}))

/** A support service: its facts and its text in one language, saved together. */
export const serviceSchema = z
	.object({
		type: choice(serviceTypes),
		country: choice(countryCodes),
		region: requiredText(100),
		languages: programmeLanguages,
		phone: optionalText(40),
		open24h: tick,
		name: requiredText(120),
		summary: requiredText(2000),
		hours: requiredText(200),
		contact: requiredText(2000),
	})
	.transform(({ type, country, region, languages, phone, open24h, ...text }) => ({
		facts: { type, country, region, languages, phone: phone ?? null, open24h },
		text,
	}))

/** The form as typed, for re-display after an error: the ticked languages are several values of one field. */
export function typedValues(formData: FormData) {
	return { ...echoValues(formValues(formData)), languages: formData.getAll('languages').map(String) }
}
