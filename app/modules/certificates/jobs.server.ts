import { type JobHandler } from '#app/platform/jobs.server.ts'
import { expiryReminderKind, sendExpiryReminder } from './reminders.server.ts'

/** The jobs the certificates area schedules, by kind, for the server's job runner. */
export const certificateJobHandlers: Record<string, JobHandler> = {
	[expiryReminderKind]: (payload, now) => sendExpiryReminder(payload, now),
}
