import { type JobHandler } from '#app/platform/jobs.server.ts'
import { publicationNoticeKind, sendPublicationNotice } from './publication-notice.server.ts'

/** The jobs the library schedules, by kind, for the server's job runner. */
export const libraryJobHandlers: Record<string, JobHandler> = {
	[publicationNoticeKind]: (payload) => sendPublicationNotice(payload),
}
