import { useTranslation } from 'react-i18next'
import { areasOfWork } from '#app/modules/network/vocabulary.ts'
import { CheckboxGroup, type FormErrors, type FormValues, valueOf, valuesOf } from '#app/ui/checkbox-group.tsx'
import { ErrorList, useLinkTarget } from '#app/ui/forms.tsx'
import { ManySelectField } from '#app/ui/many-select-field.tsx'

/** A multiple choice of countries that works without JavaScript. */
export function CountriesField({
	name,
	label,
	hint,
	values,
	errors,
	countries,
}: {
	name: string
	label: string
	hint: string
	values: FormValues
	errors: FormErrors
	countries: { value: string; label: string }[]
}) {
	return (
		<ManySelectField
			name={name}
			label={label}
			hint={hint}
			errors={errors[name]}
			chosen={valuesOf(values[name])}
			options={countries}
		/>
	)
}

export function AreasField({ legend, values, errors }: { legend: string; values: FormValues; errors: FormErrors }) {
	const { t } = useTranslation('network')
	return (
		<CheckboxGroup
			name="areas"
			legend={legend}
			values={areasOfWork}
			labelOf={(area) => t(`areas.${area}`)}
			checked={valuesOf(values.areas)}
			errors={errors.areas}
		/>
	)
}

/** A single box that sends `on` when ticked. */
export function TickBox({
	name,
	label,
	hint,
	values,
	errors,
}: {
	name: string
	label: string
	hint?: string
	values: FormValues
	errors: FormErrors
}) {
	const id = useLinkTarget(name) ?? `field-${name}`
	return (
		<div className={errors[name]?.length ? 'check field--invalid' : 'check'}>
			<input
				type="checkbox"
				id={id}
				name={name}
				defaultChecked={valueOf(values[name]) === 'on'}
				aria-describedby={hint ? `${id}-hint` : undefined}
				aria-invalid={errors[name]?.length ? true : undefined}
			/>
			<label htmlFor={id}>{label}</label>
			{hint ? (
				<p id={`${id}-hint`} className="field-hint">
					{hint}
				</p>
			) : null}
			<ErrorList id={`${id}-errors`} errors={errors[name]} />
		</div>
	)
}
