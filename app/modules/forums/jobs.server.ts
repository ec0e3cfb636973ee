import { type JobHandler } from '#app/platform/jobs.server.ts'
import { forumDigestKind, sendDigest } from './subscriptions.server.ts'

/** The jobs the forums schedule, by kind, for the server's job runner. */
export const forumJobHandlers: Record<string, JobHandler> = {
	[forumDigestKind]: (payload, now) => sendDigest(payload, now),
}
