import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { eventsOfMonth, eventChoices } from '#app/modules/events/store.server.ts'
import { addMonths, isMonth, monthGrid, zonedMonth } from '#app/platform/zoned-time.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { languageName } from '#app/platform/format.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { EventFilters } from './__filters.tsx'
import { eventFilterFrom, filterParams } from '#app/modules/events/filters.ts'

export const handle: StringsHandle = { i18n: ['events'] }

/** The month calendar: events placed on the day they start where they are held. Works without JavaScript. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const query = new URL(request.url).searchParams
	const auth = await getSignedInUser(request)
	const actor = auth?.user ?? null
	const asked = query.get('month')
	const month = isMonth(asked) ? asked : zonedMonth(new Date(), actor?.timeZone ?? 'UTC')
	const filter = { ...eventFilterFrom(query), month }
	const byDay: Record<string, { slug: string; title: string; language: string; cancelled: boolean }[]> = {}
	for (const event of eventsOfMonth(actor, filter)) {
		const { text, language: textLanguage } = textIn(event.texts, language, event.sourceLanguage)
		;(byDay[event.startsOn] ??= []).push({
			slug: event.slug,
			title: text.title,
			language: textLanguage,
			cancelled: event.status === 'cancelled',
		})
	}
	const { month: _, ...otherFilters } = filter
	const choices = eventChoices()
	return json({
		month,
		previous: addMonths(month, -1),
		next: addMonths(month, 1),
		// Weeks start on Monday, as in ISO 8601 and the calendars of most readers in Atlas's regions.
		weeks: monthGrid(month, 1),
		byDay,
		filter: otherFilters,
		filterQuery: filterParams(otherFilters).toString(),
		countries: countryOptions(language, choices.countries),
		languages: choices.languages.map((code) => ({ value: code, label: languageName(code, language) })),
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'calendar.title', 'events')

function weekdayNames(language: string, weekStartsOn: string) {
	const format = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' })
	const long = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' })
	const first = new Date(`${weekStartsOn}T12:00:00Z`)
	return Array.from({ length: 7 }, (_, index) => {
		const day = new Date(first.getTime() + index * 86_400_000)
		return { short: format.format(day), long: long.format(day) }
	})
}

export default function EventCalendar() {
	const { t, i18n } = useTranslation('events')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	const monthLink = (month: string) => {
		const params = new URLSearchParams(data.filterQuery)
		params.set('month', month)
		return href(`/events/calendar?${params}`)
	}
	const monthName = new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		new Date(`${data.month}-15T12:00:00Z`),
	)
	const days = weekdayNames(i18n.language, data.weeks[0]![0]!)
	return (
		<div className="page">
			<h1>{t('calendar.title')}</h1>
			<p className="inline-actions">
				<Link to={href(`/events${data.filterQuery ? `?${data.filterQuery}` : ''}`)}>{t('calendar.listView')}</Link>
			</p>
			<EventFilters
				values={data.filter}
				countries={data.countries}
				languages={data.languages}
				hidden={{ month: data.month }}
				withMonth={false}
			/>
			<nav aria-label={t('calendar.months')} className="inline-actions">
				{data.previous ? <Link to={monthLink(data.previous)}>{t('calendar.previous')}</Link> : null}
				{data.next ? <Link to={monthLink(data.next)}>{t('calendar.next')}</Link> : null}
			</nav>
			<div className="table-scroll" role="region" aria-labelledby="calendar-caption" tabIndex={0}>
				<table className="month-calendar">
					<caption id="calendar-caption">{monthName}</caption>
					<thead>
						<tr>
							{days.map((day) => (
								<th key={day.long} scope="col">
									<abbr title={day.long}>{day.short}</abbr>
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{data.weeks.map((week) => (
							<tr key={week[0]}>
								{week.map((day) => {
									const inMonth = day.startsWith(data.month)
									const events = inMonth ? (data.byDay[day] ?? []) : []
									return (
										<td key={day} className={inMonth ? undefined : 'muted'}>
											<span className="calendar-day">{Number(day.slice(8))}</span>
											{events.length ? (
												<ul className="plain-list">
													{events.map((event) => (
														<li key={event.slug}>
															<Link to={href(`/events/${event.slug}`)} lang={event.language}>
																{event.title}
															</Link>
															{event.cancelled ? ` (${t('cancelled')})` : null}
														</li>
													))}
												</ul>
											) : null}
										</td>
									)
								})}
							</tr>
						))}
					</tbody>
				</table>
			</div>
			{Object.keys(data.byDay).length ? null : <p>{t('calendar.empty')}</p>}
		</div>
	)
}
