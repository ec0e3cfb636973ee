import { useTranslation } from 'react-i18next'
import { agreementKinds } from '#app/modules/laws/vocabulary.ts'
import { languages } from '#app/platform/i18n.ts'
import { ErrorSummary, InputField, LinkedForm, SelectField, SubmitButton } from '#app/ui/forms.tsx'

type Values = Record<string, string | undefined>

/** Adding or correcting an agreement: the same fields, the address only when it is new. */
export function AgreementForm({
	values,
	errors,
	isNew,
}: {
	values: Values
	errors: Record<string, string[] | undefined>
	isNew: boolean
}) {
	const { t } = useTranslation('laws')
	const { t: tc } = useTranslation('common')
	const labels: Record<string, string> = {
		slug: t('agreements.fields.slug'),
		kind: t('agreements.fields.kind'),
		language: t('agreements.fields.language'),
		parties: t('agreements.fields.parties'),
		signedOn: t('agreements.fields.signedOn'),
		inForceOn: t('agreements.fields.inForceOn'),
		source: t('agreements.fields.source'),
		...Object.fromEntries(
			languages.map((language) => [
				`name-${language}`,
				t('agreements.fields.nameIn', { language: tc(`languageNames.${language}`) }),
			]),
		),
	}
	return (
		<>
			<ErrorSummary form="agreement" errors={errors} labels={labels} />
			<LinkedForm id="agreement" method="POST" className="stack" noValidate>
				{isNew ? <InputField name="slug" label={labels.slug!} defaultValue={values.slug} errors={errors.slug} /> : null}
				<SelectField
					name="kind"
					label={labels.kind!}
					options={agreementKinds.map((value) => ({ value, label: t(`agreements.kinds.${value}`) }))}
					defaultValue={values.kind}
					errors={errors.kind}
				/>
				<SelectField
					name="language"
					label={labels.language!}
					options={languages.map((value) => ({ value, label: tc(`languageNames.${value}`) }))}
					defaultValue={values.language}
					errors={errors.language}
				/>
				{languages.map((language) => (
					<InputField
						key={language}
						name={`name-${language}`}
						label={labels[`name-${language}`]!}
						defaultValue={values[`name-${language}`]}
						errors={errors[`name-${language}`]}
					/>
				))}
				<InputField name="parties" label={labels.parties!} defaultValue={values.parties} errors={errors.parties} />
				<InputField
					name="signedOn"
					label={labels.signedOn!}
					type="date"
					defaultValue={values.signedOn}
					errors={errors.signedOn}
				/>
				<InputField
					name="inForceOn"
					label={labels.inForceOn!}
					type="date"
					defaultValue={values.inForceOn}
					errors={errors.inForceOn}
				/>
				<InputField name="source" label={labels.source!} defaultValue={values.source} errors={errors.source} />
				<SubmitButton>{isNew ? t('agreements.add') : t('agreements.edit')}</SubmitButton>
			</LinkedForm>
		</>
	)
}
