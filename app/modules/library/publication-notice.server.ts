import { type Db, getDb } from '#app/db/client.server.ts'
import { sendAccountEmail } from '#app/modules/accounts/emails.server.ts'
import { getAccountUser } from '#app/modules/accounts/users.server.ts'
import { defaultLanguage, isLanguage } from '#app/platform/i18n.ts'
import { type JobPayload, scheduleJob } from '#app/platform/jobs.server.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { findDocument, findRevision } from './store.server.ts'

export const publicationNoticeKind = 'library-publication-notice'

/** Queues the author's notice in the transaction that publishes the revision: once per revision. */
export function schedulePublicationNotice(
	tx: Db,
	published: { revisionId: string; documentId: string; authorId: string },
	now: Date,
) {
	scheduleJob(tx, {
		kind: publicationNoticeKind,
		key: `${publicationNoticeKind}:${published.revisionId}`,
		payload: published,
		runAt: now,
	})
}

/**
 * Tells the author, in the language they chose for email, that their document is published, with its
 * title as they would read it and the link to it. An account closed meanwhile is told nothing.
 */
export async function sendPublicationNotice(payload: JobPayload, db: Db = getDb()) {
	const author = getAccountUser(String(payload.authorId), db)
	const row = findDocument(String(payload.documentId), db)
	const revision = findRevision(String(payload.revisionId), db)
	if (!author || author.status !== 'active' || !row || !revision) return
	const language = isLanguage(author.locale) ? author.locale : defaultLanguage
	const document = revision.document
	const { text } = textIn(document.texts, language, document.sourceLanguage)
	await sendAccountEmail(author, {
		kind: 'document-published',
		link: `/${language}/library/${row.slug}`,
		title: text.title,
	})
}
