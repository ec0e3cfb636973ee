import { z } from 'zod'
import { revocationCategories } from '#app/modules/certificates/vocabulary.ts'
import { roles } from '#app/platform/roles.ts'
import { choice, optionalText, requiredText } from '#app/platform/form-fields.ts'

// The forms of the administration pages; a .server file keeps zod out of the browser.

export const applicantDecisionSchema = z.object({
	applicantId: requiredText(64),
	decision: choice(['approve', 'refuse']),
})

export const organisationDecisionSchema = z.object({
	organisationId: requiredText(64),
	decision: choice(['approve', 'refuse']),
})

export const roleSchema = z.object({ intent: choice(['grant', 'revoke']), role: choice(roles) })

/** Revoking a certificate always says why in a category, which is published; the note is for administrators only. */
export const revokeSchema = z.object({
	code: requiredText(64),
	category: choice(revocationCategories),
	reason: optionalText(500),
})
