import {
	closedRequestRetentionDays,
	requestRetentionDays,
	verificationReminderDays,
	verificationValidityMonths,
} from './vocabulary.ts'

const day = 24 * 60 * 60 * 1000

export function addMonths(date: Date, months: number) {
	const result = new Date(date)
	result.setUTCMonth(result.getUTCMonth() + months)
	return result
}

/** When a listing verified at `verifiedAt` stops being shown. */
export function verificationExpiresAt(verifiedAt: Date) {
	return addMonths(verifiedAt, verificationValidityMonths)
}

/** The oldest verification date still listed at `now`. */
export function oldestListedVerification(now: Date) {
	return addMonths(now, -verificationValidityMonths)
}

export type VerificationState = 'current' | 'due-soon' | 'expired'

export function verificationState(verifiedAt: Date, now: Date): VerificationState {
	const expires = verificationExpiresAt(verifiedAt).getTime()
	if (expires <= now.getTime()) return 'expired'
	if (expires - now.getTime() <= verificationReminderDays * day) return 'due-soon'
	return 'current'
}

/** A reminder goes once per verification: when it is due soon and none was sent since the last verification. */
export function reminderDue(verifiedAt: Date, reminderSentAt: Date | null, now: Date) {
	if (verificationState(verifiedAt, now) !== 'due-soon') return false
	return !reminderSentAt || reminderSentAt.getTime() < verifiedAt.getTime()
}

/**
 * When an interest request is deleted: 30 days after the provider closes it, and never
 * later than 90 days after it arrived.
 */
export function interestDeleteAfter(receivedAt: Date, closedAt: Date | null) {
	const latest = receivedAt.getTime() + requestRetentionDays * day
	if (!closedAt) return new Date(latest)
	return new Date(Math.min(latest, closedAt.getTime() + closedRequestRetentionDays * day))
}

export { monthOf } from '#app/platform/months.ts'
