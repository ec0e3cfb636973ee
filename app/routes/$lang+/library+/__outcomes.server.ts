import { json } from '@remix-run/node'
import { forbidden } from '#app/platform/auth.server.ts'
import { problemMessages } from '#app/platform/mdx/problems.ts'
import { notFound } from '#app/platform/routing.server.ts'
import { type DraftOutcome } from '#app/modules/library/drafts.server.ts'
import { type AttachmentRefusal } from '#app/modules/library/attachment-types.ts'
import { type ReviewOutcome } from '#app/modules/library/review.server.ts'

type Refused = Exclude<DraftOutcome | ReviewOutcome, { ok: true }> | { ok: false; reason: AttachmentRefusal }

/**
 * A refused change or decision as the page shows it: MDX problems next to the body, other
 * reasons as a form message, 403/404 for what this person may not touch. Nothing was saved.
 */
export function refusal(outcome: Refused, values: Record<string, string>) {
	if (outcome.reason === 'forbidden') throw forbidden()
	if (outcome.reason === 'not-found') throw notFound()
	const fieldErrors = outcome.reason === 'refused' ? { body: problemMessages(outcome.problems) } : { form: [`library:errors.${outcome.reason}`] }
	return json({ success: false as const, fieldErrors, values }, { status: 400 })
}
