import { type JobHandler } from '#app/platform/jobs.server.ts'
import { passwordResetJob, sendPasswordResetLink } from './password-reset.server.ts'
import { sendSignInPausedNotice, signInPausedNoticeJob } from './sign-in-limits.server.ts'

/**
 * The jobs the accounts area queues, by kind, for the server's job runner: mail written after the request
 * has answered, so the request does the same work whether or not the address has an account.
 */
export const accountJobHandlers: Record<string, JobHandler> = {
	[passwordResetJob]: (payload) => sendPasswordResetLink(payload),
	[signInPausedNoticeJob]: (payload) => sendSignInPausedNotice(payload),
}
