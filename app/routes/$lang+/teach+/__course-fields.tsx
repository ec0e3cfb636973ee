import { useTranslation } from 'react-i18next'
import { competencies, courseFormats, courseLevels, topics } from '#app/modules/courses/vocabulary.ts'
import { CheckboxGroup, type FormErrors, type FormValues, valueOf, valuesOf } from '#app/ui/checkbox-group.tsx'
import { InputField, SelectField, TextAreaField } from '#app/ui/forms.tsx'

type Values = FormValues
type Errors = FormErrors
const list = valuesOf
const one = valueOf

/** The facts every language shares: level, format, topics, competencies, hours, certificate validity. */
export function CourseFactsFields({
	values,
	errors,
	refreshers = [],
}: {
	values: Values
	errors: Errors
	refreshers?: { value: string; label: string }[]
}) {
	const { t } = useTranslation('courses')
	return (
		<>
			<SelectField
				name="level"
				label={t('catalogue.level')}
				options={courseLevels.map((value) => ({ value, label: t(`levels.${value}`) }))}
				defaultValue={one(values.level)}
				errors={errors.level}
			/>
			<SelectField
				name="format"
				label={t('catalogue.format')}
				options={courseFormats.map((value) => ({ value, label: t(`formats.${value}`) }))}
				defaultValue={one(values.format)}
				errors={errors.format}
			/>
			<CheckboxGroup
				name="topics"
				legend={t('editor.topics')}
				values={topics}
				labelOf={(value) => t(`topics.${value}`)}
				checked={list(values.topics)}
				errors={errors.topics}
			/>
			<CheckboxGroup
				name="competencies"
				legend={t('editor.competencies')}
				values={competencies}
				labelOf={(value) => t(`competencies.${value}`)}
				checked={list(values.competencies)}
				errors={errors.competencies}
			/>
			<InputField
				name="estimatedHours"
				label={t('editor.estimatedHours')}
				inputMode="numeric"
				defaultValue={one(values.estimatedHours)}
				errors={errors.estimatedHours}
			/>
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
			<TextAreaField
				name="summary"
				label={t('editor.summary')}
				defaultValue={one(values.summary)}
				errors={errors.summary}
				rows={4}
			/>
			<TextAreaField
				name="outcomes"
				label={t('editor.outcomes')}
				hint={t('editor.outcomesHint')}
				defaultValue={list(values.outcomes).join('\n')}
				errors={errors.outcomes}
				rows={5}
			/>
			<InputField
				name="certificate"
				label={t('editor.certificateName')}
				defaultValue={one(values.certificate)}
				errors={errors.certificate}
			/>
		</div>
	)
}
