import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { frameworkHistory } from '#app/modules/laws/store.server.ts'
import { countryName } from '#app/platform/format.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { DateTime } from '#app/ui/time.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { frameworkFromParams } from './__country.server.ts'
import { MissingCountry } from './__missing.tsx'
import { ChangeList } from './__changes.tsx'

export const handle: StringsHandle = { i18n: ['laws'] }

export async function loader({ params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const found = frameworkFromParams(params, language, (code) => `/laws/${code}/history`)
	if (found.missing) return json({ missing: found.missing, country: null, name: '', revisions: [] }, { status: 404 })
	const { country } = found.framework
	return json({
		missing: null,
		country,
		name: countryName(country, language),
		revisions: frameworkHistory(country).map((revision) => ({
			...revision,
			publishedAt: revision.publishedAt.toISOString(),
		})),
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'country.history', 'laws')

export default function FrameworkHistory() {
	const { t } = useTranslation('laws')
	const href = useHref()
	const { missing, country, name, revisions } = useLoaderData<typeof loader>()
	if (missing) return <MissingCountry missing={missing} />
	return (
		<div className="page">
			<h1>{t('history.title', { country: name })}</h1>
			<p>
				<Link to={href(`/laws/${country}`)}>{t('history.back', { country: name })}</Link>
			</p>
			<ol className="revision-list" reversed>
				{revisions.map((revision) => (
					<li key={revision.number}>
						<h2>{t('history.revision', { number: revision.number })}</h2>
						<p>
							<DateTime value={revision.publishedAt} dateOnly />
							{' · '}
							{revision.reviewer
								? `${t('history.proposedBy', { name: revision.author ?? t('review.someone') })}, ${t('history.approvedBy', { name: revision.reviewer })}`
								: t('history.imported')}
						</p>
						{revision.note ? <p>{t('history.note', { note: revision.note })}</p> : null}
						{revision.changes.length ? <ChangeList changes={revision.changes} /> : <p>{t('history.firstImport')}</p>}
					</li>
				))}
			</ol>
		</div>
	)
}
