import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { parseSearchParams } from '#app/modules/search/filters.ts'
import { searchAtlas } from '#app/modules/search/search.server.ts'
import { searchPageSize } from '#app/modules/search/vocabulary.ts'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { Pagination } from '#app/ui/pagination.tsx'
import { Facets, Hits, SearchForm } from '#app/ui/search-results.tsx'

export const handle: StringsHandle = { i18n: ['library', 'search'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const auth = await getSignedInUser(request)
	const input = parseSearchParams(new URL(request.url).searchParams)
	const searching = input.query.trim() !== ''
	const results = searching ? await searchAtlas(auth?.user ?? null, language, input) : null
	return json({ ...input, results, pageSize: searchPageSize })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'title', 'search')

export default function Search() {
	const { t } = useTranslation('search')
	const href = useHref()
	const format = useFormat()
	const { query, sort, page, filters, results, pageSize } = useLoaderData<typeof loader>()
	return (
		<div className="page">
			<h1>{t('title')}</h1>
			{/* Without words the newest come first; once someone searches, the best match does unless they chose. */}
			<SearchForm query={query} sort={query.trim() ? sort : 'relevance'} />
			{!results ? (
				<div className="stack">
					<p>{t('empty.intro')}</p>
					<p>
						{t('empty.try')}{' '}
						{['first', 'second', 'third']
							.map((key) => t(`empty.examples.${key}`))
							.map((example, index) => (
								<span key={example}>
									{index ? ', ' : ''}
									<Link to={`?${new URLSearchParams({ q: example })}`}>{example}</Link>
								</span>
							))}
					</p>
					<p>
						<Link to={href('/library')}>{t('empty.browse')}</Link>
					</p>
				</div>
			) : (
				<div className="search-layout">
					<Facets facets={results.facets} chosen={filters} />
					<div>
						<h2 aria-live="polite">
							{t('results', { count: results.total, formatted: format.number(results.total) })}
						</h2>
						{results.hits.length ? (
							<Hits hits={results.hits} query={query} />
						) : (
							<div className="stack">
								<p>{t('none.intro', { query })}</p>
								{results.suggestion ? (
									<p>
										{t('none.didYouMean')}{' '}
										<Link to={`?${suggestionSearch(filters, results.suggestion)}`}>{results.suggestion}</Link>
									</p>
								) : null}
								<ul>
									<li>{t('none.fewerWords')}</li>
									<li>{t('none.otherLanguage')}</li>
									{Object.values(filters).some(Boolean) ? (
										<li>
											<Link to={`?${new URLSearchParams({ q: query })}`}>{t('none.clearFilters')}</Link>
										</li>
									) : null}
									<li>
										<Link to={href('/library')}>{t('empty.browse')}</Link>
									</li>
								</ul>
							</div>
						)}
						<Pagination page={page} pageSize={pageSize} total={results.total} />
					</div>
				</div>
			)}
		</div>
	)
}

/** The same search with the suggested words: the filters stay, the page starts again. */
function suggestionSearch(filters: Record<string, string | undefined>, suggestion: string) {
	const params = new URLSearchParams({ q: suggestion })
	for (const [name, value] of Object.entries(filters)) if (value !== undefined) params.set(name, value)
	return params
}
