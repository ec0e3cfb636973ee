import { useTranslation } from 'react-i18next'
import { type Framework } from '#app/modules/laws/framework.ts'
import {
	type ElementGroup,
	type ElementId,
	elements,
	elementsOf,
	protocolStatuses,
	provisionValues,
} from '#app/modules/laws/vocabulary.ts'
import { InputField, SelectField, TextAreaField } from '#app/ui/forms.tsx'
import { useReader } from '#app/ui/i18n.tsx'

type Values = Record<string, string> | null
type Errors = Record<string, string[] | undefined>

type ElementPart = 'value' | 'instrument' | 'article' | 'note' | 'asOf' | 'quote' | 'quoteLanguage' | 'unofficial'

/** Each field's label for the error summary: "Maximum penalty, basic offence: Article". */
export function useEditLabel(framework: Framework) {
	const { t } = useTranslation('laws')
	const { t: tc } = useTranslation('common')
	const { language } = useReader()
	const partLabels: Record<ElementPart, string> = {
		value: t('edit.value'),
		instrument: t('edit.instrument'),
		article: t('edit.article'),
		note: t('edit.note'),
		asOf: t('edit.asOf'),
		quote: t('edit.quoteText'),
		quoteLanguage: t('edit.quoteLanguage'),
		unofficial: t('edit.unofficial', { language: tc(`languageNames.${language}`) }),
	}
	const instrumentLabels: Record<string, string> = {
		id: t('edit.instrumentId'),
		name: t('edit.instrumentName'),
		language: t('edit.instrumentLanguage'),
		year: t('edit.instrumentYear'),
		articles: t('edit.instrumentArticles'),
		url: t('edit.instrumentUrl'),
	}
	return (name: string) => {
		const [head = '', part = ''] = name.split('.')
		if (head.startsWith('instrument-')) {
			const row = Number(head.slice('instrument-'.length))
			return `${framework.instruments[row]?.name ?? t('edit.newInstrument')}: ${instrumentLabels[part] ?? part}`
		}
		if (head in elements) return `${t(`elements.${head}.name`)}: ${partLabels[part as keyof typeof partLabels] ?? part}`
		return undefined
	}
}

/** Every element of a group: its value, where the law says it, and optionally the law's own words. */
export function ElementFields({
	group,
	framework,
	today,
	values,
	errors,
}: {
	group: ElementGroup
	framework: Framework
	today: string
	values: Values
	errors: Errors
}) {
	const { t } = useTranslation('laws')
	const { t: tc } = useTranslation('common')
	const { language } = useReader()
	const instruments = [
		{ value: '', label: t('edit.chooseInstrument') },
		...framework.instruments.map((instrument) => ({ value: instrument.id, label: instrument.name })),
	]
	return (
		<>
			{elementsOf(group).map((id: ElementId) => {
				const entry = framework.elements[id]
				const field = (part: string) => `${id}.${part}`
				const shown = (part: string, recorded: string) => values?.[field(part)] ?? recorded
				const measure = elements[id].measure
				const value = entry?.value ?? 'unknown'
				return (
					<fieldset key={id} className="element-fields">
						<legend>{t(`elements.${id}.name`)}</legend>
						<p className="field-hint">{t(`elements.${id}.explanation`)}</p>
						{measure === 'provision' ? (
							<SelectField
								name={field('value')}
								label={t('edit.value')}
								options={provisionValues.map((option) => ({ value: option, label: t(`values.${option}`) }))}
								defaultValue={shown('value', String(value))}
								errors={errors[field('value')]}
							/>
						) : (
							<InputField
								name={field('value')}
								label={t(`edit.${measure}`)}
								inputMode="numeric"
								defaultValue={shown('value', typeof value === 'number' ? String(value) : '')}
								errors={errors[field('value')]}
							/>
						)}
						<SelectField
							name={field('instrument')}
							label={t('edit.instrument')}
							options={instruments}
							defaultValue={shown('instrument', entry?.citation?.instrument ?? '')}
							errors={errors[field('instrument')]}
						/>
						<InputField
							name={field('article')}
							label={t('edit.article')}
							defaultValue={shown('article', entry?.citation?.article ?? '')}
							errors={errors[field('article')]}
						/>
						<InputField
							name={field('note')}
							label={t('edit.note')}
							defaultValue={shown('note', entry?.note ?? '')}
							errors={errors[field('note')]}
						/>
						<InputField
							name={field('asOf')}
							label={t('edit.asOf')}
							type="date"
							defaultValue={shown('asOf', entry?.asOf ?? today)}
							errors={errors[field('asOf')]}
						/>
						<details open={Boolean(entry?.quote || values?.[field('quote')])}>
							<summary>{t('edit.quote')}</summary>
							<TextAreaField
								name={field('quote')}
								label={t('edit.quoteText')}
								defaultValue={shown('quote', entry?.quote?.text ?? '')}
								lang={entry?.quote?.language}
								errors={errors[field('quote')]}
								rows={3}
							/>
							<InputField
								name={field('quoteLanguage')}
								label={t('edit.quoteLanguage')}
								defaultValue={shown('quoteLanguage', entry?.quote?.language ?? '')}
								maxLength={2}
								errors={errors[field('quoteLanguage')]}
							/>
							<TextAreaField
								name={field('unofficial')}
								label={t('edit.unofficial', { language: tc(`languageNames.${language}`) })}
								defaultValue={shown('unofficial', entry?.quote?.unofficial[language] ?? '')}
								errors={errors[field('unofficial')]}
								rows={3}
							/>
						</details>
					</fieldset>
				)
			})}
		</>
	)
}

