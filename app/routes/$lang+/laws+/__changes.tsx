import { useTranslation } from 'react-i18next'
import { type FieldChange } from '#app/modules/laws/changes.ts'
import { type ElementEntry, type Instrument, type ProtocolStatusEntry } from '#app/modules/laws/framework.ts'
import { type ElementId } from '#app/modules/laws/vocabulary.ts'
import { useValueLabel } from './__parts.tsx'

/** One part of a framework before or after a change, in words: value, citation, note, quote, date. */
function Shown({ field, value }: { field: FieldChange['field']; value: unknown }) {
	const { t } = useTranslation('laws')
	const valueOf = useValueLabel()
	if (value === null || value === undefined) return <em>{t('history.notRecorded')}</em>
	if (field === 'instruments')
		return (
			<ul>
				{(value as Instrument[]).map((instrument) => (
					<li key={instrument.id} lang={instrument.language}>
						{instrument.name} {instrument.year ? `(${instrument.year})` : ''} {instrument.articles}
					</li>
				))}
			</ul>
		)
	if (field === 'protocol') {
		const protocol = value as ProtocolStatusEntry
		return (
			<span>
				{t(`protocol.statuses.${protocol.status}`)} {[protocol.signedOn, protocol.joinedOn].filter(Boolean).join(' / ')}
			</span>
		)
	}
	const entry = value as ElementEntry
	const id = field.slice('elements.'.length) as ElementId
	return (
		<span>
			<strong>{valueOf(id, entry)}</strong>
			{entry.citation ? ` · ${entry.citation.instrument}, ${entry.citation.article}` : ''}
			{entry.note ? ` · ${entry.note}` : ''}
			{entry.quote ? (
				<>
					{' · '}
					<q lang={entry.quote.language}>{entry.quote.text}</q>
				</>
			) : null}
			{` · ${t('country.asOf', { date: entry.asOf })}`}
		</span>
	)
}

/** A diff of a revision or a proposal: each changed part with what it held before and after. */
export function ChangeList({ changes }: { changes: { field: FieldChange['field']; from?: unknown; to?: unknown }[] }) {
	const { t } = useTranslation('laws')
	const label = (field: FieldChange['field']) =>
		field === 'instruments'
			? t('history.instrumentsChanged')
			: field === 'protocol'
				? t('history.protocolChanged')
				: t(`elements.${field.slice('elements.'.length)}.name`)
	return (
		<table className="compare change-list">
			<caption className="visually-hidden">{t('history.field')}</caption>
			<thead>
				<tr>
					<th scope="col">{t('history.field')}</th>
					<th scope="col">{t('history.before')}</th>
					<th scope="col">{t('history.after')}</th>
				</tr>
			</thead>
			<tbody>
				{changes.map((change) => (
					<tr key={change.field}>
						<th scope="row">{label(change.field)}</th>
						<td className="change-list__before">
							<Shown field={change.field} value={change.from} />
						</td>
						<td className="change-list__after">
							<Shown field={change.field} value={change.to} />
						</td>
					</tr>
				))}
			</tbody>
		</table>
	)
}
