import { useTranslation } from 'react-i18next'
import { type CertificateView } from '#app/modules/certificates/certificates.server.ts'
import { type CertificateStatus } from '#app/modules/certificates/vocabulary.ts'
import { formatDate } from '#app/platform/format.ts'
import { useFormat, useReader } from '#app/ui/i18n.tsx'
import { ListOf } from '#app/ui/list-of.tsx'

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
	// Names are isolated (<bdi>) so an English title keeps its brackets on an Arabic page, and lists use the reader's words.
	const facts: [string, React.ReactNode][] = [
		[t('fields.status'), <StatusBadge key="status" status={certificate.status} />],
		[t('fields.holder'), <bdi key="holder">{certificate.holderName}</bdi>],
		[t('fields.certificate'), <bdi key="certificate">{certificate.certificateName}</bdi>],
		[
			t('fields.course'),
			<>
				<bdi>{certificate.courseTitle}</bdi> ({t('fields.revision', { revision: certificate.courseRevision })})
			</>,
		],
		[t('fields.language'), tc(`languageNames.${certificate.language}`)],
		[
			t('fields.competencies'),
			<ListOf
				key="competencies"
				items={certificate.competencies.map((competency) => tCourses(`competencies.${competency}`))}
				empty="—"
			/>,
		],
		[
			t('fields.issuers'),
			<ListOf
				key="issuers"
				items={certificate.issuers.map((issuer) => (
					<>
						<bdi>{issuer.name}</bdi> ({format.country(issuer.country)})
					</>
				))}
			/>,
		],
		[t('fields.trainers'), <ListOf key="trainers" items={certificate.trainers} empty="—" />],
		[t('fields.score'), certificate.score === null ? t('fields.noScore') : format.percent(certificate.score)],
		// Certificate dates are calendar days in UTC, as printed, so a printout and this page always agree.
		[t('fields.issued'), formatDate(certificate.issuedAt, language, 'UTC')],
		[
			t('fields.expires'),
			certificate.expiresAt ? formatDate(certificate.expiresAt, language, 'UTC') : t('fields.noExpiry'),
		],
		[
			t('fields.code'),
			<code key="code" dir="ltr">
				{certificate.code}
			</code>,
		],
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
