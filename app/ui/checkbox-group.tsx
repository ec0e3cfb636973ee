import { ErrorList, useLinkTarget } from './forms.tsx'

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
	// An error summary links to the group, which takes focus so its legend is read out.
	const target = useLinkTarget(name)
	return (
		<fieldset className="checks" id={target} tabIndex={target ? -1 : undefined}>
			<legend>{legend}</legend>
			{values.map((value) => (
				<div className="check" key={value}>
					<input
						type="checkbox"
						id={`${name}-${value}`}
						name={name}
						value={value}
						defaultChecked={checked.includes(value)}
					/>
					<label htmlFor={`${name}-${value}`}>{labelOf(value)}</label>
				</div>
			))}
			<ErrorList id={`${name}-errors`} errors={errors} />
		</fieldset>
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
