import { z } from 'zod'
import { countryCodes } from '#app/platform/countries.ts'
import { type Language, languages } from '#app/platform/i18n.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { slugPattern } from '#app/platform/slugs.ts'
import { calendarDaySchema } from './framework.ts'
import { agreementKinds } from './vocabulary.ts'

/** An agreement's official names (in the languages it has them) and the language the first is in. */
export const agreementTextFields = {
	language: z.enum(languages),
	names: z.partialRecord(z.enum(languages), z.string().trim().min(1).max(400)),
}
export const agreementTextSchema = z
	.object(agreementTextFields)
	.refine((text) => Boolean(text.names[text.language]), { path: ['names'], message: 'errors.required' })
export type AgreementText = z.infer<typeof agreementTextSchema>

export const agreementSchema = z.object({
	slug: z.string().regex(slugPattern),
	kind: z.enum(agreementKinds),
	text: agreementTextSchema,
	parties: z
		.array(z.enum(countryCodes))
		.min(2)
		.max(80)
		.transform((codes) => [...new Set(codes)].sort()),
	signedOn: calendarDaySchema.nullable(),
	inForceOn: calendarDaySchema.nullable(),
	source: z
		.url({ protocol: /^https?$/ })
		.max(500)
		.nullable(),
})
export type Agreement = z.infer<typeof agreementSchema>

/** The agreement's name in the reader's language when it has an official one there, else as first written. */
export function agreementName(text: AgreementText, language: Language) {
	const shown = textIn(text.names, language, text.language)
	return { name: shown.text, language: shown.language }
}
