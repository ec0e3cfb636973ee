import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { eventSummary } from '#app/modules/events/pages.server.ts'
import { eventChoices, listEvents } from '#app/modules/events/store.server.ts'
import { eventsPageSize } from '#app/modules/events/vocabulary.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { pageNumber } from '#app/platform/form-fields.ts'
import { languageName } from '#app/platform/format.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { can } from '#app/platform/permissions.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { useHref, useReader } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { Pagination } from '#app/ui/pagination.tsx'
import { EventFilters } from './__filters.tsx'
import { eventFilterFrom, filterParams } from '#app/modules/events/filters.ts'
import { EventItem } from './__parts.tsx'

export const handle: StringsHandle = { i18n: ['events'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const query = new URL(request.url).searchParams
	const auth = await getSignedInUser(request)
	const actor = auth?.user ?? null
	const when = query.get('when') === 'past' ? 'past' : 'upcoming'
	const filter = eventFilterFrom(query)
	const page = pageNumber(query.get('page'))
	const { rows, total } = listEvents(actor, { ...filter, when }, page, new Date())
	const choices = eventChoices()
	const filters = filterParams(filter)
	return json({
		when,
		filter,
		page,
		total,
		events: rows.map((row) => eventSummary(row, language, actor?.timeZone ?? null)),
		countries: countryOptions(language, choices.countries),
		languages: choices.languages.map((code) => ({ value: code, label: languageName(code, language) })),
		filterQuery: filters.toString(),
		signedIn: Boolean(actor),
		mayOrganise: can(actor, 'events:organise'),
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'list.title', 'events')

export default function Events() {
	const { t } = useTranslation('events')
	const href = useHref()
	const { language } = useReader()
	const data = useLoaderData<typeof loader>()
	const withFilters = (path: string, extra: Record<string, string> = {}) => {
		const params = new URLSearchParams(data.filterQuery)
		for (const [name, value] of Object.entries(extra)) params.set(name, value)
		const search = params.toString()
		return search ? `${path}?${search}` : path
	}
	return (
		<div className="page">
			<h1>{t('list.title')}</h1>
			<p>{t('list.intro')}</p>
			<p className="inline-actions">
				<Link to={href(withFilters('/events/calendar'))}>{t('list.calendarView')}</Link>
				<a href={withFilters('/events/feed.ics', { lang: language })} download>
					{t('list.feed')}
				</a>
				{data.signedIn ? <Link to={href('/events/mine')}>{t('list.mine')}</Link> : null}
				{data.mayOrganise ? <Link to={href('/events/new')}>{t('list.new')}</Link> : null}
			</p>
			<nav aria-label={t('list.whenLabel')}>
				<ul className="language-tabs">
					{(['upcoming', 'past'] as const).map((when) => (
						<li key={when}>
							<Link to={href(withFilters('/events', { when }))} aria-current={data.when === when ? 'page' : undefined}>
								{t(`list.${when}`)}
							</Link>
						</li>
					))}
				</ul>
			</nav>
			<EventFilters
				values={data.filter}
				countries={data.countries}
				languages={data.languages}
				hidden={{ when: data.when }}
			/>
			<h2 className="visually-hidden">{t(`list.${data.when}`)}</h2>
			{data.events.length ? (
				<ul className="event-list plain-list" aria-label={t(`list.${data.when}`)}>
					{data.events.map((event) => (
						<EventItem key={event.slug} event={event} headingLevel={3} />
					))}
				</ul>
			) : (
				<p>{t(data.when === 'past' ? 'list.noPast' : 'list.noUpcoming')}</p>
			)}
			<Pagination page={data.page} pageSize={eventsPageSize} total={data.total} />
		</div>
	)
}
