import { and, eq, gt, isNull, lt, lte, or } from 'drizzle-orm'
import { type Db, getDb, truncateWal, writeTransaction } from '#app/db/client.server.ts'
import { programmes, programmeTexts, supportServices, supportServiceTexts } from '#app/db/schema/index.ts'
import { sendAccountEmail } from '#app/modules/accounts/emails.server.ts'
import { editorsOf } from './interest.server.ts'
import { deleteExpiredRequests, resealLegacyRequests } from './interest-sealing.server.ts'
import { oldestListedVerification } from './verification.ts'
import { verificationReminderDays } from './vocabulary.ts'
import { unindexLapsedProgrammes } from './search-entries.server.ts'

type Reminder = { organisationId: string; title: string }
type Listings = typeof programmes | typeof supportServices

/** Listings verified long enough ago to be due within 30 days, and not reminded since that verification. */
function dueForReminder(table: Listings, now: Date) {
	const soon = new Date(now.getTime() + verificationReminderDays * 86_400_000)
	return and(
		gt(table.verifiedAt, oldestListedVerification(now)),
		lte(table.verifiedAt, oldestListedVerification(soon)),
		or(isNull(table.reminderSentAt), lt(table.reminderSentAt, table.verifiedAt)),
	)
}

/**
 * Marks the listings to remind about in one transaction; they are mailed after it, so a
 * listing is never reminded twice for the same verification.
 */
function claimReminders(now: Date, tx: Db): Reminder[] {
	const reminders: Reminder[] = []
	const programmeRows = tx
		.select({ id: programmes.id, organisationId: programmes.organisationId, title: programmeTexts.title })
		.from(programmes)
		.leftJoin(
			programmeTexts,
			and(eq(programmeTexts.programmeId, programmes.id), eq(programmeTexts.language, programmes.sourceLanguage)),
		)
		.where(dueForReminder(programmes, now))
		.all()
	for (const row of programmeRows) {
		tx.update(programmes).set({ reminderSentAt: now }).where(eq(programmes.id, row.id)).run()
		reminders.push({ organisationId: row.organisationId, title: row.title ?? '' })
	}
	const serviceRows = tx
		.select({ id: supportServices.id, organisationId: supportServices.organisationId, title: supportServiceTexts.name })
		.from(supportServices)
		.leftJoin(
			supportServiceTexts,
			and(
				eq(supportServiceTexts.serviceId, supportServices.id),
				eq(supportServiceTexts.language, supportServices.sourceLanguage),
			),
		)
		.where(dueForReminder(supportServices, now))
		.all()
	for (const row of serviceRows) {
		tx.update(supportServices).set({ reminderSentAt: now }).where(eq(supportServices.id, row.id)).run()
		reminders.push({ organisationId: row.organisationId, title: row.title ?? '' })
	}
	return reminders
}

/**
 * The catalogue's daily chores: delete interest requests past their retention (with their keys), and remind
 * providers of listings that need re-verifying. Safe to run any number of times.
 */
export async function runCatalogueHousekeeping(now = new Date(), db: Db = getDb()) {
	const purged = writeTransaction((tx) => {
		const deleted = deleteExpiredRequests(now, tx)
		resealLegacyRequests(tx)
		return deleted
	})
	// Every run, not only after a deletion: a run that a reader kept from emptying the WAL is caught up by the next.
	truncateWal(db)
	writeTransaction((tx) => unindexLapsedProgrammes(tx, now))
	const reminders = writeTransaction((tx) => claimReminders(now, tx))
	for (const reminder of reminders) {
		for (const editor of editorsOf(reminder.organisationId, db)) {
			await sendAccountEmail(editor, {
				kind: 'listing-verification-due',
				link: `/${editor.locale}/provider`,
				title: reminder.title,
			})
		}
	}
	return { purged, reminded: reminders.length }
}
