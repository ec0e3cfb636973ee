import { useTranslation } from 'react-i18next'
import {
	eventFormats,
	eventKinds,
	maxAgendaSessions,
	maxCustomQuestions,
	standardQuestions,
} from '#app/modules/events/vocabulary.ts'
import { accessTiers } from '#app/modules/library/vocabulary.ts'
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

export type EventFormOptions = {
	organisations: { id: string; name: string; country: string }[]
	timeZones: string[]
	countries: { value: string; label: string }[]
}

/** Rows already filled plus a few empty ones: saving offers more, so the form needs no JavaScript. */
function rowCount(values: Values, prefix: string, field: string, spare: number, max: number) {
	let filled = 0
	while (filled < max && values[`${prefix}.${filled}.${field}`]) filled += 1
	return Math.min(max, filled + spare)
}

const text = (values: Values, name: string) => {
	const value = values[name]
	return typeof value === 'string' ? value : undefined
}
const list = (values: Values, name: string) => {
	const value = values[name]
	return Array.isArray(value) ? value : value ? [value] : []
}

/** The event form for creating and editing: every language's title side by side, times on the event's own clock. */
export function EventForm({
	values,
	errors,
	options,
	submitLabel,
}: {
	values: Values
	errors: Record<string, string[] | undefined>
	options: EventFormOptions
	submitLabel: string
}) {
	const { t } = useTranslation('events')
	const { t: common } = useTranslation()
	const field = (name: string) => ({
		name,
		label: t(`form.${name}`),
		errors: errors[name],
		defaultValue: text(values, name),
	})
	const chosenOrganisations = list(values, 'organisationIds')
	const chosenQuestions = list(values, 'standardQuestions')
	const questionRows = rowCount(values, 'question', 'label', 2, maxCustomQuestions)
	const agendaRows = rowCount(values, 'agenda', 'title', 2, maxAgendaSessions)
	const labels: Record<string, string> = {
		form: submitLabel,
		...Object.fromEntries(
			['kind', 'audience', 'format', 'startsAt', 'endsAt', 'timeZone', 'city', 'country', 'joiningLink', 'capacity']
				.concat(['registrationOpensAt', 'registrationClosesAt', 'contactEmail', 'organisationIds'])
				.concat(['workingLanguages', 'interpretation', 'cohortId', 'sourceLanguage'])
				.map((name) => [name, t(`form.${name}`)]),
		),
		...Object.fromEntries(
			languages.map((language) => [
				`title.${language}`,
				t('form.titleIn', { language: common(`languageNames.${language}`) }),
			]),
		),
	}
	return (
		<LinkedForm method="POST" id="event" className="stack" noValidate>
			<ErrorSummary form="event" errors={errors} labels={labels} />
			<ErrorList id="event-errors" errors={errors.form} />
			<input type="hidden" name="cohortId" value={text(values, 'cohortId') ?? ''} />
			<fieldset>
				<legend>{t('form.whatLegend')}</legend>
				<SelectField
					{...field('kind')}
					options={eventKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
				/>
				<SelectField
					{...field('sourceLanguage')}
					hint={t('form.sourceLanguageHint')}
					options={languages.map((language) => ({ value: language, label: common(`languageNames.${language}`) }))}
				/>
				{languages.map((language) => (
					<fieldset key={language} {...inLanguage(language)}>
						<legend>{common(`languageNames.${language}`)}</legend>
						<InputField
							name={`title.${language}`}
							label={labels[`title.${language}`]!}
							errors={errors[`title.${language}`]}
							defaultValue={text(values, `title.${language}`)}
						/>
						<TextAreaField
							name={`description.${language}`}
							label={t('form.descriptionIn', { language: common(`languageNames.${language}`) })}
							errors={errors[`description.${language}`]}
							defaultValue={text(values, `description.${language}`)}
							rows={5}
						/>
					</fieldset>
				))}
			</fieldset>
			<fieldset>
				<legend>{t('form.whenLegend')}</legend>
				<SelectField
					{...field('timeZone')}
					hint={t('form.timeZoneHint')}
					options={options.timeZones.map((zone) => ({ value: zone, label: zone }))}
				/>
				<InputField {...field('startsAt')} type="datetime-local" />
				<InputField {...field('endsAt')} type="datetime-local" />
				<InputField {...field('registrationOpensAt')} type="datetime-local" />
				<InputField {...field('registrationClosesAt')} type="datetime-local" />
			</fieldset>
			<fieldset>
				<legend>{t('form.whereLegend')}</legend>
				<SelectField
					{...field('format')}
					options={eventFormats.map((format) => ({ value: format, label: t(`formats.${format}`) }))}
				/>
				<InputField {...field('city')} hint={t('form.cityHint')} />
				<SelectField
					{...field('country')}
					options={[{ value: '', label: t('form.noCountry') }, ...options.countries]}
				/>
				<InputField {...field('joiningLink')} type="url" hint={t('form.joiningLinkHint')} />
				<InputField {...field('workingLanguages')} hint={t('form.languageCodesHint')} />
				<InputField {...field('interpretation')} hint={t('form.languageCodesHint')} />
			</fieldset>
			<fieldset>
				<legend>{t('form.whoLegend')}</legend>
				<SelectField
					{...field('audience')}
					options={accessTiers.map((tier) => ({ value: tier, label: t(`audiences.${tier}`) }))}
				/>
				<InputField {...field('capacity')} inputMode="numeric" />
				<InputField {...field('contactEmail')} type="email" hint={t('form.contactEmailHint')} />
				<div className={errors.organisationIds?.length ? 'field field--invalid' : 'field'}>
					<label htmlFor="event-organisationIds">{t('form.organisationIds')}</label>
					<p id="event-organisationIds-hint" className="field-hint">
						{t('form.organisationIdsHint')}
					</p>
					<select
						id="event-organisationIds"
						name="organisationIds"
						multiple
						size={8}
						defaultValue={chosenOrganisations}
						aria-describedby="event-organisationIds-hint"
						aria-invalid={errors.organisationIds?.length ? true : undefined}
					>
						{options.organisations.map((organisation) => (
							<option key={organisation.id} value={organisation.id}>
								{organisation.name} ({organisation.country})
							</option>
						))}
					</select>
					<ErrorList id="event-organisationIds-errors" errors={errors.organisationIds} />
				</div>
			</fieldset>
			<fieldset>
				<legend>{t('form.questionsLegend')}</legend>
				<p className="field-hint">{t('form.questionsHint')}</p>
				{standardQuestions.map((id) => (
					<div className="checkbox" key={id}>
						<input
							type="checkbox"
							id={`standard-${id}`}
							name="standardQuestions"
							value={id}
							defaultChecked={chosenQuestions.includes(id)}
						/>
						<label htmlFor={`standard-${id}`}>{t(`questions.${id}.label`)}</label>
					</div>
				))}
				{Array.from({ length: questionRows }, (_, index) => (
					<div key={index} className="form-row">
						<InputField
							name={`question.${index}.label`}
							label={t('form.customQuestion', { number: index + 1 })}
							errors={errors[`question.${index}.label`]}
							defaultValue={text(values, `question.${index}.label`)}
						/>
						<div className="checkbox">
							<input
								type="checkbox"
								id={`question-${index}-required`}
								name={`question.${index}.required`}
								defaultChecked={text(values, `question.${index}.required`) === 'on'}
							/>
							<label htmlFor={`question-${index}-required`}>{t('form.questionRequired')}</label>
						</div>
					</div>
				))}
			</fieldset>
			<fieldset>
				<legend>{t('form.agendaLegend')}</legend>
				<p className="field-hint">{t('form.agendaHint')}</p>
				{Array.from({ length: agendaRows }, (_, index) => (
					<fieldset key={index} className="form-row">
						<legend>{t('form.session', { number: index + 1 })}</legend>
						{(['title', 'startsAt', 'endsAt', 'speakers'] as const).map((part) => (
							<InputField
								key={part}
								name={`agenda.${index}.${part}`}
								label={t(`form.agenda.${part}`)}
								type={part === 'startsAt' || part === 'endsAt' ? 'datetime-local' : 'text'}
								hint={part === 'speakers' ? t('form.speakersHint') : undefined}
								errors={errors[`agenda.${index}.${part}`]}
								defaultValue={text(values, `agenda.${index}.${part}`)}
							/>
						))}
					</fieldset>
				))}
			</fieldset>
			<SubmitButton>{submitLabel}</SubmitButton>
		</LinkedForm>
	)
}
