import { Form, type FormProps, useNavigation } from '@remix-run/react'
import { createContext, type ReactNode, useContext, useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { splitErrorMessage } from '#app/platform/forms.ts'

// The id of the `LinkedForm` being drawn: its fields take ids an error summary can link to.
const LinkedFormContext = createContext<string | null>(null)

/** The id of the field `name` in the `LinkedForm` `form`. */
export function fieldId(form: string, name: string) {
	return `${form}-${name}`
}

/** Inside a `LinkedForm`, the id its error summary links to for `name`; elsewhere none. */
export function useLinkTarget(name: string) {
	const form = useContext(LinkedFormContext)
	return form ? fieldId(form, name) : undefined
}

/**
 * A form whose fields have ids an `ErrorSummary` can link to (`<id>-<name>`); `id` must be unique on the
 * page. A form that only helps fill another (a choice that reloads the page) names that one in `fieldsOf`,
 * so one summary covers the fields of both.
 */
export function LinkedForm({ id, fieldsOf = id, ...props }: FormProps & { id: string; fieldsOf?: string }) {
	return (
		<LinkedFormContext.Provider value={fieldsOf}>
			<Form id={id} {...props} />
		</LinkedFormContext.Provider>
	)
}

/**
 * Moves focus to the element each time `trigger` changes to something, so a keyboard or screen-reader
 * user starts there.
 */
export function useFocusWhen<T extends HTMLElement>(trigger: unknown) {
	const ref = useRef<T>(null)
	useEffect(() => {
		if (trigger) ref.current?.focus()
	}, [trigger])
	return ref
}

type ErrorSummaryProps = {
	/** The id of the `LinkedForm` the errors belong to. */
	form: string
	errors: Record<string, string[] | undefined>
	/**
	 * Each field's label, by name (a map, or a function for forms with many); a field without one is
	 * listed by its message alone.
	 */
	labels: Record<string, string> | ((name: string) => string | undefined)
}

/**
 * After a failed submit, every field error as a link to its field, at the top of the page; focus moves
 * here, so keyboard and screen-reader users start from the list. Errors about the whole form (`form`)
 * stay in the page's own notice.
 */
export function ErrorSummary({ form, errors, labels }: ErrorSummaryProps) {
	const { t } = useTranslation()
	const headingId = useId()
	const items = Object.entries(errors).flatMap(([name, messages]) =>
		name === 'form' || !messages ? [] : messages.map((message) => ({ name, message })),
	)
	const ref = useFocusWhen<HTMLDivElement>(items.length ? errors : null)
	if (!items.length) return null
	return (
		<div ref={ref} className="error-summary" role="group" aria-labelledby={headingId} tabIndex={-1}>
			<h2 id={headingId}>{t('form.errorSummary')}</h2>
			<ul>
				{items.map(({ name, message }) => {
					const { key, values } = splitErrorMessage(message)
					const text = t(key, values)
					const label =
						typeof labels === 'function' ? labels(name) : Object.hasOwn(labels, name) ? labels[name] : undefined
					return (
						<li key={`${name}-${message}`}>
							<a href={`#${fieldId(form, name)}`}>{label ? t('form.errorAt', { label, message: text }) : text}</a>
						</li>
					)
				})}
			</ul>
		</div>
	)
}

export function ErrorList({ id, errors }: { id: string; errors?: string[] }) {
	const { t } = useTranslation()
	if (!errors?.length) return null
	return (
		<ul id={id} className="field-errors">
			{errors.map((message) => {
				const { key, values } = splitErrorMessage(message)
				return <li key={message}>{t(key, values)}</li>
			})}
		</ul>
	)
}

type FieldProps = {
	name: string
	label: string
	errors?: string[]
	hint?: string
	children: (attributes: {
		id: string
		name: string
		'aria-invalid': true | undefined
		'aria-describedby': string | undefined
	}) => ReactNode
}

/** A label, a control, a hint and the control's errors, wired together for screen readers. */
export function Field({ name, label, errors, hint, children }: FieldProps) {
	const generated = useId()
	const id = useLinkTarget(name) ?? generated
	const hintId = hint ? `${id}-hint` : undefined
	const errorId = errors?.length ? `${id}-errors` : undefined
	const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
	return (
		<div className={errors?.length ? 'field field--invalid' : 'field'}>
			<label htmlFor={id}>{label}</label>
			{hint ? (
				<p id={hintId} className="field-hint">
					{hint}
				</p>
			) : null}
			{children({
				id,
				name,
				'aria-invalid': errors?.length ? true : undefined,
				'aria-describedby': describedBy,
			})}
			<ErrorList id={`${id}-errors`} errors={errors} />
		</div>
	)
}

type InputFieldProps = Omit<FieldProps, 'children'> & {
	type?: 'text' | 'email' | 'password' | 'search' | 'date' | 'month' | 'datetime-local' | 'url'
	defaultValue?: string
	autoComplete?: string
	required?: boolean
	maxLength?: number
	inputMode?: 'numeric' | 'text'
}

export function InputField({
	type = 'text',
	defaultValue,
	autoComplete,
	required,
	maxLength,
	inputMode,
	...field
}: InputFieldProps) {
	return (
		<Field {...field}>
			{(attributes) => (
				<input
					{...attributes}
					type={type}
					defaultValue={defaultValue}
					autoComplete={autoComplete}
					required={required}
					maxLength={maxLength}
					inputMode={inputMode}
				/>
			)}
		</Field>
	)
}

type TextAreaFieldProps = Omit<FieldProps, 'children'> & {
	defaultValue?: string
	rows?: number
	lang?: string
	dir?: 'ltr' | 'rtl'
	className?: string
}

export function TextAreaField({ defaultValue, rows = 4, lang, dir, className, ...field }: TextAreaFieldProps) {
	return (
		<Field {...field}>
			{(attributes) => (
				<textarea
					{...attributes}
					rows={rows}
					defaultValue={defaultValue ?? ''}
					lang={lang}
					dir={dir}
					className={className}
				/>
			)}
		</Field>
	)
}

type SelectFieldProps = Omit<FieldProps, 'children'> & {
	options: { value: string; label: string }[]
	defaultValue?: string
	placeholder?: string
	required?: boolean
}

export function SelectField({ options, defaultValue, placeholder, required, ...field }: SelectFieldProps) {
	return (
		<Field {...field}>
			{(attributes) => (
				// A list with no empty first choice always has a value, so `required` would be invalid HTML there.
				<select {...attributes} defaultValue={defaultValue ?? ''} required={required && Boolean(placeholder)}>
					{placeholder ? <option value="">{placeholder}</option> : null}
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

/** A message about the whole form, announced to screen readers when it appears. */
export function FormMessage({ tone, children }: { tone: 'error' | 'success' | 'info'; children: ReactNode }) {
	return (
		<div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
			{children}
		</div>
	)
}

export function SubmitButton({
	children,
	name,
	value,
	className,
}: {
	children: ReactNode
	name?: string
	value?: string
	className?: string
}) {
	const navigation = useNavigation()
	const { t } = useTranslation()
	const busy = navigation.state === 'submitting' && (!name || navigation.formData?.get(name) === value)
	return (
		<button type="submit" name={name} value={value} className={className ?? 'button'}>
			{busy ? t('form.working') : children}
		</button>
	)
}

/** A field people never see; bots that fill every field give themselves away. */
export function Honeypot() {
	const { t } = useTranslation()
	return (
		<div className="honeypot" aria-hidden="true">
			<label htmlFor="website-field">{t('form.honeypot')}</label>
			<input id="website-field" type="text" name="website" tabIndex={-1} autoComplete="off" />
		</div>
	)
}

/** The field errors in an action's answer, whatever else it carries. */
export function fieldErrorsOf(data: unknown): Record<string, string[] | undefined> {
	if (data && typeof data === 'object' && 'fieldErrors' in data) {
		return (data.fieldErrors ?? {}) as Record<string, string[] | undefined>
	}
	return {}
}
