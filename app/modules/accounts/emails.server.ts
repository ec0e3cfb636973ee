import { isLanguage, type Language, defaultLanguage } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { type EmailMessage, sendEmail } from '#app/platform/email.server.ts'

export type AccountEmail =
	| { kind: 'confirm-email'; link: string }
	| { kind: 'already-registered'; link: string }
	| { kind: 'application-approved'; link: string }
	| { kind: 'application-refused' }
	| { kind: 'reset-password'; link: string }
	| { kind: 'password-changed' }

/** Writes an account email in the recipient's language from the `email` namespace. */
export function composeAccountEmail(
	to: { email: string; name: string; locale: string },
	email: AccountEmail,
): EmailMessage {
	const language: Language = isLanguage(to.locale) ? to.locale : defaultLanguage
	const t = serverI18n(language).getFixedT(language, 'email')
	const values = { name: to.name, link: 'link' in email ? email.link : '' }
	const body = [
		t('greeting', values),
		'',
		t(`${email.kind}.body`, values),
		...('link' in email ? ['', email.link] : []),
		'',
		t('signature'),
	].join('\n')
	return { to: to.email, subject: t(`${email.kind}.subject`), text: body }
}

export function sendAccountEmail(
	to: { email: string; name: string; locale: string },
	email: AccountEmail,
) {
	return sendEmail(composeAccountEmail(to, email))
}
