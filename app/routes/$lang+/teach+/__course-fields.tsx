import { useTranslation } from 'react-i18next'
import { competencies, courseFormats, courseLevels, topics } from '#app/modules/courses/vocabulary.ts'
import { ErrorList, InputField, SelectField, TextAreaField } from '#app/ui/forms.tsx'

type Values = Record<string, string | string[] | undefined>
type Errors = Record<string, string[] | undefined>

function Ticks({ name, legend, values, labelOf, checked, errors }: { name: string; legend: string; values: readonly string[]; labelOf: (value: string) => string; checked: string[]; errors?: string[] }) {
	return (
		<fieldset className="checks">
			<legend>{legend}</legend>
			{values.map((value) => (
				<div className="check" key={value}>
					<input type="checkbox" id={`${name}-${value}`} name={name} value={value} defaultChecked={checked.includes(value)} />
					<label htmlFor={`${name}-${value}`}>{labelOf(value)}</label>
				</div>
			))}
			<ErrorList id={`${name}-errors`} errors={errors} />
		</fieldset>
	)
}

const list = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : [])
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** The facts every language shares: level, format, topics, competencies, hours, certificate validity. */
export function CourseFactsFields({ values, errors, refreshers = [] }: { values: Values; errors: Errors; refreshers?: { value: string; label: string }[] }) {
	const { t } = useTranslation('courses')
	return (
		<>
			<SelectField name="level" label={t('catalogue.level')} options={courseLevels.map((value) => ({ value, label: t(`levels.${value}`) }))} defaultValue={one(values.level)} errors={errors.level} />
			<SelectField name="format" label={t('catalogue.format')} options={courseFormats.map((value) => ({ value, label: t(`formats.${value}`) }))} defaultValue={one(values.format)} errors={errors.format} />
			<Ticks name="topics" legend={t('editor.topics')} values={topics} labelOf={(value) => t(`topics.${value}`)} checked={list(values.topics)} errors={errors.topics} />
			<Ticks name="competencies" legend={t('editor.competencies')} values={competencies} labelOf={(value) => t(`competencies.${value}`)} checked={list(values.competencies)} errors={errors.competencies} />
			<InputField name="estimatedHours" label={t('editor.estimatedHours')} inputMode="numeric" defaultValue={one(values.estimatedHours)} errors={errors.estimatedHours} />
			<InputField
				name="certificateValidityMonths"
				label={t('editor.validityMonths')}
				hint={t('editor.validityHint')}
				inputMode="numeric"
				defaultValue={one(values.certificateValidityMonths)}
				errors={errors.certificateValidityMonths}
			/>
			{refreshers.length ? (
				<SelectField
					name="refresherCourse"
					label={t('editor.refresherCourse')}
					hint={t('editor.refresherHint')}
					placeholder={t('editor.noRefresher')}
					options={refreshers}
					defaultValue={one(values.refresherCourse)}
					errors={errors.refresherCourse}
				/>
			) : null}
		</>
	)
}

/** The texts written per language: title, summary, outcomes (one per line) and the certificate's name. */
export function CourseTextFields({ values, errors, lang }: { values: Values; errors: Errors; lang?: string }) {
	const { t } = useTranslation('courses')
	return (
		<div lang={lang}>
			<InputField name="title" label={t('editor.courseTitle')} defaultValue={one(values.title)} errors={errors.title} />
			<TextAreaField name="summary" label={t('editor.summary')} defaultValue={one(values.summary)} errors={errors.summary} rows={4} />
			<TextAreaField name="outcomes" label={t('editor.outcomes')} hint={t('editor.outcomesHint')} defaultValue={list(values.outcomes).join('\n')} errors={errors.outcomes} rows={5} />
			<InputField name="certificate" label={t('editor.certificateName')} defaultValue={one(values.certificate)} errors={errors.certificate} />
		</div>
	)
}
