import { eq } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { certificates, users } from '#app/db/schema/index.ts'
import { sendAccountEmail } from '#app/modules/accounts/emails.server.ts'
import { defaultLanguage, isLanguage } from '#app/platform/i18n.ts'
import { type JobPayload, scheduleJob } from '#app/platform/jobs.server.ts'

export const expiryReminderKind = 'certificate-expiry-reminder'
/** Days before expiry when holders are reminded; 0 is the day it expires. */
export const reminderDays = [60, 30, 0] as const
const dayMs = 24 * 60 * 60 * 1000

/** Schedules the reminders of a new certificate in the transaction that issues it. */
export function scheduleExpiryReminders(tx: Db, certificate: { id: string; issuedAt: Date; expiresAt: Date | null }) {
	if (!certificate.expiresAt) return
	for (const days of reminderDays) {
		const runAt = new Date(certificate.expiresAt.getTime() - days * dayMs)
		// A reminder whose moment had passed when the certificate was issued would only confuse.
		if (days > 0 && runAt <= certificate.issuedAt) continue
		scheduleJob(tx, {
			kind: expiryReminderKind,
			key: `${expiryReminderKind}:${certificate.id}:${days}`,
			payload: { certificateId: certificate.id, days },
			runAt,
		})
	}
}

/**
 * Emails the holder in their language; a revoked or renewed certificate needs no reminder.
 * After downtime, a reminder overtaken by a later one ("expires in 60 days" when 30 are
 * left, or once it has expired) is dropped rather than sent late.
 */
export async function sendExpiryReminder(payload: JobPayload, now: Date, db: Db = getDb()) {
	const certificate = db
		.select()
		.from(certificates)
		.where(eq(certificates.id, String(payload.certificateId)))
		.get()
	if (!certificate?.expiresAt || certificate.revokedAt || certificate.renewedBy) return
	const days = Number(payload.days)
	const next = reminderDays.find((candidate) => candidate < days)
	if (next !== undefined && now.getTime() >= certificate.expiresAt.getTime() - next * dayMs) return
	const holder = db
		.select({ email: users.email, name: users.name, locale: users.locale })
		.from(users)
		.where(eq(users.id, certificate.userId))
		.get()
	if (!holder) return
	const link = `/${isLanguage(holder.locale) ? holder.locale : defaultLanguage}/certificates`
	await sendAccountEmail(
		holder,
		days > 0
			? {
					kind: 'certificate-expiring',
					link,
					title: certificate.certificateName,
					date: certificate.expiresAt.toISOString(),
				}
			: { kind: 'certificate-expired', link, title: certificate.certificateName },
	)
}
