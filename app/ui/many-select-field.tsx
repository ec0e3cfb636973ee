import { Field } from './forms.tsx'

/**
 * A choice of several that works without JavaScript: a list box, wired like the other fields, whose hint says
 * how to pick more than one (browsers do not say it themselves).
 */
export function ManySelectField({
	options,
	chosen,
	...field
}: {
	name: string
	label: string
	hint: string
	errors?: string[]
	chosen: string[]
	options: { value: string; label: string }[]
}) {
	return (
		<Field {...field}>
			{(attributes) => (
				<select {...attributes} multiple size={8} defaultValue={chosen}>
					{options.map((option) => (
						<option key={option.value} value={option.value}>
							{option.label}
						</option>
					))}
				</select>
			)}
		</Field>
	)
}