/** The recorded instruments and one empty row to add another; emptying a name removes that one. */
export function InstrumentFields({
	instruments,
	values,
	errors,
}: {
	instruments: Framework['instruments']
	values: Values
	errors: Errors
}) {
	const { t } = useTranslation('laws')
	const rows = [...instruments, null].slice(0, 30)
	return (
		<>
			<p>{t('edit.removeHint')}</p>
			{rows.map((instrument, row) => {
				const field = (part: string) => `instrument-${row}.${part}`
				const shown = (part: string, recorded: string) => values?.[field(part)] ?? recorded
				return (
					<fieldset key={instrument?.id ?? 'new'} className="element-fields">
						<legend>{instrument ? t('edit.instrumentLegend', { number: row + 1 }) : t('edit.newInstrument')}</legend>
						<InputField
							name={field('id')}
							label={t('edit.instrumentId')}
							defaultValue={shown('id', instrument?.id ?? '')}
							errors={errors[field('id')]}
						/>
						<InputField
							name={field('name')}
							label={t('edit.instrumentName')}
							defaultValue={shown('name', instrument?.name ?? '')}
							errors={errors[field('name')]}
						/>
						<InputField
							name={field('language')}
							label={t('edit.instrumentLanguage')}
							maxLength={2}
							defaultValue={shown('language', instrument?.language ?? '')}
							errors={errors[field('language')]}
						/>
						<InputField
							name={field('year')}
							label={t('edit.instrumentYear')}
							inputMode="numeric"
							defaultValue={shown('year', instrument?.year ? String(instrument.year) : '')}
							errors={errors[field('year')]}
						/>
						<InputField
							name={field('articles')}
							label={t('edit.instrumentArticles')}
							defaultValue={shown('articles', instrument?.articles ?? '')}
							errors={errors[field('articles')]}
						/>
						<InputField
							name={field('url')}
							label={t('edit.instrumentUrl')}
							defaultValue={shown('url', instrument?.url ?? '')}
							errors={errors[field('url')]}
						/>
					</fieldset>
				)
			})}
		</>
	)
}

export function ProtocolFields({
	protocol,
	values,
	errors,
}: {
	protocol: Framework['protocol']
	values: Values
	errors: Errors
}) {
	const { t } = useTranslation('laws')
	const shown = (name: string, recorded: string | null) => values?.[name] ?? recorded ?? ''
	return (
		<>
			<SelectField
				name="status"
				label={t('edit.protocolStatus')}
				options={protocolStatuses.map((status) => ({ value: status, label: t(`protocol.statuses.${status}`) }))}
				defaultValue={shown('status', protocol.status)}
				errors={errors.status}
			/>
			<InputField
				name="signedOn"
				label={t('edit.protocolSigned')}
				hint={t('edit.dateHint')}
				defaultValue={shown('signedOn', protocol.signedOn)}
				errors={errors.signedOn}
			/>
			<InputField
				name="joinedOn"
				label={t('edit.protocolJoined')}
				hint={t('edit.dateHint')}
				defaultValue={shown('joinedOn', protocol.joinedOn)}
				errors={errors.joinedOn}
			/>
			<InputField
				name="source"
				label={t('edit.protocolSource')}
				defaultValue={shown('source', protocol.source)}
				errors={errors.source}
			/>
			<InputField
				name="asOf"
				label={t('edit.protocolAsOf')}
				type="date"
				defaultValue={shown('asOf', protocol.asOf)}
				errors={errors.asOf}
			/>
		</>
	)
}
