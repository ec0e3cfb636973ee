import { type JobHandler } from '#app/platform/jobs.server.ts'
import { followUpJobHandlers } from './follow-ups.server.ts'

/** The jobs the indicators area schedules, by kind, for the server's job runner: the follow-up survey emails. */
export const indicatorJobHandlers: Record<string, JobHandler> = {
	...followUpJobHandlers,
}
