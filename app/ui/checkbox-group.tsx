import { ChoiceGroup } from './choice-group.tsx'

/** A fieldset of checkboxes sharing one name, its legend, and its errors. */
export function CheckboxGroup({
	name,
	legend,
	values,
	labelOf,
	checked,
	errors,
}: {
	name: string
	legend: string
	values: readonly string[]
	labelOf: (value: string) => string
	checked: string[]
	errors?: string[]
}) {
	return (
		<ChoiceGroup
			type="checkbox"
			name={name}
			legend={legend}
			options={values.map((value) => ({ value, label: labelOf(value) }))}
			checked={checked}
			errors={errors}
		/>
	)
}

export type FormValues = Record<string, string | string[] | undefined>
export type FormErrors = Record<string, string[] | undefined>

/** Every value of a field that may repeat (checkboxes). */
export const valuesOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : [])
/** The one value of a field. */
export const valueOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * What a labelled field of a form takes from the form's values and errors: its name, its label (from `label`), its
 * errors and its one value.
 */
export const fieldProps =
	(values: FormValues, errors: FormErrors, label: (name: string) => string) => (name: string) => ({
		name,
		label: label(name),
		errors: errors[name],
		defaultValue: valueOf(values[name]),
	})
