import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { eventKinds } from '#app/modules/events/vocabulary.ts'
import { accessTiers } from '#app/modules/library/vocabulary.ts'
import { InputField, SelectField, SubmitButton } from '#app/ui/forms.tsx'

export type FilterValues = { kind?: string; country?: string; language?: string; month?: string; audience?: string }

/** The filters as a GET form, so they work without JavaScript and the address is the filtered list. */
export function EventFilters({
	values,
	countries,
	languages,
	hidden = {},
	withMonth = true,
}: {
	values: FilterValues
	countries: { value: string; label: string }[]
	languages: { value: string; label: string }[]
	hidden?: Record<string, string>
	withMonth?: boolean
}) {
	const { t } = useTranslation('events')
	return (
		<Form method="GET" className="filters">
			{Object.entries(hidden).map(([name, value]) => (
				<input key={name} type="hidden" name={name} value={value} />
			))}
			<SelectField
				name="kind"
				label={t('filters.kind')}
				options={[
					{ value: '', label: t('filters.anyKind') },
					...eventKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
				]}
				defaultValue={values.kind ?? ''}
			/>
			<SelectField
				name="country"
				label={t('filters.country')}
				options={[{ value: '', label: t('filters.anyCountry') }, ...countries]}
				defaultValue={values.country ?? ''}
			/>
			<SelectField
				name="language"
				label={t('filters.language')}
				options={[{ value: '', label: t('filters.anyLanguage') }, ...languages]}
				defaultValue={values.language ?? ''}
			/>
			{withMonth ? (
				<InputField
					name="month"
					type="month"
					label={t('filters.month')}
					hint={t('filters.monthHint')}
					defaultValue={values.month ?? ''}
				/>
			) : null}
			<SelectField
				name="audience"
				label={t('filters.audience')}
				options={[
					{ value: '', label: t('filters.anyAudience') },
					...accessTiers.map((tier) => ({ value: tier, label: t(`audiences.${tier}`) })),
				]}
				defaultValue={values.audience ?? ''}
			/>
			<SubmitButton>{t('filters.apply')}</SubmitButton>
		</Form>
	)
}
