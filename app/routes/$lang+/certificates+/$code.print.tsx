import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { describeCertificate, findCertificate, verificationUrl } from '#app/modules/certificates/certificates.server.ts'
import { qrSvg } from '#app/modules/certificates/qr.server.ts'
import { forbidden, requireUser } from '#app/platform/auth.server.ts'
import { hasRole } from '#app/platform/permissions.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { directionOf } from '#app/platform/i18n.ts'
import { formatDate, formatPercent } from '#app/platform/format.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { pageTitle } from '#app/ui/meta.ts'

/**
 * The printable certificate, for its holder (and platform admins). It is written in the
 * language the course was taken in, whatever language the site is read in, so the
 * labels are translated here rather than with the page's translations.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	languageFromParams(params)
	const { user } = await requireUser(request)
	const row = findCertificate(params.code ?? '')
	if (!row) throw notFound()
	if (row.userId !== user.id && !hasRole(user, 'platform_admin')) throw forbidden()
	const certificate = describeCertificate(row)
	const language = certificate.language
	const { t } = serverI18n(language)
	const label = (key: string, values?: Record<string, unknown>) => t(key, { ns: 'certificates', ...values })
	const url = verificationUrl(certificate.code, language)
	return json({
		language,
		dir: directionOf(language),
		url,
		qr: await qrSvg(url),
		text: {
			heading: label('print.heading'),
			awarded: label('print.awarded'),
			completed: label('print.completed', { course: certificate.courseTitle, revision: certificate.courseRevision }),
			issuers: label('print.issuedBy', { issuers: certificate.issuers.map((issuer) => issuer.name).join(', ') }),
			trainers: certificate.trainers.length ? label('print.trainers', { trainers: certificate.trainers.join(', ') }) : null,
			score: certificate.score === null ? null : label('print.score', { score: formatPercent(certificate.score, language) }),
			issued: label('print.issued', { date: formatDate(certificate.issuedAt, language, 'UTC') }),
			expires: certificate.expiresAt ? label('print.expires', { date: formatDate(certificate.expiresAt, language, 'UTC') }) : label('print.noExpiry'),
			verify: label('print.verify'),
			code: label('fields.code'),
			qr: label('mine.qr'),
			status: certificate.status === 'valid' || certificate.status === 'expiring' ? null : label(`status.${certificate.status}`),
		},
		certificate,
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'print.heading', 'certificates')

export default function PrintCertificate() {
	const { language, dir, url, qr, text, certificate } = useLoaderData<typeof loader>()
	const { t } = useTranslation('certificates')
	return (
		<div className="page print-page">
			<p className="no-print">
				{t('print.hint')}
			</p>
			<article className="certificate" lang={language} dir={dir}>
				<p className="certificate__heading">{text.heading}</p>
				{text.status ? <p className="certificate__void">{text.status}</p> : null}
				<p>{text.awarded}</p>
				<h1 className="certificate__holder">{certificate.holderName}</h1>
				<p className="certificate__name">{certificate.certificateName}</p>
				<p>{text.completed}</p>
				<p>{text.issuers}</p>
				{text.trainers ? <p>{text.trainers}</p> : null}
				{text.score ? <p>{text.score}</p> : null}
				<p>
					{text.issued} · {text.expires}
				</p>
				<div className="certificate__verify">
					<div role="img" aria-label={text.qr} className="qr" dangerouslySetInnerHTML={{ __html: qr }} />
					<p>
						{text.verify}
						<br />
						<span dir="ltr">{url}</span>
						<br />
						{text.code}: <code dir="ltr">{certificate.code}</code>
					</p>
				</div>
			</article>
		</div>
	)
}
