import { useTranslation } from 'react-i18next'
import { storyKinds } from '#app/modules/news/vocabulary.ts'
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

type Values = Record<string, string | undefined>
type Choice = { id: string; name: string; country: string }

export type StoryFormChoices = {
	organisations: Choice[]
	consentOrganisations: Choice[]
	campaigns: { value: string; label: string }[]
	timeZone: string
}

const organisationOptions = (choices: Choice[]) =>
	choices.map((organisation) => ({ value: organisation.id, label: `${organisation.name} (${organisation.country})` }))

/** The story form for writing and editing: every language side by side, the embargo on the writer's own clock. */
export function StoryForm({
	values,
	errors,
	options,
}: {
	values: Values
	errors: Record<string, string[] | undefined>
	options: StoryFormChoices
}) {
	const { t } = useTranslation('news')
	const { t: common } = useTranslation()
	const field = (name: string) => ({ name, label: t(`form.${name}`), errors: errors[name], defaultValue: values[name] })
	const languageName = (language: string) => common(`languageNames.${language}`)
	const labels: Record<string, string> = {
		form: t('form.legend'),
		...Object.fromEntries(
			['kind', 'organisationId', 'sourceLanguage', 'campaignId', 'embargoUntil', 'namesSurvivor']
				.concat(['consentOrganisationId', 'consentReference'])
				.map((name) => [name, t(`form.${name}`)]),
		),
		...Object.fromEntries(
			languages.flatMap((language) =>
				(['title', 'summary', 'body'] as const).map((part) => [
					`${part}.${language}`,
					t(`form.${part}In`, { language: languageName(language) }),
				]),
			),
		),
	}
	return (
		<LinkedForm method="POST" id="story" className="stack" noValidate>
			<ErrorSummary form="story" errors={errors} labels={labels} />
			<ErrorList id="story-errors" errors={errors.form} />
			<fieldset>
				<legend>{t('form.whatLegend')}</legend>
				<SelectField
					{...field('kind')}
					options={storyKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
				/>
				<SelectField {...field('organisationId')} options={organisationOptions(options.organisations)} />
				<SelectField
					{...field('campaignId')}
					hint={t('form.campaignHint')}
					options={[{ value: '', label: t('form.noCampaign') }, ...options.campaigns]}
				/>
				<SelectField
					{...field('sourceLanguage')}
					hint={t('form.sourceLanguageHint')}
					options={languages.map((language) => ({ value: language, label: languageName(language) }))}
				/>
			</fieldset>
			<fieldset>
				<legend>{t('form.textsLegend')}</legend>
				<p className="field-hint">{t('form.textsHint')}</p>
				{languages.map((language) => (
					<fieldset key={language} {...inLanguage(language)}>
						<legend>{languageName(language)}</legend>
						{(['title', 'summary', 'body'] as const).map((part) =>
							part === 'title' ? (
								<InputField
									key={part}
									name={`${part}.${language}`}
									label={labels[`${part}.${language}`]!}
									errors={errors[`${part}.${language}`]}
									defaultValue={values[`${part}.${language}`]}
								/>
							) : (
								<TextAreaField
									key={part}
									name={`${part}.${language}`}
									label={labels[`${part}.${language}`]!}
									hint={part === 'body' ? t('form.bodyHint') : undefined}
									errors={errors[`${part}.${language}`]}
									defaultValue={values[`${part}.${language}`]}
									rows={part === 'body' ? 12 : 3}
								/>
							),
						)}
					</fieldset>
				))}
			</fieldset>
			<fieldset>
				<legend>{t('form.whenLegend')}</legend>
				<InputField
					{...field('embargoUntil')}
					type="datetime-local"
					hint={t('form.embargoHint', { zone: options.timeZone })}
				/>
			</fieldset>
			<fieldset>
				<legend>{t('form.consentLegend')}</legend>
				<p className="field-hint">{t('form.consentHint')}</p>
				<div className={errors.namesSurvivor?.length ? 'checkbox field--invalid' : 'checkbox'}>
					<input
						type="checkbox"
						id="story-namesSurvivor"
						name="namesSurvivor"
						value="on"
						defaultChecked={values.namesSurvivor === 'on'}
					/>
					<label htmlFor="story-namesSurvivor">{t('form.namesSurvivor')}</label>
					<ErrorList id="story-namesSurvivor-errors" errors={errors.namesSurvivor} />
				</div>
				<SelectField
					{...field('consentOrganisationId')}
					hint={t('form.consentOrganisationHint')}
					placeholder={t('form.chooseOrganisation')}
					options={organisationOptions(options.consentOrganisations)}
				/>
				<InputField {...field('consentReference')} hint={t('form.consentReferenceHint')} />
			</fieldset>
			<p className="inline-actions">
				<SubmitButton name="intent" value="save" className="button button--secondary">
					{t('form.saveDraft')}
				</SubmitButton>
				<SubmitButton name="intent" value="submit">
					{t('form.submit')}
				</SubmitButton>
			</p>
		</LinkedForm>
	)
}
