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
import { inLanguage } from '#app/ui/i18n.tsx'

type Values = Record<string, string | string[] | undefined>
type Choice = { id: string; name: string; country: string }

export type CampaignFormOptions = {
	runners: Choice[]
	organisations: Choice[]
	countries: { value: string; label: string }[]
}

const text = (values: Values, name: string) => {
	const value = values[name]
	return typeof value === 'string' ? value : undefined
}
const list = (values: Values, name: string) => {
	const value = values[name]
	return Array.isArray(value) ? value : value ? [value] : []
}

/** A multiple choice that works without JavaScript: a list box, with its hint saying how to pick several. */
function ManyField(props: {
	name: string
	label: string
	hint: string
	chosen: string[]
	errors?: string[]
	options: { value: string; label: string }[]
}) {
	const id = `campaign-${props.name}`
	return (
		<div className={props.errors?.length ? 'field field--invalid' : 'field'}>
			<label htmlFor={id}>{props.label}</label>
			<p id={`${id}-hint`} className="field-hint">
				{props.hint}
			</p>
			<select
				id={id}
				name={props.name}
				multiple
				size={8}
				defaultValue={props.chosen}
				aria-describedby={`${id}-hint`}
				aria-invalid={props.errors?.length ? true : undefined}
			>
				{props.options.map((option) => (
					<option key={option.value} value={option.value}>
						{option.label}
					</option>
				))}
			</select>
			<ErrorList id={`${id}-errors`} errors={props.errors} />
		</div>
	)
}

/** The campaign form for creating and editing: every language's words side by side, then targets, period, partners and press. */
export function CampaignForm({
	values,
	errors,
	options,
	submitLabel,
}: {
	values: Values
	errors: Record<string, string[] | undefined>
	options: CampaignFormOptions
	submitLabel: string
}) {
	const { t } = useTranslation('campaigns')
	const { t: common } = useTranslation()
	const field = (name: string) => ({
		name,
		label: t(`form.${name}`),
		errors: errors[name],
		defaultValue: text(values, name),
	})
	const languageLabel = (language: string) => common(`languageNames.${language}`)
	const labels = (name: string) => {
		const [part, language] = name.split('.')
		if (language) return t(`form.${part}In`, { language: languageLabel(language) })
		return name === 'form' ? undefined : t(`form.${name}`)
	}
	const chosenAudiences = list(values, 'audiences')
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
				<ManyField
					name="countries"
					label={t('form.countries')}
					hint={t('form.countriesHint')}
					chosen={list(values, 'countries')}
					errors={errors.countries}
					options={options.countries}
				/>
				<fieldset id="campaign-audiences">
					<legend>{t('form.audiences')}</legend>
					{campaignAudiences.map((audience) => (
						<div className="checkbox" key={audience}>
							<input
								type="checkbox"
								id={`audience-${audience}`}
								name="audiences"
								value={audience}
								defaultChecked={chosenAudiences.includes(audience)}
							/>
							<label htmlFor={`audience-${audience}`}>{t(`audiences.${audience}`)}</label>
						</div>
					))}
					<ErrorList id="campaign-audiences-errors" errors={errors.audiences} />
				</fieldset>
				<InputField {...field('startsOn')} type="date" hint={t('form.periodHint')} />
				<InputField {...field('endsOn')} type="date" />
			</fieldset>
			<fieldset>
				<legend>{t('form.whoLegend')}</legend>
				<SelectField {...field('organisationId')} options={options.runners.map(named)} />
				<ManyField
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
