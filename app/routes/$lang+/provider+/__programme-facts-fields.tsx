import { useTranslation } from 'react-i18next'
import {
	currencies,
	legalStatuses,
	literacyLevels,
	programmeFormats,
	programmeKinds,
	schedules,
	sectors,
} from '#app/modules/programmes/vocabulary.ts'
import { ErrorList, InputField, SelectField } from '#app/ui/forms.tsx'

export type Option = { value: string; label: string }
export type FactValues = Record<string, string | string[] | boolean | number | null | undefined>

/** The facts of a programme as form fields, shared by "new programme" and "edit details". */
export function ProgrammeFactsFields({
	values,
	errors,
	countries,
	languages,
}: {
	values: FactValues
	errors: Record<string, string[] | undefined>
	countries: Option[]
	languages: Option[]
}) {
	const { t } = useTranslation('programmes')
	const text = (name: string) =>
		values[name] === null || values[name] === undefined ? undefined : String(values[name])
	const labelled = (prefix: string, list: readonly string[]) =>
		list.map((value) => ({ value, label: t(`${prefix}.${value}`) }))
	const select = (name: string, label: string, options: Option[]) => (
		<SelectField name={name} label={label} options={options} defaultValue={text(name)} errors={errors[name]} required />
	)
	const ticked = (name: string) => values[name] === true || values[name] === 'on'
	const offered = [values.languages ?? []].flat().map(String)
	return (
		<>
			{select('kind', t('editor.kind'), labelled('editor.kinds', programmeKinds))}
			{select('sector', t('catalogue.sector'), labelled('sectors', sectors))}
			{select('format', t('catalogue.format'), labelled('formats', programmeFormats))}
			{select('country', t('catalogue.country'), countries)}
			<InputField
				name="region"
				label={t('catalogue.region')}
				defaultValue={text('region')}
				errors={errors.region}
				maxLength={100}
				required
			/>
			<LanguageChecks languages={languages} offered={offered} errors={errors.languages} />
			<InputField
				name="durationWeeks"
				label={t('editor.durationWeeks')}
				defaultValue={text('durationWeeks')}
				errors={errors.durationWeeks}
				inputMode="numeric"
				required
			/>
			{select('schedule', t('editor.schedule'), labelled('schedules', schedules))}
			<InputField
				name="costAmount"
				label={t('editor.costAmount')}
				hint={t('editor.costHint')}
				defaultValue={text('costAmount')}
				errors={errors.costAmount}
				inputMode="numeric"
			/>
			{select(
				'costCurrency',
				t('editor.currency'),
				currencies.map((code) => ({ value: code, label: code })),
			)}
			<InputField
				name="minimumAge"
				label={t('editor.minimumAge')}
				defaultValue={text('minimumAge') ?? '18'}
				errors={errors.minimumAge}
				inputMode="numeric"
				required
			/>
			{select('legalStatus', t('facts.papers'), labelled('legalStatuses', legalStatuses))}
			{select('literacy', t('facts.reading'), labelled('literacy', literacyLevels))}
			<InputField
				name="phone"
				label={t('editor.phone')}
				defaultValue={text('phone')}
				errors={errors.phone}
				maxLength={40}
			/>
			<fieldset className="checks">
				<legend>{t('catalogue.offers')}</legend>
				{(['stipend', 'childcare', 'transportHelp', 'jobPlacement', 'interestForm', 'walkIn'] as const).map((name) => (
					<div className="check" key={name}>
						<input type="checkbox" id={`fact-${name}`} name={name} defaultChecked={ticked(name)} />
						<label htmlFor={`fact-${name}`}>{t(`editor.offers.${name}`)}</label>
					</div>
				))}
			</fieldset>
		</>
	)
}

/** Tick boxes for the languages a listing is offered in. */
export function LanguageChecks({
	languages,
	offered,
	errors,
}: {
	languages: Option[]
	offered: string[]
	errors?: string[]
}) {
	const { t } = useTranslation('programmes')
	return (
		<fieldset className="checks">
			<legend>{t('facts.languages')}</legend>
			{languages.map((language) => (
				<div className="check" key={language.value}>
					<input
						type="checkbox"
						id={`language-${language.value}`}
						name="languages"
						value={language.value}
						defaultChecked={offered.includes(language.value)}
					/>
					<label htmlFor={`language-${language.value}`}>{language.label}</label>
				</div>
			))}
			<ErrorList id="languages-errors" errors={errors} />
		</fieldset>
	)
}
