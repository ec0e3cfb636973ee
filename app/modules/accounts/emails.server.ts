import { isLanguage, type Language, defaultLanguage } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { type EmailMessage, sendEmail } from '#app/platform/email.server.ts'
import { formatDate } from '#app/platform/format.ts'
import { getEnv } from '#app/platform/env.server.ts'

/** Links are written as paths; PUBLIC_URL makes them absolute (never the request's Host header, which anyone can forge). */
export type AccountEmail =
	| { kind: 'confirm-email'; link: string }
	| { kind: 'already-registered'; link: string }
	| { kind: 'application-approved'; link: string }
	| { kind: 'application-refused' }
	| { kind: 'reset-password'; link: string }
	| { kind: 'password-changed' }
	| { kind: 'sign-in-paused'; link: string }
	| { kind: 'interest-received'; link: string; title: string }
	| { kind: 'listing-verification-due'; link: string; title: string }
	| { kind: 'certificate-expiring'; link: string; title: string; date: string }
	| { kind: 'certificate-expired'; link: string; title: string }
	| { kind: 'document-published'; link: string; title: string }
	| { kind: EventNoticeKind; link: string; title: string; when: string }
	| { kind: 'forum-digest'; link: string; title: string }
	| { kind: 'follow-up-survey'; link: string; title: string }

/** What registered people are told about an event; `when` is written in their own language and time zone. */
export type EventNoticeKind =
	'event-registered' | 'event-waitlisted' | 'event-promoted' | 'event-changed' | 'event-cancelled' | 'event-reminder'

/** Writes an account email in the recipient's language from the `email` namespace. */
export function composeAccountEmail(
	to: { email: string; name: string; locale: string },
	email: AccountEmail,
): EmailMessage {
	const language: Language = isLanguage(to.locale) ? to.locale : defaultLanguage
	const t = serverI18n(language).getFixedT(language, 'email')
	const link = 'link' in email ? `${getEnv().PUBLIC_URL}${email.link}` : ''
	const date = 'date' in email ? formatDate(email.date, language, 'UTC') : ''
	const when = 'when' in email ? email.when : ''
	const values = { name: to.name, link, title: 'title' in email ? email.title : '', date, when }
	const body = [
		t('greeting', values),
		'',
		t(`${email.kind}.body`, values),
		...(link ? ['', link] : []),
		'',
		t('signature'),
	].join('\n')
	return { to: to.email, subject: t(`${email.kind}.subject`), text: body }
}

export function sendAccountEmail(to: { email: string; name: string; locale: string }, email: AccountEmail) {
	return sendEmail(composeAccountEmail(to, email))
}
