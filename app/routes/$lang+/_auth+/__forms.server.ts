import { z } from 'zod'
import { countryCodes } from '#app/platform/countries.ts'
import { passwordProblem } from '#app/modules/accounts/password.server.ts'
import { newOrganisationChoice, organisationTypes, requestableRoles } from '#app/modules/accounts/vocabulary.ts'
import { choice, emailAddress, optionalText, passwordInput, requiredText } from '#app/platform/form-fields.ts'
import { isTimeZone } from '#app/platform/format.ts'

// The forms of the sign-in, sign-up and password pages. They live in a .server file so
// zod stays out of the browser: the pages only render what the actions answer.

export const signInSchema = z.object({
	email: emailAddress(),
	password: passwordInput(),
	redirectTo: z.string().max(2000).optional(),
})

export const codeSchema = z.object({
	code: requiredText(40),
	redirectTo: z.string().max(2000).optional(),
})

/** The country chosen first on the sign-up page (a GET parameter), whose organisations the form then lists. */
export const chosenCountrySchema = z.object({ country: choice(countryCodes) })

export const applicationSchema = z
	.object({
		name: requiredText(120),
		email: emailAddress(),
		password: passwordInput(),
		country: choice(countryCodes),
		role: choice(requestableRoles),
		organisationId: requiredText(64),
		newOrganisationName: optionalText(160),
		newOrganisationType: choice(organisationTypes)
			.optional()
			.or(z.literal('').transform(() => undefined)),
		timeZone: z
			.string()
			.max(64)
			.optional()
			.transform((zone) => (zone && isTimeZone(zone) ? zone : 'UTC')),
		website: z.string().max(200).optional(),
	})
	.superRefine((input, context) => {
		const problem = passwordProblem(input.password, { email: input.email, name: input.name })
		if (problem) context.addIssue({ code: 'custom', path: ['password'], message: problem })
		if (input.organisationId === newOrganisationChoice) {
			if (!input.newOrganisationName) {
				context.addIssue({ code: 'custom', path: ['newOrganisationName'], message: 'errors.required' })
			}
			if (!input.newOrganisationType) {
				context.addIssue({ code: 'custom', path: ['newOrganisationType'], message: 'errors.choose' })
			}
		}
	})

export const forgotSchema = z.object({ email: emailAddress(), website: z.string().max(200).optional() })

export const resetSchema = z
	.object({ token: z.string().max(100), password: passwordInput() })
	.superRefine((input, context) => {
		const problem = passwordProblem(input.password)
		if (problem) context.addIssue({ code: 'custom', path: ['password'], message: problem })
	})
