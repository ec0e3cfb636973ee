import { useTranslation } from 'react-i18next'
import { type PresentedEvent } from '#app/modules/events/pages.server.ts'
import { languageName } from '#app/platform/format.ts'
import { useFormat, useReader } from '#app/ui/i18n.tsx'
import { placeOf } from './__parts.tsx'

type Facts = Pick<
	PresentedEvent,
	| 'format'
	| 'city'
	| 'country'
	| 'audience'
	| 'workingLanguages'
	| 'interpretation'
	| 'organisers'
	| 'contactEmail'
	| 'timeZone'
	| 'registrationClosesAt'
>

/** The practical facts of an event as a description list: where, for whom, in which languages, run by whom. */
export function EventFacts({ event }: { event: Facts }) {
	const { t } = useTranslation('events')
	const format = useFormat()
	const { language } = useReader()
	const names = (codes: string[]) => format.list(codes.map((code) => languageName(code, language)))
	return (
		<section aria-labelledby="facts-heading">
			<h2 id="facts-heading">{t('event.facts')}</h2>
			<dl className="facts">
				<dt>{t('event.where')}</dt>
				<dd>{placeOf(event, t, format.country)}</dd>
				<dt>{t('event.timeZone')}</dt>
				<dd>{event.timeZone}</dd>
				<dt>{t('event.audience')}</dt>
				<dd>{t(`audiences.${event.audience}`)}</dd>
				<dt>{t('event.workingLanguages')}</dt>
				<dd>{event.workingLanguages.length ? names(event.workingLanguages) : t('event.notSaid')}</dd>
				<dt>{t('event.interpretation')}</dt>
				<dd>{event.interpretation.length ? names(event.interpretation) : t('event.noInterpretation')}</dd>
				<dt>{t('event.registrationCloses')}</dt>
				<dd>{format.dateTime(event.registrationClosesAt)}</dd>
				<dt>{t('event.organisers')}</dt>
				<dd>
					<ul className="plain-list">
						{event.organisers.map((organiser) => (
							<li key={organiser.id}>
								{organiser.name} ({format.country(organiser.country)})
							</li>
						))}
					</ul>
				</dd>
				<dt>{t('event.contact')}</dt>
				<dd>
					<a href={`mailto:${event.contactEmail}`}>{event.contactEmail}</a>
				</dd>
			</dl>
		</section>
	)
}
