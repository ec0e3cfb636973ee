import { type JobHandler } from '#app/platform/jobs.server.ts'
import { eventNoticeKind, eventReminderKind, sendNotice, sendReminder } from './notices.server.ts'

/** The jobs the events area schedules, by kind, for the server's job runner. */
export const eventJobHandlers: Record<string, JobHandler> = {
	[eventNoticeKind]: (payload) => sendNotice(payload),
	[eventReminderKind]: (payload) => sendReminder(payload),
}
