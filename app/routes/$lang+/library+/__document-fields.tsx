import { useTranslation } from 'react-i18next'
import {
	accessTiers,
	audiences,
	documentTypes,
	protocolStatuses,
	regions,
	topics,
} from '#app/modules/library/vocabulary.ts'
import { CheckboxGroup, type FormErrors, type FormValues, valueOf, valuesOf } from '#app/ui/checkbox-group.tsx'
import { directionOf, isLanguage } from '#app/platform/i18n.ts'
import { InputField, SelectField, TextAreaField } from '#app/ui/forms.tsx'
import { MdxReference } from '#app/ui/mdx-reference.tsx'

type Option = { value: string; label: string }

/** A document field's label by its name, for the error summary: `fields.<name>`, the three countries numbered. */
export function useDocumentFieldLabel() {
	const { t } = useTranslation('library')
	return (name: string) => {
		const country = /^country([1-3])$/.exec(name)
		if (country) return t('fields.country', { number: Number(country[1]) })
		return t(`fields.${name}`, { defaultValue: '' }) || undefined
	}
}

/** The facts every language shares: type, tier, topics, places, audience, date, sources and, for protocols, the version. */
export function DocumentFactsFields({
	values,
	errors,
	tiers,
	countries,
}: {
	values: FormValues
	errors: FormErrors
	tiers: readonly string[]
	countries: Option[]
}) {
	const { t } = useTranslation('library')
	const { t: tc } = useTranslation('common')
	const chosenCountries = valuesOf(values.countries)
	return (
		<>
			<SelectField
				name="type"
				label={t('fields.type')}
				options={documentTypes.map((value) => ({ value, label: t(`types.${value}`) }))}
				defaultValue={valueOf(values.type)}
				errors={errors.type}
			/>
			<SelectField
				name="tier"
				label={t('fields.tier')}
				hint={t('fields.tierHint')}
				options={accessTiers
					.filter((tier) => tiers.includes(tier))
					.map((value) => ({ value, label: t(`tiers.${value}`) }))}
				defaultValue={valueOf(values.tier)}
				errors={errors.tier}
			/>
			<CheckboxGroup
				name="topics"
				legend={t('fields.topics')}
				values={topics}
				labelOf={(value) => tc(`topics.${value}`)}
				checked={valuesOf(values.topics)}
				errors={errors.topics}
			/>
			<fieldset className="checks">
				<legend>{t('fields.countries')}</legend>
				{[1, 2, 3].map((number) => (
					<SelectField
						key={number}
						name={`country${number}`}
						label={t('fields.country', { number })}
						placeholder={t('fields.noCountry')}
						options={countries}
						defaultValue={valueOf(values[`country${number}`]) ?? chosenCountries[number - 1]}
						errors={errors[`country${number}`]}
					/>
				))}
			</fieldset>
			<CheckboxGroup
				name="regions"
				legend={t('fields.regions')}
				values={regions}
				labelOf={(value) => t(`regions.${value}`)}
				checked={valuesOf(values.regions)}
				errors={errors.regions}
			/>
			<CheckboxGroup
				name="audience"
				legend={t('fields.audience')}
				values={audiences}
				labelOf={(value) => t(`audiences.${value}`)}
				checked={valuesOf(values.audience)}
				errors={errors.audience}
			/>
			<InputField
				name="publishedOn"
				type="date"
				label={t('fields.publishedOn')}
				defaultValue={valueOf(values.publishedOn)}
				errors={errors.publishedOn}
			/>
			<TextAreaField
				name="sources"
				label={t('fields.sources')}
				hint={t('fields.sourcesHint')}
				defaultValue={valuesOf(values.sources).join('\n')}
				errors={errors.sources}
				rows={4}
			/>
			<fieldset className="checks">
				<legend>{t('fields.protocol')}</legend>
				<p className="field-hint">{t('fields.protocolHint')}</p>
				<InputField
					name="protocolVersion"
					label={t('fields.protocolVersion')}
					inputMode="numeric"
					defaultValue={valueOf(values.protocolVersion)}
					errors={errors.protocolVersion}
				/>
				<SelectField
					name="protocolStatus"
					label={t('fields.protocolStatus')}
					placeholder={t('fields.notProtocol')}
					options={protocolStatuses.map((value) => ({ value, label: t(`protocolStatuses.${value}`) }))}
					defaultValue={valueOf(values.protocolStatus)}
					errors={errors.protocolStatus}
				/>
			</fieldset>
		</>
	)
}

/** The texts written per language: title, summary, body (MDX) and, for protocols, what changed. */
export function DocumentTextFields({
	values,
	errors,
	lang,
	protocol,
}: {
	values: FormValues
	errors: FormErrors
	lang?: string
	protocol: boolean
}) {
	const { t } = useTranslation('library')
	return (
		<div lang={lang} dir={lang && isLanguage(lang) ? directionOf(lang) : undefined}>
			<InputField name="title" label={t('fields.title')} defaultValue={valueOf(values.title)} errors={errors.title} />
			<TextAreaField
				name="summary"
				label={t('fields.summary')}
				defaultValue={valueOf(values.summary)}
				errors={errors.summary}
				rows={3}
			/>
			<TextAreaField
				name="body"
				label={t('fields.body')}
				hint={t('fields.bodyHint')}
				defaultValue={valueOf(values.body)}
				errors={errors.body}
				rows={16}
				className="code-input"
			/>
			<MdxReference />
			{protocol ? (
				<TextAreaField
					name="changelog"
					label={t('fields.changelog')}
					defaultValue={valueOf(values.changelog)}
					errors={errors.changelog}
					rows={3}
				/>
			) : null}
		</div>
	)
}
