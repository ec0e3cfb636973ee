import { writeTransaction } from '#app/db/client.server.ts'
import { type JobHandler } from '#app/platform/jobs.server.ts'
import { indexStory } from './search-entries.server.ts'

/** Scheduled, in the approval's transaction, for the instant a story's embargo lifts. */
export const embargoLiftsJobKind = 'news-embargo-lifts'

/** The jobs the news area schedules, by kind, for the server's job runner. */
export const newsJobHandlers: Record<string, JobHandler> = {
	// Indexing checks the story again: one withdrawn (or not yet due) in the meantime stays out of search.
	[embargoLiftsJobKind]: async (payload, now) => writeTransaction((tx) => indexStory(tx, String(payload.storyId), now)),
}
