import { formatDate, formatList, formatPercent } from '#app/platform/format.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { directionOf } from '#app/platform/i18n.ts'
import { type CertificateView, verificationUrl } from './certificates.server.ts'

/**
 * What a printed certificate says, in the language the course was taken in (not the
 * language the site is read in). The print page and the PDF both use it.
 */
export function certificateWording(certificate: CertificateView) {
	const language = certificate.language
	const { t } = serverI18n(language)
	const label = (key: string, values?: Record<string, unknown>) => t(key, { ns: 'certificates', ...values })
	const date = (iso: string) => formatDate(iso, language, 'UTC')
	return {
		language,
		dir: directionOf(language),
		url: verificationUrl(certificate.code, language),
		heading: label('print.heading'),
		awarded: label('print.awarded'),
		holder: certificate.holderName,
		name: certificate.certificateName,
		completed: label('print.completed', { course: certificate.courseTitle, revision: certificate.courseRevision }),
		issuers: label('print.issuedBy', {
			issuers: formatList(
				certificate.issuers.map((issuer) => issuer.name),
				language,
			),
		}),
		trainers: certificate.trainers.length
			? label('print.trainers', { trainers: formatList(certificate.trainers, language) })
			: null,
		score:
			certificate.score === null ? null : label('print.score', { score: formatPercent(certificate.score, language) }),
		dates: `${label('print.issued', { date: date(certificate.issuedAt) })} · ${certificate.expiresAt ? label('print.expires', { date: date(certificate.expiresAt) }) : label('print.noExpiry')}`,
		verify: label('print.verify'),
		codeLabel: label('fields.code'),
		qr: label('mine.qr'),
		status:
			certificate.status === 'valid' || certificate.status === 'expiring'
				? null
				: label(`status.${certificate.status}`),
	}
}

export type CertificateWording = ReturnType<typeof certificateWording>
