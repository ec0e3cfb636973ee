import { z } from 'zod'
import { roles } from '#app/platform/roles.ts'
import { choice, requiredText } from '#app/platform/form-fields.ts'

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

/** Revoking a certificate always says why: the reason is shown on its verification page. */
export const revokeSchema = z.object({ code: requiredText(64), reason: requiredText(500) })
