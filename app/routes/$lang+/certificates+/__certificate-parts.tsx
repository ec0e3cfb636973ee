import { useTranslation } from 'react-i18next'
import { type CertificateView } from '#app/modules/certificates/certificates.server.ts'
import { type CertificateStatus } from '#app/modules/certificates/vocabulary.ts'
import { formatDate } from '#app/platform/format.ts'
import { useFormat, useReader } from '#app/ui/i18n.tsx'

/** The status in words, with a mark and a colour: never colour alone. */
export function StatusBadge({ status }: { status: CertificateStatus }) {
	const { t } = useTranslation('certificates')
	const marks: Record<CertificateStatus, string> = { valid: '✓', expiring: '!', expired: '×', revoked: '×' }
	return (
		<strong className={`status status--${status}`}>
			<span aria-hidden="true">{marks[status]}</span> {t(`status.${status}`)}
		</strong>
	)
}

/**
 * Every field a verifier compares with a printout, as the database holds it. A revocation shows its category;
 * the administrator's note is passed only by the administration page.
 */
export function CertificateFacts({
	certificate,
	revocationNote,
}: {
	certificate: CertificateView
	revocationNote?: string | null
}) {
	const { t } = useTranslation('certificates')
	const { t: tc } = useTranslation('common')
	const { t: tCourses } = useTranslation('courses')
	const format = useFormat()
	const { language } = useReader()
	const facts: [string, React.ReactNode][] = [
		[t('fields.status'), <StatusBadge key="status" status={certificate.status} />],
		[t('fields.holder'), certificate.holderName],
		[t('fields.certificate'), certificate.certificateName],
		[
			t('fields.course'),
			`${certificate.courseTitle} (${t('fields.revision', { revision: certificate.courseRevision })})`,
		],
		[t('fields.language'), tc(`languageNames.${certificate.language}`)],
		[
			t('fields.competencies'),
			certificate.competencies.map((competency) => tCourses(`competencies.${competency}`)).join(', ') || '—',
		],
		[
			t('fields.issuers'),
			certificate.issuers.map((issuer) => `${issuer.name} (${format.country(issuer.country)})`).join('; '),
		],
		[t('fields.trainers'), certificate.trainers.join(', ') || '—'],
		[t('fields.score'), certificate.score === null ? t('fields.noScore') : format.percent(certificate.score)],
		// Certificate dates are calendar days in UTC, as printed, so a printout and this page always agree.
		[t('fields.issued'), formatDate(certificate.issuedAt, language, 'UTC')],
		[
			t('fields.expires'),
			certificate.expiresAt ? formatDate(certificate.expiresAt, language, 'UTC') : t('fields.noExpiry'),
		],
		[t('fields.code'), <code key="code">{certificate.code}</code>],
	]
	if (certificate.renewed) facts.splice(1, 0, [t('fields.renewed'), t('fields.renewedBy')])
	if (certificate.revokedAt) {
		const category = certificate.revocationCategory ?? 'other'
		facts.splice(
			1,
			0,
			[t('fields.revoked'), formatDate(certificate.revokedAt, language, 'UTC')],
			[t('fields.revokedReason'), t(`revocation.${category}`)],
			...(revocationNote !== undefined
				? [[t('fields.revocationNote'), revocationNote ?? '—'] satisfies [string, React.ReactNode]]
				: []),
		)
	}
	return (
		<dl className="facts">
			{facts.map(([label, value]) => (
				<div key={label}>
					<dt>{label}</dt>
					<dd>{value}</dd>
				</div>
			))}
		</dl>
	)
}
