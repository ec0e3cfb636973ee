import { useTranslation } from 'react-i18next'
import { channelKinds } from '#app/modules/network/vocabulary.ts'
import { languages } from '#app/platform/i18n.ts'
import { fieldProps, type FormErrors, type FormValues, valueOf } from '#app/ui/checkbox-group.tsx'
import { ErrorSummary, InputField, LinkedForm, SelectField, SubmitButton } from '#app/ui/forms.tsx'
import { inLanguage } from '#app/ui/i18n.tsx'
import { AreasField, CountriesField, TickBox } from './__network-fields.tsx'

/** The focal point form for adding and editing: the function in every language side by side, then the channel. */
export function FocalPointForm({
	values,
	errors,
	countries,
	submitLabel,
}: {
	values: FormValues
	errors: FormErrors
	countries: { value: string; label: string }[]
	submitLabel: string
}) {
	const { t } = useTranslation('network')
	const { t: common } = useTranslation()
	const text = (name: string) => valueOf(values[name])
	const field = fieldProps(values, errors, (name) => t(`focalPointForm.${name}`))
	const labels: Record<string, string> = {
		form: submitLabel,
		...Object.fromEntries(
			['countries', 'areas', 'languages', 'channelKind', 'channel', 'available24h'].map((name) => [
				name,
				t(`focalPointForm.${name}`),
			]),
		),
		...Object.fromEntries(
			languages.map((language) => [
				`title.${language}`,
				t('focalPointForm.titleIn', { language: common(`languageNames.${language}`) }),
			]),
		),
	}
	return (
		<LinkedForm method="POST" id="focal-point" className="stack" noValidate>
			<ErrorSummary form="focal-point" errors={errors} labels={labels} />
			<input type="hidden" name="intent" value="save" />
			<fieldset>
				<legend>{t('focalPointForm.titlesLegend')}</legend>
				<p className="field-hint">{t('focalPointForm.titlesHint')}</p>
				{languages.map((language) => (
					<div key={language} {...inLanguage(language)}>
						<InputField
							name={`title.${language}`}
							label={labels[`title.${language}`]!}
							errors={errors[`title.${language}`]}
							defaultValue={text(`title.${language}`)}
						/>
					</div>
				))}
			</fieldset>
			<CountriesField
				name="countries"
				label={labels.countries!}
				hint={t('focalPointForm.countriesHint')}
				values={values}
				errors={errors}
				countries={countries}
			/>
			<AreasField legend={labels.areas!} values={values} errors={errors} />
			<InputField {...field('languages')} hint={t('focalPointForm.languagesHint')} />
			<SelectField
				{...field('channelKind')}
				options={channelKinds.map((kind) => ({ value: kind, label: t(`channelKinds.${kind}`) }))}
			/>
			<InputField {...field('channel')} hint={t('focalPointForm.channelHint')} maxLength={120} />
			<TickBox name="available24h" label={labels.available24h!} values={values} errors={errors} />
			<SubmitButton>{submitLabel}</SubmitButton>
		</LinkedForm>
	)
}
