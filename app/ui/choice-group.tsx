import { ErrorList, useLinkTarget } from './forms.tsx'

/**
 * A question answered by ticking: radio buttons (one answer) or checkboxes (several) in a fieldset whose legend is
 * the question, with its hint and its errors read out with the group.
 */
export function ChoiceGroup({
	type,
	name,
	legend,
	hint,
	options,
	checked,
	errors,
}: {
	type: 'radio' | 'checkbox'
	name: string
	legend: string
	hint?: string
	options: { value: string; label: string }[]
	checked: string[]
	errors?: string[]
}) {
	// An error summary links to the group, which takes focus so its legend is read out.
	const target = useLinkTarget(name)
	const id = target ?? `${name}-group`
	const hintId = hint ? `${id}-hint` : undefined
	const errorId = errors?.length ? `${id}-errors` : undefined
	return (
		<fieldset
			className={errors?.length ? 'checks field--invalid' : 'checks'}
			id={id}
			tabIndex={target ? -1 : undefined}
			aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
		>
			<legend>{legend}</legend>
			{hint ? (
				<p id={hintId} className="field-hint">
					{hint}
				</p>
			) : null}
			{options.map((option) => (
				<div className="check" key={option.value}>
					<input
						type={type}
						id={`${id}-${option.value}`}
						name={name}
						value={option.value}
						defaultChecked={checked.includes(option.value)}
					/>
					<label htmlFor={`${id}-${option.value}`}>{option.label}</label>
				</div>
			))}
			<ErrorList id={`${id}-errors`} errors={errors} />
		</fieldset>
	)
}
