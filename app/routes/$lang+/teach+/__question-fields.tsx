import { useTranslation } from 'react-i18next'
import { questionRows } from '#app/modules/courses/question-form.ts'
import { type QuestionKind } from '#app/modules/courses/vocabulary.ts'
import { ErrorList, InputField, TextAreaField, useLinkTarget } from '#app/ui/forms.tsx'
import { type SourceField } from './__translation-parts.tsx'

export type QuestionRowValue = { id: string; text: string; second: string; correct: boolean }
export type QuestionValues = {
	prompt: string
	explanation: string
	rows: QuestionRowValue[]
	answer: string
	tolerance: string
	unit: string
	accepted: string
}

type Errors = Record<string, string[] | undefined>

/** What a row of this kind is called in field names and labels: an option, a pair or an item. */
const rowPrefix = (kind: QuestionKind) => (kind === 'matching' ? 'pair' : kind === 'ordering' ? 'item' : 'option')
const hasFeedback = (kind: QuestionKind) => kind === 'single-choice' || kind === 'multiple-choice'

/** The source question's words, field by field and labelled as the form labels them, beside the translation. */
export function useQuestionSourceFields(kind: QuestionKind, source: QuestionValues | null): SourceField[] {
	const { t } = useTranslation(['teach', 'courses'])
	if (!source) return []
	const prefix = rowPrefix(kind)
	const rows = source.rows.flatMap((row, index) => {
		const number = index + 1
		const second = hasFeedback(kind) ? 'feedback' : kind === 'matching' ? 'matchText' : null
		return [
			{ label: t(`editor.rows.${prefix}Text`, { number }), value: row.text },
			...(second ? [{ label: t(`editor.rows.${second}`, { number }), value: row.second }] : []),
		]
	})
	return [
		...rows,
		{ label: t('editor.accepted'), value: source.accepted.split('\n').filter(Boolean) },
		{ label: t('editor.unit'), value: kind === 'numeric' ? source.unit : '' },
		{ label: t('editor.explanation'), value: source.explanation },
	]
}

function Rows({
	prefix,
	kind,
	rows,
	isSource,
	errors,
}: {
	prefix: string
	kind: QuestionKind
	rows: QuestionRowValue[]
	isSource: boolean
	errors?: string[]
}) {
	const { t } = useTranslation(['teach', 'courses'])
	const shown = isSource
		? [
				...rows,
				...Array.from({ length: Math.max(0, questionRows - rows.length) }, () => ({
					id: '',
					text: '',
					second: '',
					correct: false,
				})),
			]
		: rows
	const choice = hasFeedback(kind)
	// Errors about the rows come back as `options`, `pairs` or `items`; the error summary links to the group.
	const target = useLinkTarget(`${prefix}s`)
	return (
		<fieldset className="question-rows" id={target} tabIndex={target ? -1 : undefined}>
			<legend>{t(`editor.rows.${prefix}`)}</legend>
			{shown.map((row, index) => (
				<div className="question-row" key={`${row.id}-${index}`}>
					<input type="hidden" name={`${prefix}-${index}-id`} value={row.id} />
					<InputField
						name={`${prefix}-${index}-text`}
						label={t(`editor.rows.${prefix}Text`, { number: index + 1 })}
						defaultValue={row.text}
					/>
					{choice ? (
						<InputField
							name={`${prefix}-${index}-second`}
							label={t('editor.rows.feedback', { number: index + 1 })}
							defaultValue={row.second}
						/>
					) : null}
					{kind === 'matching' ? (
						<InputField
							name={`${prefix}-${index}-second`}
							label={t('editor.rows.matchText', { number: index + 1 })}
							defaultValue={row.second}
						/>
					) : null}
					{choice && isSource ? (
						<div className="check">
							<input
								type="checkbox"
								id={`${prefix}-${index}-correct`}
								name={`${prefix}-${index}-correct`}
								defaultChecked={row.correct}
							/>
							<label htmlFor={`${prefix}-${index}-correct`}>{t('editor.rows.correct', { number: index + 1 })}</label>
						</div>
					) : null}
				</div>
			))}
			<ErrorList id={`${prefix}-errors`} errors={errors} />
		</fieldset>
	)
}

/** A question field's label by its name (rows by the name their errors come back under), for the error summary. */
export function useQuestionFieldLabel() {
	const { t } = useTranslation(['teach', 'courses'])
	const keys: Record<string, string> = {
		prompt: 'editor.prompt',
		options: 'editor.rows.option',
		pairs: 'editor.rows.pair',
		items: 'editor.rows.item',
		answer: 'editor.correctAnswer',
		tolerance: 'editor.tolerance',
		accepted: 'editor.accepted',
		unit: 'editor.unit',
		explanation: 'editor.explanation',
	}
	return (name: string) => (Object.hasOwn(keys, name) ? t(keys[name]!) : undefined)
}

/** The fields of one question kind; structure (right answers, numbers) only in the source language. */
export function QuestionFields({
	kind,
	values,
	errors,
	isSource,
}: {
	kind: QuestionKind
	values: QuestionValues
	errors: Errors
	isSource: boolean
}) {
	const { t } = useTranslation(['teach', 'courses'])
	const prefix = rowPrefix(kind)
	const answerTarget = useLinkTarget('answer')
	return (
		<>
			<TextAreaField
				name="prompt"
				label={t('editor.prompt')}
				defaultValue={values.prompt}
				errors={errors.prompt}
				rows={3}
			/>
			{kind === 'single-choice' || kind === 'multiple-choice' || kind === 'matching' || kind === 'ordering' ? (
				<Rows
					prefix={prefix}
					kind={kind}
					rows={values.rows}
					isSource={isSource}
					errors={errors.options ?? errors.pairs ?? errors.items}
				/>
			) : null}
			{kind === 'true-false' && isSource ? (
				<fieldset className="checks" id={answerTarget} tabIndex={answerTarget ? -1 : undefined}>
					<legend>{t('editor.correctAnswer')}</legend>
					{(['true', 'false'] as const).map((value) => (
						<div className="check" key={value}>
							<input
								type="radio"
								id={`answer-${value}`}
								name="answer"
								value={value}
								defaultChecked={values.answer === value}
							/>
							<label htmlFor={`answer-${value}`}>{t(`quiz.${value}`)}</label>
						</div>
					))}
					<ErrorList id="answer-errors" errors={errors.answer} />
				</fieldset>
			) : null}
			{kind === 'short-text' ? (
				<TextAreaField
					name="accepted"
					label={t('editor.accepted')}
					hint={t('editor.acceptedHint')}
					defaultValue={values.accepted}
					errors={errors.accepted}
					rows={4}
				/>
			) : null}
			{kind === 'numeric' ? (
				<>
					{isSource ? (
						<InputField
							name="answer"
							label={t('editor.correctAnswer')}
							inputMode="text"
							defaultValue={values.answer}
							errors={errors.answer}
						/>
					) : null}
					{isSource ? (
						<InputField
							name="tolerance"
							label={t('editor.tolerance')}
							inputMode="text"
							defaultValue={values.tolerance}
							errors={errors.tolerance}
						/>
					) : null}
					<InputField name="unit" label={t('editor.unit')} defaultValue={values.unit} />
				</>
			) : null}
			<TextAreaField
				name="explanation"
				label={t('editor.explanation')}
				hint={t('editor.explanationHint')}
				defaultValue={values.explanation}
				rows={3}
			/>
		</>
	)
}
