import { z } from 'zod'
import { passwordProblem } from '#app/modules/accounts/password.server.ts'
import { genders } from '#app/modules/accounts/vocabulary.ts'
import { countryCodes } from '#app/platform/countries.ts'
import { choice, passwordInput, requiredText } from '#app/platform/form-fields.ts'
import { isTimeZone } from '#app/platform/format.ts'
import { languages } from '#app/platform/i18n.ts'

// The forms of the settings pages; a .server file keeps zod out of the browser.

export const profileSchema = z.object({
	intent: z.literal('profile'),
	name: requiredText(120),
	country: choice(countryCodes),
	// Optional: the empty choice ("prefer not to say") is no gender stated.
	gender: z
		.enum(['', ...genders], { error: 'errors.choose' })
		.optional()
		.transform((value) => value || null),
})

export const preferencesSchema = z.object({
	intent: z.literal('preferences'),
	locale: choice(languages),
	timeZone: requiredText(64).refine(isTimeZone, { error: 'errors.timeZone' }),
})

/** The new password is judged against the person's own name and address too. */
export function passwordSchemaFor(person: { email: string; name: string }) {
	return z.object({ currentPassword: passwordInput(), newPassword: passwordInput() }).superRefine((input, context) => {
		const problem = passwordProblem(input.newPassword, person)
		if (problem) context.addIssue({ code: 'custom', path: ['newPassword'], message: problem })
	})
}

/** End one other session, or all of them but this one. */
export const endSessionsSchema = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('end-others') }),
	z.object({ intent: z.literal('end'), sessionId: z.string().max(200) }),
])

export const enableSchema = z.object({
	intent: z.literal('enable'),
	enrolment: z.string().max(400),
	code: requiredText(12),
	/** Only asked when a factor is already on: moving to a new authenticator proves the old one. */
	currentCode: z.string().max(40).optional(),
})
export const renewCodesSchema = z.object({ intent: z.literal('renew-codes'), code: requiredText(40) })
export const disableSchema = z.object({ intent: z.literal('disable'), code: requiredText(40) })
