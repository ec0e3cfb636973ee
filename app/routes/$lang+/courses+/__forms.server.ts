import { z } from 'zod'
import { choice } from '#app/platform/form-fields.ts'
import { languages } from '#app/platform/i18n.ts'

export const enrolSchema = z.object({
	intent: z.literal('enrol'),
	cohortId: z
		.string()
		.max(64)
		.optional()
		.transform((value) => value || null),
	language: choice(languages),
})

export const learningLanguageSchema = z.object({ intent: z.literal('language'), language: choice(languages) })

export const courseActionSchema = z.discriminatedUnion('intent', [enrolSchema, learningLanguageSchema])
