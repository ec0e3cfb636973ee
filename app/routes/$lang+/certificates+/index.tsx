import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { certificatesOf, verificationUrl } from '#app/modules/certificates/certificates.server.ts'
import { qrSvg } from '#app/modules/certificates/qr.server.ts'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { pendingFollowUps } from '#app/modules/indicators/follow-ups.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { inLanguage, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { CertificateFacts } from './__certificate-parts.tsx'
import { FollowUpNotice } from './__follow-up-notice.tsx'

export const handle: StringsHandle = { i18n: ['certificates', 'courses', 'outcomes'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	languageFromParams(params)
	const { user } = await requireUser(request)
	const certificates = await Promise.all(
		certificatesOf(user.id).map(async (certificate) => {
			const url = verificationUrl(certificate.code, certificate.language)
			return { ...certificate, url, qr: await qrSvg(url) }
		}),
	)
	return json({ certificates, followUps: pendingFollowUps(user.id) })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'mine.title', 'certificates')

export default function MyCertificates() {
	const { t } = useTranslation('certificates')
	const href = useHref()
	const { certificates, followUps } = useLoaderData<typeof loader>()
	return (
		<div className="page">
			<h1>{t('mine.title')}</h1>
			<p>
				<Link to={href('/certificates/transcript')}>{t('transcript.title')}</Link>
			</p>
			<FollowUpNotice followUps={followUps} />
			{certificates.length ? (
				<ul className="cards">
					{certificates.map((certificate) => (
						<li key={certificate.code} className="card certificate-card">
							<h2 {...inLanguage(certificate.language)}>{certificate.certificateName}</h2>
							<div className="certificate-card__body">
								<CertificateFacts certificate={certificate} />
								<figure className="qr">
									<div role="img" aria-label={t('mine.qr')} dangerouslySetInnerHTML={{ __html: certificate.qr }} />
									<figcaption>
										<a href={certificate.url}>{t('mine.verifyLink')}</a>
									</figcaption>
								</figure>
							</div>
							<p className="actions">
								<Link to={href(`/certificates/${certificate.code}/print`)}>{t('mine.print')}</Link>
								<a href={`/credentials/${certificate.code}.json`} download>
									{t('mine.json')}
								</a>
								<a href={`/credentials/${certificate.code}.jwt`} download>
									{t('mine.jwt')}
								</a>
							</p>
						</li>
					))}
				</ul>
			) : (
				<p>
					{t('mine.empty')} <Link to={href('/courses')}>{t('mine.browse')}</Link>
				</p>
			)}
		</div>
	)
}
