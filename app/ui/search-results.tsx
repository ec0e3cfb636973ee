import { Form, Link, useLocation } from '@remix-run/react'
import { Trans, useTranslation } from 'react-i18next'
import { type FacetCount } from '#app/modules/search/contract.ts'
import { type PresentedHit, type Segment } from '#app/modules/search/highlight.ts'
import { facetNames, type FacetName, searchKinds } from '#app/modules/search/vocabulary.ts'
import { FilterPanel } from './filter-panel.tsx'
import { inLanguage, useFormat, useHref, useReader } from './i18n.tsx'

/** Text with the matched words marked; the marks are elements, never HTML from the index. */
export function Marked({ segments }: { segments: Segment[] }) {
	return (
		<>
			{segments.map((segment, index) =>
				segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
			)}
		</>
	)
}

/** How a facet value reads in the reader's language. */
export function useFacetLabel() {
	const { t } = useTranslation('search')
	const { t: tl } = useTranslation('library')
	const { t: common } = useTranslation('common')
	const format = useFormat()
	return (facet: FacetName, value: string) => {
		switch (facet) {
			case 'type':
				// Courses, programmes, laws and agreements are kinds of their own; every other type is a library document's.
				return (searchKinds as readonly string[]).includes(value) ? t(`kinds.${value}`) : tl(`types.${value}`)
			case 'topic':
				return common(`topics.${value}`)
			case 'country':
				return format.country(value)
			case 'language':
				return common(`languageNames.${value}`)
			case 'tier':
				return tl(`tiers.${value}`)
		}
	}
}

/**
 * Facets as plain links, so narrowing works without JavaScript: each adds its filter to
 * the address (back to page 1); a chosen one shows how to remove it.
 */
export function Facets({
	facets,
	chosen,
}: {
	facets: Record<FacetName, FacetCount[]>
	chosen: Partial<Record<FacetName, string>>
}) {
	const { t } = useTranslation('search')
	const label = useFacetLabel()
	const format = useFormat()
	const { pathname, search } = useLocation()
	const linkTo = (facet: FacetName, value: string | null) => {
		const params = new URLSearchParams(search)
		params.delete('page')
		if (value === null) params.delete(facet)
		else params.set(facet, value)
		return `${pathname}?${params}`
	}
	// Each value is isolated: "العربية (3)" on an English page, or "English (3)" on an Arabic one, keeps its count after it.
	return (
		<FilterPanel chosen={facetNames.filter((facet) => chosen[facet]).length}>
			<nav aria-label={t('facets.label')} className="facets">
				{facetNames.map((facet) => {
					const counts = facets[facet]
					if (!counts.length && !chosen[facet]) return null
					return (
						<section key={facet} aria-labelledby={`facet-${facet}`}>
							<h2 id={`facet-${facet}`}>{t(`facets.${facet}`)}</h2>
							<ul>
								{chosen[facet] ? (
									<li>
										<Link to={linkTo(facet, null)}>
											<Trans
												t={t}
												i18nKey="facets.remove"
												values={{ value: label(facet, chosen[facet]!) }}
												components={{ bdi: <bdi /> }}
											/>
										</Link>
									</li>
								) : null}
								{counts.slice(0, 12).map((count) => (
									<li key={count.value}>
										{chosen[facet] === count.value ? (
											<span aria-current="true">
												<bdi>{label(facet, count.value)}</bdi> ({format.number(count.count)})
											</span>
										) : (
											<Link to={linkTo(facet, count.value)}>
												<bdi>{label(facet, count.value)}</bdi> ({format.number(count.count)})
											</Link>
										)}
									</li>
								))}
							</ul>
						</section>
					)
				})}
			</nav>
		</FilterPanel>
	)
}

export function Hits({ hits, query }: { hits: PresentedHit[]; query: string }) {
	const { t } = useTranslation('search')
	const { t: common } = useTranslation('common')
	const label = useFacetLabel()
	const href = useHref()
	const format = useFormat()
	const { language } = useReader()
	return (
		<ol className="search-hits">
			{hits.map((hit) => (
				<li key={hit.itemKey} className="card" {...inLanguage(hit.language)}>
					<p className="meta">
						{label('type', hit.type)}
						{hit.tier !== 'public' ? (
							<>
								{' '}
								· <span className={`tier tier--${hit.tier}`}>{label('tier', hit.tier)}</span>
							</>
						) : null}
					</p>
					<h3>
						<Link to={href(query ? `${hit.path}?${new URLSearchParams({ q: query })}` : hit.path)}>
							<Marked segments={hit.titleSegments} />
						</Link>
					</h3>
					<p>
						<Marked segments={hit.snippet} />
					</p>
					<p className="meta" lang={language} dir={language === 'ar' ? 'rtl' : 'ltr'}>
						{hit.language !== language ? (
							<>
								<Trans
									t={t}
									i18nKey="hit.inLanguage"
									values={{ language: common(`languageNames.${hit.language}`) }}
									components={{ bdi: <bdi /> }}
								/>
								{' · '}
							</>
						) : null}
						{format.day(hit.publishedOn)}
						{hit.countries.length ? ` · ${format.list(hit.countries.map((code) => format.country(code)))}` : ''}
					</p>
				</li>
			))}
		</ol>
	)
}

/**
 * The search box, with its sort order when results are shown (`sort`): a plain GET form. The library's box leads
 * to search without a sort, so on a phone it takes one line above the library's own results.
 */
export function SearchForm({ query, sort, action }: { query: string; sort?: string; action?: string }) {
	const { t } = useTranslation('search')
	return (
		<Form method="GET" action={action} role="search" className="search-form">
			{/* Each label stays on the line of its control when a phone wraps the form. */}
			<span className="search-form__query">
				<label htmlFor="search-query">{t('query')}</label>
				<input id="search-query" type="search" name="q" defaultValue={query} maxLength={200} />
			</span>
			{sort ? (
				<span className="search-form__sort">
					<label htmlFor="search-sort">{t('sort.label')}</label>
					<select id="search-sort" name="sort" defaultValue={sort}>
						<option value="relevance">{t('sort.relevance')}</option>
						<option value="date">{t('sort.date')}</option>
					</select>
				</span>
			) : null}
			<button type="submit" className="button">
				{t('submit')}
			</button>
		</Form>
	)
}
