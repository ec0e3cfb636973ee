import { type HeadersFunction, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { describeCertificate, findCertificate } from '#app/modules/certificates/certificates.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { enforceRateLimit } from '#app/platform/rate-limit.server.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { CertificateFacts } from './certificates+/__certificate-parts.tsx'

export const handle: StringsHandle = { i18n: ['certificates', 'courses'] }

export async function loader({ params, context }: LoaderFunctionArgs) {
	languageFromParams(params)
	// Every lookup counts, found or not, so codes cannot be guessed by trying many.
	enforceRateLimit('verify', context.clientKey)
	const certificate = findCertificate(params.code ?? '')
	if (!certificate) return json({ certificate: null }, { status: 404 })
	return json({ certificate: describeCertificate(certificate) })
}

// A holder shares this address with whom they choose; search engines must not list their name.
export const headers: HeadersFunction = () => ({ 'X-Robots-Tag': 'noindex, nofollow' })

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'verify.title', 'certificates')

export default function VerifyCertificate() {
	const { t } = useTranslation('certificates')
	const { certificate } = useLoaderData<typeof loader>()
	const href = useHref()
	if (!certificate) {
		return (
			<div className="page narrow">
				<h1>{t('verify.notFoundTitle')}</h1>
				<p>{t('verify.notFound')}</p>
				<p>
					<Link to={href('/verify')}>{t('verifyByCode.another')}</Link>
				</p>
			</div>
		)
	}
	return (
		<div className="page narrow">
			<h1>{t('verify.title')}</h1>
			<p className="lead">{t(`verify.says.${certificate.status}`)}</p>
			<CertificateFacts certificate={certificate} />
			<p className="meta">{t('verify.compare')}</p>
		</div>
	)
}
