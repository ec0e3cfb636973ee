import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { type ZonedSpan } from '#app/modules/events/when.ts'
import { useFormat, useHref } from '#app/ui/i18n.tsx'

type When = { there: ZonedSpan; yours: ZonedSpan | null }

function Span({ span }: { span: ZonedSpan }) {
	const { t } = useTranslation('events')
	return span.endDay
		? t('when.multiDay', { startDay: span.startDay, from: span.from, endDay: span.endDay, to: span.to })
		: t('when.oneDay', { day: span.startDay, from: span.from, to: span.to })
}

/** "Tuesday 10 March 2026, 09:00–17:00 in Vienna · 08:00–16:00 your time", each part in its own line on narrow screens. */
export function EventWhen({ when, startsAt }: { when: When; startsAt: string }) {
	const { t } = useTranslation('events')
	return (
		<p className="event-when">
			<time dateTime={startsAt} suppressHydrationWarning>
				{t('when.there', { city: when.there.city })} <Span span={when.there} />
			</time>
			{when.yours ? (
				<>
					<span aria-hidden="true"> · </span>
					<span className="event-when-yours" suppressHydrationWarning>
						{t('when.yours', { city: when.yours.city })} <Span span={when.yours} />
					</span>
				</>
			) : null}
		</p>
	)
}

export type EventSummaryView = {
	slug: string
	title: string
	textLanguage: string
	kind: string
	format: string
	city: string | null
	country: string | null
	audience: string
	cancelled: boolean
	startsAt: string
	when: When
}

/** One event in a list: title, kind, where and when, and whether it is cancelled. */
export function EventItem({ event, headingLevel = 2 }: { event: EventSummaryView; headingLevel?: 2 | 3 }) {
	const { t } = useTranslation('events')
	const format = useFormat()
	const href = useHref()
	const Heading = headingLevel === 2 ? 'h2' : 'h3'
	return (
		<li className="event-item">
			<Heading>
				<Link to={href(`/events/${event.slug}`)} lang={event.textLanguage}>
					{event.title}
				</Link>
			</Heading>
			<p className="muted">
				{t(`kinds.${event.kind}`)} · {placeOf(event, t, format.country)}
				{event.audience !== 'public' ? ` · ${t(`audiences.${event.audience}`)}` : null}
				{event.cancelled ? (
					<>
						{' · '}
						<strong>{t('cancelled')}</strong>
					</>
				) : null}
			</p>
			<EventWhen when={event.when} startsAt={event.startsAt} />
		</li>
	)
}

export function placeOf(
	event: { format: string; city: string | null; country: string | null },
	t: (key: string) => string,
	countryName: (code: string) => string,
) {
	const venue = event.city && event.country ? `${event.city}, ${countryName(event.country)}` : null
	if (event.format === 'online' || !venue) return t('formats.online')
	return event.format === 'hybrid' ? `${venue} · ${t('formats.hybrid')}` : venue
}
