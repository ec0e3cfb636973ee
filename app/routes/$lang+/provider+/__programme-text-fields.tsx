import { useTranslation } from 'react-i18next'
import { Field, InputField } from '#app/ui/forms.tsx'

const textFields = [
	'title',
	'summary',
	'skills',
	'eligibility',
	'certification',
	'accessibility',
	'walkInHours',
] as const
const longFields = new Set<string>(['summary', 'eligibility', 'accessibility'])

/** A programme's texts in one language as form fields. */
export function ProgrammeTextFields({
	language,
	values,
	errors,
}: {
	language: string
	values: Record<string, string | null | undefined>
	errors: Record<string, string[] | undefined>
}) {
	const { t } = useTranslation('programmes')
	return (
		<>
			{textFields.map((field) =>
				longFields.has(field) ? (
					<Field key={field} name={field} label={t(`editor.fields.${field}`)} errors={errors[field]}>
						{(attributes) => <textarea {...attributes} rows={4} defaultValue={values[field] ?? ''} lang={language} />}
					</Field>
				) : (
					<InputField
						key={field}
						name={field}
						label={t(`editor.fields.${field}`)}
						defaultValue={values[field] ?? ''}
						errors={errors[field]}
					/>
				),
			)}
		</>
	)
}
