import { z } from 'zod'
import { choice, optionalText, requiredText } from '#app/platform/form-fields.ts'

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
