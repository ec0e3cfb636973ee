import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { parseSearchParams } from '#app/modules/search/filters.ts'
import { searchAtlas } from '#app/modules/search/search.server.ts'
import { searchPageSize } from '#app/modules/search/vocabulary.ts'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { can } from '#app/platform/permissions.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { Pagination } from '#app/ui/pagination.tsx'
import { Facets, Hits, SearchForm } from '#app/ui/search-results.tsx'

export const handle: StringsHandle = { i18n: ['library', 'search'] }

/** The library browses the same index as search, without words: documents only, newest first unless asked. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const auth = await getSignedInUser(request)
	const input = parseSearchParams(new URL(request.url).searchParams)
	const results = await searchAtlas(auth?.user ?? null, language, {
		...input,
		query: '',
		filters: { ...input.filters, kind: 'document' },
	})
	const user = auth?.user ?? null
	return json({ ...input, results, pageSize: searchPageSize, maySubmit: can(user, 'library:submit') })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'index.title', 'library')

export default function Library() {
	const { t } = useTranslation('library')
	const href = useHref()
	const format = useFormat()
	const { page, filters, results, pageSize, maySubmit } = useLoaderData<typeof loader>()
	return (
		<div className="page">
			<h1>{t('index.title')}</h1>
			<p className="lead">{t('index.intro')}</p>
			<SearchForm query="" action={href('/search')} />
			{maySubmit ? (
				<p>
					<Link to={href('/library/submit')}>{t('index.submit')}</Link> ·{' '}
					<Link to={href('/library/submissions')}>{t('index.submissions')}</Link>
				</p>
			) : null}
			<div className="search-layout">
				<Facets facets={results.facets} chosen={filters} />
				<div>
					<h2>{t('index.count', { count: results.total, formatted: format.number(results.total) })}</h2>
					{results.hits.length ? <Hits hits={results.hits} query="" /> : <p>{t('index.empty')}</p>}
					<Pagination page={page} pageSize={pageSize} total={results.total} />
				</div>
			</div>
		</div>
	)
}
