import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { qrSvg } from '#app/modules/certificates/qr.server.ts'
import { certificateWording } from '#app/modules/certificates/wording.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { requireHolderCertificate } from './__holder.server.ts'

export const handle: StringsHandle = { i18n: ['certificates'] }

/**
 * The printable certificate, for its holder (and platform admins). It is written in the
 * language the course was taken in, whatever language the site is read in.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
	const certificate = await requireHolderCertificate(request, params, context.clientKey)
	const wording = certificateWording(certificate)
	return json({ wording, qr: await qrSvg(wording.url), code: certificate.code })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'print.heading', 'certificates')

export default function PrintCertificate() {
	const { wording, qr, code } = useLoaderData<typeof loader>()
	const { t } = useTranslation('certificates')
	const href = useHref()
	return (
		<div className="page print-page">
			<p className="no-print actions">
				<span>{t('print.hint')}</span>
				<a href={href(`/certificates/${code}/pdf`)} download>
					{t('print.pdf')}
				</a>
			</p>
			<article className="certificate" lang={wording.language} dir={wording.dir}>
				<p className="certificate__heading">{wording.heading}</p>
				{wording.status ? <p className="certificate__void">{wording.status}</p> : null}
				<p>{wording.awarded}</p>
				<h1 className="certificate__holder">{wording.holder}</h1>
				<p className="certificate__name">{wording.name}</p>
				<p>{wording.completed}</p>
				<p>{wording.issuers}</p>
				{wording.trainers ? <p>{wording.trainers}</p> : null}
				{wording.score ? <p>{wording.score}</p> : null}
				<p>{wording.dates}</p>
				<div className="certificate__verify">
					<div role="img" aria-label={wording.qr} className="qr" dangerouslySetInnerHTML={{ __html: qr }} />
					<p>
						{wording.verify}
						<br />
						<span dir="ltr" className="certificate__address">
							{wording.url}
						</span>
						<br />
						{wording.codeLabel}: <code dir="ltr">{code}</code>
					</p>
				</div>
			</article>
		</div>
	)
}
