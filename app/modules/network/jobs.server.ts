import { type JobHandler, runDueJobs } from '#app/platform/jobs.server.ts'
import { focalPointReminderKind, scheduleFocalPointReminders, sendFocalPointReminder } from './reminders.server.ts'

/** The jobs the network schedules, by kind, for any job runner. */
export const networkJobHandlers: Record<string, JobHandler> = {
	[focalPointReminderKind]: (payload, now) => sendFocalPointReminder(payload, now),
}

/**
 * The network's chores, run hourly by one process (server/background.ts): focal points not confirmed for a year
 * are brought to their organisation admins' attention. The emails are jobs scheduled with the mark, then sent at
 * once; one that fails is retried by the next run. Returns how many emails were queued.
 */
export async function runNetworkHousekeeping(now = new Date()): Promise<{ reminded: number }> {
	const reminded = scheduleFocalPointReminders(now)
	await runDueJobs(networkJobHandlers, now)
	return { reminded }
}
