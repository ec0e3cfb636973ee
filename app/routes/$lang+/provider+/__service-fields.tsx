import { useTranslation } from 'react-i18next'
import { serviceTypes } from '#app/modules/programmes/vocabulary.ts'
import { Field, InputField, SelectField } from '#app/ui/forms.tsx'
import { type FactValues, LanguageChecks, type Option } from './__programme-facts-fields.tsx'

/** A support service's facts and its text in one language, as form fields. */
export function ServiceFields({
	language,
	values,
	errors,
	countries,
	languages,
}: {
	language: string
	values: FactValues
	errors: Record<string, string[] | undefined>
	countries: Option[]
	languages: Option[]
}) {
	const { t } = useTranslation('programmes')
	const text = (name: string) =>
		values[name] === null || values[name] === undefined ? undefined : String(values[name])
	return (
		<>
			<InputField
				name="name"
				label={t('services.fields.name')}
				defaultValue={text('name')}
				errors={errors.name}
				maxLength={120}
				required
			/>
			<Field name="summary" label={t('services.fields.summary')} errors={errors.summary}>
				{(attributes) => <textarea {...attributes} rows={4} defaultValue={text('summary')} lang={language} />}
			</Field>
			<InputField
				name="hours"
				label={t('directory.hours')}
				defaultValue={text('hours')}
				errors={errors.hours}
				maxLength={200}
				required
			/>
			<Field name="contact" label={t('directory.contact')} errors={errors.contact}>
				{(attributes) => <textarea {...attributes} rows={3} defaultValue={text('contact')} lang={language} />}
			</Field>
			<SelectField
				name="type"
				label={t('directory.type')}
				options={serviceTypes.map((type) => ({ value: type, label: t(`serviceTypes.${type}`) }))}
				defaultValue={text('type')}
				errors={errors.type}
			/>
			<SelectField
				name="country"
				label={t('catalogue.country')}
				options={countries}
				defaultValue={text('country')}
				errors={errors.country}
			/>
			<InputField
				name="region"
				label={t('catalogue.region')}
				defaultValue={text('region')}
				errors={errors.region}
				maxLength={100}
				required
			/>
			<LanguageChecks
				languages={languages}
				offered={[values.languages ?? []].flat().map(String)}
				errors={errors.languages}
			/>
			<InputField
				name="phone"
				label={t('services.fields.phone')}
				defaultValue={text('phone')}
				errors={errors.phone}
				maxLength={40}
			/>
			<div className="check">
				<input
					type="checkbox"
					id="service-open24h"
					name="open24h"
					defaultChecked={values.open24h === true || values.open24h === 'on'}
				/>
				<label htmlFor="service-open24h">{t('directory.open24h')}</label>
			</div>
		</>
	)
}
