import { useTranslation } from 'react-i18next'
import { competencies, courseFormats, courseLevels, topics } from '#app/modules/courses/vocabulary.ts'
import { CheckboxGroup, type FormErrors, type FormValues, valueOf, valuesOf } from '#app/ui/checkbox-group.tsx'
import { InputField, SelectField, TextAreaField } from '#app/ui/forms.tsx'

type Values = FormValues
type Errors = FormErrors
const list = valuesOf
const one = valueOf

/** The translation key of each course field's label, shared by the fields and the error summary. */
export const courseFieldLabels = {
	sourceLanguage: 'editor.sourceLanguage',
	title: 'editor.courseTitle',
	summary: 'editor.summary',
	outcomes: 'editor.outcomes',
	certificate: 'editor.certificateName',
	level: 'catalogue.level',
	format: 'catalogue.format',
	topics: 'editor.topics',
	competencies: 'editor.competencies',
	estimatedHours: 'editor.estimatedHours',
	certificateValidityMonths: 'editor.validityMonths',
	refresherCourse: 'editor.refresherCourse',
} as const

/** A course field's label by its name, for the error summary. */
export function useCourseFieldLabel() {
	const { t } = useTranslation(['teach', 'courses'])
	return (name: string) =>
		Object.hasOwn(courseFieldLabels, name) ? t(courseFieldLabels[name as keyof typeof courseFieldLabels]) : undefined
}

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
	const { t } = useTranslation(['teach', 'courses'])
	return (
		<>
			<SelectField
				name="level"
				label={t(courseFieldLabels.level)}
				options={courseLevels.map((value) => ({ value, label: t(`levels.${value}`) }))}
				defaultValue={one(values.level)}
				errors={errors.level}
			/>
			<SelectField
				name="format"
				label={t(courseFieldLabels.format)}
				options={courseFormats.map((value) => ({ value, label: t(`formats.${value}`) }))}
				defaultValue={one(values.format)}
				errors={errors.format}
			/>
			<CheckboxGroup
				name="topics"
				legend={t(courseFieldLabels.topics)}
				values={topics}
				labelOf={(value) => t(`common:topics.${value}`)}
				checked={list(values.topics)}
				errors={errors.topics}
			/>
			<CheckboxGroup
				name="competencies"
				legend={t(courseFieldLabels.competencies)}
				values={competencies}
				labelOf={(value) => t(`competencies.${value}`)}
				checked={list(values.competencies)}
				errors={errors.competencies}
			/>
			<InputField
				name="estimatedHours"
				label={t(courseFieldLabels.estimatedHours)}
				inputMode="numeric"
				defaultValue={one(values.estimatedHours)}
				errors={errors.estimatedHours}
			/>
			<InputField
				name="certificateValidityMonths"
				label={t(courseFieldLabels.certificateValidityMonths)}
				hint={t('editor.validityHint')}
				inputMode="numeric"
				defaultValue={one(values.certificateValidityMonths)}
				errors={errors.certificateValidityMonths}
			/>
			{refreshers.length ? (
				<SelectField
					name="refresherCourse"
					label={t(courseFieldLabels.refresherCourse)}
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
	const { t } = useTranslation(['teach', 'courses'])
	return (
		<div lang={lang}>
			<InputField
				name="title"
				label={t(courseFieldLabels.title)}
				defaultValue={one(values.title)}
				errors={errors.title}
			/>
			<TextAreaField
				name="summary"
				label={t(courseFieldLabels.summary)}
				defaultValue={one(values.summary)}
				errors={errors.summary}
				rows={4}
			/>
			<TextAreaField
				name="outcomes"
				label={t(courseFieldLabels.outcomes)}
				hint={t('editor.outcomesHint')}
				defaultValue={list(values.outcomes).join('\n')}
				errors={errors.outcomes}
				rows={5}
			/>
			<InputField
				name="certificate"
				label={t(courseFieldLabels.certificate)}
				defaultValue={one(values.certificate)}
				errors={errors.certificate}
			/>
		</div>
	)
}
