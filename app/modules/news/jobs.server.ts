import { type JobHandler } from '#app/platform/jobs.server.ts'

/** The jobs the news area schedules, by kind, for the server's job runner. */
export const newsJobHandlers: Record<string, JobHandler> = {}
