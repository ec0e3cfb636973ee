import { z } from 'zod'
import { contactMethods } from '#app/modules/programmes/vocabulary.ts'
import { offeredLanguages } from '#app/modules/programmes/vocabulary.ts'
import { choice, optionalText, requiredText } from '#app/platform/form-fields.ts'

// The survivor's "I'm interested" form: only what they choose to give.
export const interestSchema = z.object({
	alias: optionalText(80),
	contactMethod: choice(contactMethods),
	contact: requiredText(200),
	language: choice(offeredLanguages),
	bestTimes: optionalText(200),
	website: z.string().max(200).optional(),
})
