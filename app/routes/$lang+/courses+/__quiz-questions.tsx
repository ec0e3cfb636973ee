import { useTranslation } from 'react-i18next'
import { type PresentedQuestion } from '#app/modules/courses/paper.ts'

/** Answers already given, by field name, when the page comes back (questions were left blank). */
type Given = Record<string, string | string[]>

const givenText = (given: Given, name: string) => {
	const value = given[name]
	return typeof value === 'string' ? value : ''
}

function Choices({ question, type, given }: { question: PresentedQuestion; type: 'radio' | 'checkbox'; given: Given }) {
	const name = `q-${question.id}`
	const chosen = [given[name] ?? []].flat()
	return question.choices.map((choice) => {
		const id = `${name}-${choice.id}`
		return (
			<div className="check" key={choice.id}>
				<input type={type} id={id} name={name} value={choice.id} defaultChecked={chosen.includes(choice.id)} />
				<label htmlFor={id}>{choice.text}</label>
			</div>
		)
	})
}

function Selects({
	question,
	rows,
	options,
	given,
}: {
	question: PresentedQuestion
	rows: { id: string; text: string }[]
	options: { value: string; label: string }[]
	given: Given
}) {
	const { t } = useTranslation('courses')
	return rows.map((row) => {
		const id = `q-${question.id}-${row.id}`
		return (
			<div className="field field--inline" key={row.id}>
				<label htmlFor={id}>{row.text}</label>
				<select id={id} name={id} defaultValue={givenText(given, id)}>
					<option value="">{t('quiz.choose')}</option>
					{options.map((option) => (
						<option key={option.value} value={option.value}>
							{option.label}
						</option>
					))}
				</select>
			</div>
		)
	})
}

/** One question as a fieldset of plain controls, so a quiz works without JavaScript. */
export function QuizQuestion({
	question,
	number,
	given = {},
}: {
	question: PresentedQuestion
	number: number
	given?: Given
}) {
	const { t } = useTranslation('courses')
	const hintId = `q-${question.id}-hint`
	return (
		<fieldset className="question" id={`question-${question.id}`} aria-describedby={hintId}>
			<legend>
				<span className="question__number">{t('quiz.questionNumber', { number })}</span> {question.prompt}
			</legend>
			<p id={hintId} className="field-hint">
				{t(`quiz.hints.${question.kind}`)}
			</p>
			{question.kind === 'single-choice' ? <Choices question={question} type="radio" given={given} /> : null}
			{question.kind === 'multiple-choice' ? <Choices question={question} type="checkbox" given={given} /> : null}
			{question.kind === 'true-false' ? (
				<Choices
					question={{
						...question,
						choices: [
							{ id: 'true', text: t('quiz.true') },
							{ id: 'false', text: t('quiz.false') },
						],
					}}
					type="radio"
					given={given}
				/>
			) : null}
			{question.kind === 'matching' ? (
				<Selects
					question={question}
					rows={question.prompts}
					options={question.choices.map((choice) => ({ value: choice.id, label: choice.text }))}
					given={given}
				/>
			) : null}
			{question.kind === 'ordering' ? (
				<Selects
					question={question}
					rows={question.choices}
					options={question.choices.map((_, index) => ({
						value: String(index + 1),
						label: t('quiz.position', { position: index + 1 }),
					}))}
					given={given}
				/>
			) : null}
			{question.kind === 'short-text' || question.kind === 'numeric' ? (
				<div className="field field--inline">
					<label htmlFor={`q-${question.id}`}>{t('quiz.yourAnswer')}</label>
					<input
						id={`q-${question.id}`}
						name={`q-${question.id}`}
						type="text"
						inputMode={question.kind === 'numeric' ? 'decimal' : undefined}
						maxLength={200}
						autoComplete="off"
						defaultValue={givenText(given, `q-${question.id}`)}
					/>
					{question.unit ? <span>{question.unit}</span> : null}
				</div>
			) : null}
		</fieldset>
	)
}
