import { and, eq, inArray, isNull, lt, or } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { focalPoints, organisations, userRoles, users } from '#app/db/schema/index.ts'
import { getAccountUser } from '#app/modules/accounts/users.server.ts'
import { sendEmail } from '#app/platform/email.server.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { formatNumber } from '#app/platform/format.ts'
import { defaultLanguage, isLanguage } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { type JobPayload, scheduleJob } from '#app/platform/jobs.server.ts'
import { pickText } from '#app/platform/language-fallback.ts'
import { isStale, remindAgainBefore, staleBefore } from './focal-point.ts'

export const focalPointReminderKind = 'network-focal-point-reminder'

/** The people who answer for an organisation's focal points: its active organisation admins. */
function organisationAdmins(organisationId: string, tx: Db) {
	return tx
		.select({ id: users.id })
		.from(users)
		.innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'org_admin')))
		.where(and(eq(users.organisationId, organisationId), eq(users.status, 'active')))
		.all()
}

/**
 * Marks every focal point due for a reminder and queues one email per admin of its organisation, in one
 * transaction: a crash loses neither, and a second run within 30 days finds nothing due.
 */
export function scheduleFocalPointReminders(now: Date) {
	return writeTransaction((tx) => {
		const due = tx
			.select({ id: focalPoints.id, organisationId: focalPoints.organisationId })
			.from(focalPoints)
			.innerJoin(organisations, eq(organisations.id, focalPoints.organisationId))
			.where(
				and(
					eq(organisations.status, 'approved'),
					lt(focalPoints.confirmedAt, staleBefore(now)),
					or(isNull(focalPoints.remindedAt), lt(focalPoints.remindedAt, remindAgainBefore(now))),
				),
			)
			.limit(5000)
			.all()
		const byOrganisation = new Map<string, typeof due>()
		for (const row of due)
			byOrganisation.set(row.organisationId, [...(byOrganisation.get(row.organisationId) ?? []), row])
		let emails = 0
		for (const [organisationId, rows] of byOrganisation) {
			const admins = organisationAdmins(organisationId, tx)
			// With nobody to tell, the focal points stay due, so an admin appointed later hears of them.
			if (!admins.length) continue
			const ids = rows.map((row) => row.id)
			for (const admin of admins) {
				scheduleJob(tx, {
					kind: focalPointReminderKind,
					key: `${focalPointReminderKind}:${admin.id}:${now.toISOString()}`,
					payload: { userId: admin.id, focalPointIds: ids.join(',') },
					runAt: now,
				})
				emails += 1
			}
			tx.update(focalPoints).set({ remindedAt: now }).where(inArray(focalPoints.id, ids)).run()
		}
		return emails
	})
}

/** Emails one admin, in their language, the focal points still out of date, each with the link to confirm it. */
export async function sendFocalPointReminder(payload: JobPayload, now: Date, db: Db = getDb()) {
	const admin = getAccountUser(String(payload.userId), db)
	if (!admin || admin.status !== 'active') return
	const ids = String(payload.focalPointIds).split(',').filter(Boolean)
	const stale = db
		.select()
		.from(focalPoints)
		.where(and(inArray(focalPoints.id, ids), eq(focalPoints.organisationId, admin.organisationId)))
		.all()
		.filter((focalPoint) => isStale(focalPoint.confirmedAt, now))
	// Confirmed in the meantime: nothing left to say.
	if (!stale.length) return
	const language = isLanguage(admin.locale) ? admin.locale : defaultLanguage
	const i18n = serverI18n(language)
	const t = i18n.getFixedT(language, 'network')
	const email = i18n.getFixedT(language, 'email')
	const lines = stale.map((focalPoint) => {
		const title = pickText(focalPoint.titles, language, 'en')?.text ?? ''
		return `- ${title}: ${getEnv().PUBLIC_URL}/${language}/network/focal-points/${focalPoint.id}`
	})
	await sendEmail({
		to: admin.email,
		subject: t('reminder.subject'),
		text: [
			email('greeting', { name: admin.name }),
			'',
			t('reminder.body', { count: stale.length, number: formatNumber(stale.length, language) }),
			'',
			...lines,
			'',
			email('signature'),
		].join('\n'),
	})
}
