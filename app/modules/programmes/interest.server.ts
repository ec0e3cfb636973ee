import { and, desc, eq, inArray } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { interestRequests, programmes, programmeTexts, userRoles, users } from '#app/db/schema/index.ts'
import { interestKeys } from '#app/db/vault.server.ts'
import { sendAccountEmail } from '#app/modules/accounts/emails.server.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { countProgrammeEvent, findListedProgramme } from './catalogue.server.ts'
import { groupBy } from '#app/platform/collections.ts'
import { pickText } from '#app/platform/language-fallback.ts'
import { interestDeleteAfter } from './verification.ts'
import { type ContactMethod } from './vocabulary.ts'
import { openRequest, sealNewRequest, type SealedRequest } from './interest-sealing.server.ts'

/** Only what the survivor chose to give. Sealed as one piece: no column reveals any of it. */
export type InterestDetails = {
	alias?: string
	contactMethod: ContactMethod
	contact: string
	language: string
	bestTimes?: string
}

function unseal(row: SealedRequest): InterestDetails | null {
	const plain = openRequest(row)
	return plain && JSON.parse(new TextDecoder().decode(plain))
}

/**
 * Delivers a survivor's request to the provider's Atlas inbox. The provider's editors get
 * an email saying only that something arrived; the request itself never leaves Atlas.
 */
export async function sendInterest(
	slug: string,
	details: InterestDetails,
	now = new Date(),
): Promise<Outcome<'interestClosed'>> {
	const programme = findListedProgramme(slug, 'en', now)
	if (!programme || !programme.interestForm) return refuse('interestClosed')
	const recipients = writeTransaction((tx) => {
		const row = tx
			.select({ id: programmes.id, organisationId: programmes.organisationId })
			.from(programmes)
			.where(eq(programmes.slug, slug))
			.get()!
		const requestId = crypto.randomUUID()
		tx.insert(interestRequests)
			.values({
				id: requestId,
				programmeId: row.id,
				sealed: sealNewRequest(requestId, new TextEncoder().encode(JSON.stringify(details)), tx),
				sealing: 'request-key',
				receivedAt: now,
				deleteAfter: interestDeleteAfter(now, null),
			})
			.run()
		countProgrammeEvent(slug, 'interests', now, tx)
		return editorsOf(row.organisationId, tx)
	})
	for (const editor of recipients) {
		const title = programme.title
		await sendAccountEmail(editor, { kind: 'interest-received', link: `/${editor.locale}/provider/inbox`, title })
	}
	return done()
}

/** The people who look after an organisation's listings. */
export function editorsOf(organisationId: string, db: Db = getDb()) {
	return db
		.select({ email: users.email, name: users.name, locale: users.locale })
		.from(users)
		.innerJoin(userRoles, eq(userRoles.userId, users.id))
		.where(
			and(eq(users.organisationId, organisationId), eq(users.status, 'active'), eq(userRoles.role, 'programme_editor')),
		)
		.all()
}

/** The provider's inbox: requests for their organisation's programmes, each opened with its own key. */
export function listInbox(actor: Actor, organisationId: string, language: string, db: Db = getDb()) {
	if (!can(actor, 'programmes:manage', { organisationId })) return refuse('forbidden')
	const rows = db
		.select({
			id: interestRequests.id,
			programmeId: programmes.id,
			sourceLanguage: programmes.sourceLanguage,
			sealed: interestRequests.sealed,
			sealing: interestRequests.sealing,
			key: interestKeys.key,
			status: interestRequests.status,
			receivedAt: interestRequests.receivedAt,
			deleteAfter: interestRequests.deleteAfter,
		})
		.from(interestRequests)
		.innerJoin(programmes, eq(programmes.id, interestRequests.programmeId))
		.leftJoin(interestKeys, eq(interestKeys.requestId, interestRequests.id))
		.where(eq(programmes.organisationId, organisationId))
		.orderBy(interestRequests.status, desc(interestRequests.receivedAt))
		.all()
	const ids = [...new Set(rows.map((row) => row.programmeId))]
	const texts = groupBy(
		ids.length ? db.select().from(programmeTexts).where(inArray(programmeTexts.programmeId, ids)).all() : [],
		(text) => text.programmeId,
	)
	// A request whose key is gone cannot be read by anyone any more: it is left out, and the next sweep deletes it.
	const requests = rows.flatMap(({ sealed, sealing, key, programmeId, sourceLanguage, ...row }) => {
		const details = unseal({ sealed, sealing, key })
		if (!details) return []
		const programmeTitle = pickText(texts.get(programmeId) ?? [], language, sourceLanguage)?.text.title ?? ''
		const dates = { receivedAt: row.receivedAt.toISOString(), deleteAfter: row.deleteAfter.toISOString() }
		return [{ ...row, programmeTitle, ...dates, ...details }]
	})
	return done({ requests })
}

/**
 * The provider has dealt with a request: it is deleted 30 days later (90 days after arrival at most).
 * Closing it again changes nothing; another organisation's request is answered as one that does not exist.
 */
export function closeInterest(actor: Actor, requestId: string, now = new Date()): Outcome<'not-found'> {
	return writeTransaction((tx) => {
		const row = tx
			.select({
				organisationId: programmes.organisationId,
				receivedAt: interestRequests.receivedAt,
				status: interestRequests.status,
			})
			.from(interestRequests)
			.innerJoin(programmes, eq(programmes.id, interestRequests.programmeId))
			.where(eq(interestRequests.id, requestId))
			.get()
		if (!row || !can(actor, 'programmes:manage', { organisationId: row.organisationId })) return refuse('not-found')
		if (row.status === 'closed') return done()
		tx.update(interestRequests)
			.set({ status: 'closed', closedAt: now, deleteAfter: interestDeleteAfter(row.receivedAt, now) })
			.where(eq(interestRequests.id, requestId))
			.run()
		return done()
	})
}
