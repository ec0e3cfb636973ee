import { useTranslation } from 'react-i18next'
import { partnershipStatuses } from '#app/modules/network/vocabulary.ts'
import { languages } from '#app/platform/i18n.ts'
import {
	ErrorList,
	ErrorSummary,
	InputField,
	LinkedForm,
	SelectField,
	SubmitButton,
	TextAreaField,
} from '#app/ui/forms.tsx'
import { fieldProps, type FormValues, valueOf, valuesOf } from '#app/ui/checkbox-group.tsx'
import { inLanguage } from '#app/ui/i18n.tsx'
import { ManySelectField } from '#app/ui/many-select-field.tsx'

export type PartnershipFormOptions = {
	organisations: { id: string; name: string; country: string }[]
	countries: { value: string; label: string }[]
}

const text = (values: FormValues, name: string) => valueOf(values[name])
const list = (values: FormValues, name: string) => valuesOf(values[name])

/** The partnership form for creating and editing: every language's title and goal side by side. */
export function PartnershipForm({
	values,
	errors,
	options,
	submitLabel,
	editing,
}: {
	values: FormValues
	errors: Record<string, string[] | undefined>
	options: PartnershipFormOptions
	submitLabel: string
	editing: boolean
}) {
	const { t } = useTranslation('partnerships')
	const { t: common } = useTranslation()
	const field = fieldProps(values, errors, (name) => t(`form.${name}`))
	const languageName = (language: string) => common(`languageNames.${language}`)
	const labels: Record<string, string> = {
		form: submitLabel,
		...Object.fromEntries(
			['sourceLanguage', 'countries', 'startsOn', 'endsOn', 'status', 'partnerIds', 'confirmRemoval'].map((name) => [
				name,
				t(`form.${name}`),
			]),
		),
		...Object.fromEntries(
			languages.flatMap((language) => [
				[`title.${language}`, t('form.titleIn', { language: languageName(language) })],
				[`goal.${language}`, t('form.goalIn', { language: languageName(language) })],
			]),
		),
	}
	return (
		<LinkedForm method="POST" id="partnership" className="stack" noValidate>
			<ErrorSummary form="partnership" errors={errors} labels={labels} />
			<ErrorList id="partnership-errors" errors={errors.form} />
			<fieldset>
				<legend>{t('form.whatLegend')}</legend>
				<SelectField
					{...field('sourceLanguage')}
					hint={t('form.sourceLanguageHint')}
					options={languages.map((language) => ({ value: language, label: languageName(language) }))}
				/>
				<>
					{languages.map((language) => (
						<fieldset key={language} {...inLanguage(language)}>
							<legend>{languageName(language)}</legend>
							<InputField
								name={`title.${language}`}
								label={labels[`title.${language}`]!}
								errors={errors[`title.${language}`]}
								defaultValue={text(values, `title.${language}`)}
							/>
							<TextAreaField
								name={`goal.${language}`}
								label={labels[`goal.${language}`]!}
								errors={errors[`goal.${language}`]}
								defaultValue={text(values, `goal.${language}`)}
								rows={5}
							/>
						</fieldset>
					))}
				</>
			</fieldset>
			<fieldset>
				<legend>{t('form.whereWhenLegend')}</legend>
				<ManySelectField
					name="countries"
					label={labels.countries!}
					hint={t('form.countriesHint')}
					errors={errors.countries}
					chosen={list(values, 'countries')}
					options={options.countries}
				/>
				<InputField {...field('startsOn')} type="date" hint={t('form.dayHint')} />
				<InputField {...field('endsOn')} type="date" hint={t('form.endsOnHint')} />
				<SelectField
					{...field('status')}
					options={partnershipStatuses.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
				/>
			</fieldset>
			<fieldset>
				<legend>{t('form.partnersLegend')}</legend>
				<ManySelectField
					name="partnerIds"
					label={labels.partnerIds!}
					hint={t(editing ? 'form.partnerIdsEditHint' : 'form.partnerIdsHint')}
					errors={errors.partnerIds}
					chosen={list(values, 'partnerIds')}
					options={options.organisations.map((organisation) => ({
						value: organisation.id,
						label: `${organisation.name} (${organisation.country})`,
					}))}
				/>
				{editing ? (
					<div className={errors.confirmRemoval?.length ? 'field field--invalid checkbox' : 'checkbox'}>
						<input
							type="checkbox"
							id="partnership-confirmRemoval"
							name="confirmRemoval"
							defaultChecked={text(values, 'confirmRemoval') === 'on'}
							aria-describedby="partnership-confirmRemoval-errors"
						/>
						<label htmlFor="partnership-confirmRemoval">{labels.confirmRemoval}</label>
						<ErrorList id="partnership-confirmRemoval-errors" errors={errors.confirmRemoval} />
					</div>
				) : null}
			</fieldset>
			<SubmitButton>{submitLabel}</SubmitButton>
		</LinkedForm>
	)
}
