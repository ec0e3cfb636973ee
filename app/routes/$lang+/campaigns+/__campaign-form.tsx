import { useTranslation } from 'react-i18next'
import { campaignAudiences } from '#app/modules/campaigns/vocabulary.ts'
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
import { CheckboxGroup, fieldProps, type FormValues, valueOf, valuesOf } from '#app/ui/checkbox-group.tsx'
import { inLanguage } from '#app/ui/i18n.tsx'
import { ManySelectField } from '#app/ui/many-select-field.tsx'

type Choice = { id: string; name: string; country: string }

export type CampaignFormOptions = {
	runners: Choice[]
	organisations: Choice[]
	countries: { value: string; label: string }[]
}

const text = (values: FormValues, name: string) => valueOf(values[name])
const list = (values: FormValues, name: string) => valuesOf(values[name])

/** The campaign form for creating and editing: every language's words side by side, then targets, period, partners and press. */
export function CampaignForm({
	values,
	errors,
	options,
	submitLabel,
}: {
	values: FormValues
	errors: Record<string, string[] | undefined>
	options: CampaignFormOptions
	submitLabel: string
}) {
	const { t } = useTranslation('campaigns')
	const { t: common } = useTranslation()
	const field = fieldProps(values, errors, (name) => t(`form.${name}`))
	const languageLabel = (language: string) => common(`languageNames.${language}`)
	const labels = (name: string) => {
		const [part, language] = name.split('.')
		if (language) return t(`form.${part}In`, { language: languageLabel(language) })
		return name === 'form' ? undefined : t(`form.${name}`)
	}
	const named = (organisation: Choice) => ({
		value: organisation.id,
		label: `${organisation.name} (${organisation.country})`,
	})
	return (
		<LinkedForm method="POST" id="campaign" className="stack" noValidate>
			<ErrorSummary form="campaign" errors={errors} labels={labels} />
			<ErrorList id="campaign-errors" errors={errors.form} />
			<fieldset>
				<legend>{t('form.wordsLegend')}</legend>
				<p className="field-hint">{t('form.wordsHint')}</p>
				<SelectField
					{...field('sourceLanguage')}
					hint={t('form.sourceLanguageHint')}
					options={languages.map((language) => ({ value: language, label: languageLabel(language) }))}
				/>
				<div className="stack">
					{languages.map((language) => (
						<fieldset key={language} {...inLanguage(language)}>
							<legend>{languageLabel(language)}</legend>
							{(['title', 'message', 'signs'] as const).map((part) =>
								part === 'title' ? (
									<InputField
										key={part}
										name={`title.${language}`}
										label={labels(`title.${language}`)!}
										errors={errors[`title.${language}`]}
										defaultValue={text(values, `title.${language}`)}
									/>
								) : (
									<TextAreaField
										key={part}
										name={`${part}.${language}`}
										label={labels(`${part}.${language}`)!}
										hint={part === 'signs' ? t('form.signsHint') : undefined}
										errors={errors[`${part}.${language}`]}
										defaultValue={text(values, `${part}.${language}`)}
										rows={part === 'message' ? 5 : 4}
									/>
								),
							)}
						</fieldset>
					))}
				</div>
			</fieldset>
			<fieldset>
				<legend>{t('form.whereLegend')}</legend>
				<ManySelectField
					name="countries"
					label={t('form.countries')}
					hint={t('form.countriesHint')}
					chosen={list(values, 'countries')}
					errors={errors.countries}
					options={options.countries}
				/>
				<CheckboxGroup
					name="audiences"
					legend={t('form.audiences')}
					values={campaignAudiences}
					labelOf={(audience) => t(`audiences.${audience}`)}
					checked={list(values, 'audiences')}
					errors={errors.audiences}
				/>
				<InputField {...field('startsOn')} type="date" hint={t('form.periodHint')} />
				<InputField {...field('endsOn')} type="date" />
			</fieldset>
			<fieldset>
				<legend>{t('form.whoLegend')}</legend>
				<SelectField {...field('organisationId')} options={options.runners.map(named)} />
				<ManySelectField
					name="partnerIds"
					label={t('form.partnerIds')}
					hint={t('form.partnerIdsHint')}
					chosen={list(values, 'partnerIds')}
					errors={errors.partnerIds}
					options={options.organisations.map(named)}
				/>
			</fieldset>
			<fieldset>
				<legend>{t('form.pressLegend')}</legend>
				<InputField {...field('pressName')} hint={t('form.pressNameHint')} />
				<InputField {...field('pressEmail')} type="email" hint={t('form.pressEmailHint')} />
				<InputField {...field('pressPhone')} hint={t('form.pressPhoneHint')} />
			</fieldset>
			<SubmitButton>{submitLabel}</SubmitButton>
		</LinkedForm>
	)
}
