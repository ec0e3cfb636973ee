import { Form, Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { InputField, LinkedForm, SubmitButton, useFocusWhen } from '#app/ui/forms.tsx'
import { inLanguage, useHref } from '#app/ui/i18n.tsx'

type OutlineModule = {
	id: string
	title: string
	lessons: { id: string; title: string; minutes: number; required: boolean }[]
	quiz: { id: string; title: string; questions: number } | null
}

/** A removal the page asks to confirm: which command, and the module or lesson it removes. */
export type Removal = { intent: 'remove-module' | 'remove-lesson'; id: string }

/** A form of the outline that failed, by its id, with its field errors. */
export type FailedForm = { form: string; errors: Record<string, string[] | undefined> }

/** The label of each "add" form's title field, which the error summary repeats. */
export const newTitleLabels = {
	'add-module': 'editor.newModuleTitle',
	'add-lesson': 'editor.newLessonTitle',
	'add-quiz': 'editor.newQuizTitle',
} as const

/** The id of an outline form, unique on the page, so an error summary can link into the one that failed. */
export function outlineFormId(intent: string, moduleId?: string) {
	return moduleId ? `${intent}-${moduleId}` : intent
}

/** Small POST forms: reordering and removing work without JavaScript. */
function Command({
	intent,
	id,
	direction,
	label,
	danger,
}: {
	intent: string
	id: string
	direction?: 'up' | 'down'
	label: string
	danger?: boolean
}) {
	return (
		<Form method="POST" className="command">
			<input type="hidden" name="intent" value={intent} />
			<input type="hidden" name="id" value={id} />
			{direction ? <input type="hidden" name="direction" value={direction} /> : null}
			<button type="submit" className={danger ? 'link-button link-button--danger' : 'link-button'}>
				{label}
			</button>
		</Form>
	)
}

/**
 * The second step of a removal: what goes, a red button that removes it and a way back. It takes
 * focus when it appears, so a keyboard or screen-reader user lands on the question.
 */
function ConfirmRemoval({ removal, question, title }: { removal: Removal; question: string; title: string }) {
	const { t } = useTranslation(['teach', 'courses'])
	const ref = useFocusWhen<HTMLDivElement>(removal)
	const questionId = `confirm-${removal.id}`
	return (
		<div ref={ref} tabIndex={-1} className="confirm-removal" role="group" aria-labelledby={questionId}>
			<p id={questionId}>
				<strong>{question}</strong>
			</p>
			<Form method="POST" className="actions">
				<input type="hidden" name="intent" value={removal.intent} />
				<input type="hidden" name="id" value={removal.id} />
				<input type="hidden" name="confirmed" value="yes" />
				<SubmitButton className="button button--danger">{t('editor.confirmRemove', { title })}</SubmitButton>
				<Link to=".">{t('editor.keep')}</Link>
			</Form>
		</div>
	)
}

/** A removal command, or its confirmation while it is the one asked for. */
function RemoveCommand({
	removal,
	confirming,
	title,
	question,
}: {
	removal: Removal
	confirming: Removal | null
	title: string
	question: string
}) {
	const { t } = useTranslation(['teach', 'courses'])
	if (confirming?.intent === removal.intent && confirming.id === removal.id) {
		return <ConfirmRemoval removal={confirming} question={question} title={title} />
	}
	return <Command intent={removal.intent} id={removal.id} label={t('editor.remove', { title })} danger />
}

function AddForm({
	intent,
	moduleId,
	submit,
	failed,
}: {
	intent: keyof typeof newTitleLabels
	moduleId?: string
	submit: string
	failed: FailedForm | null
}) {
	const { t } = useTranslation(['teach', 'courses'])
	const id = outlineFormId(intent, moduleId)
	return (
		<LinkedForm id={id} method="POST" className="inline-form">
			<input type="hidden" name="intent" value={intent} />
			{moduleId ? <input type="hidden" name="moduleId" value={moduleId} /> : null}
			<InputField
				name="title"
				label={t(newTitleLabels[intent])}
				errors={failed?.form === id ? failed.errors.title : undefined}
			/>
			<SubmitButton className="button button--secondary">{submit}</SubmitButton>
		</LinkedForm>
	)
}

/** The course's modules, lessons and quizzes in order, with the buttons that reorder and add them. */
export function CourseOutline({
	base,
	modules,
	sourceLanguage,
	confirming,
	failed,
}: {
	base: string
	modules: OutlineModule[]
	sourceLanguage: string
	/** The removal to confirm, after a first "Remove". */
	confirming: Removal | null
	failed: FailedForm | null
}) {
	const { t } = useTranslation(['teach', 'courses'])
	const href = useHref()
	return (
		<section aria-labelledby="outline-heading">
			<h2 id="outline-heading">{t('course.outline')}</h2>
			{modules.length ? null : <p>{t('editor.noModules')}</p>}
			{modules.map((module, moduleIndex) => (
				<section key={module.id} aria-labelledby={`module-${module.id}`} className="panel">
					<h3 id={`module-${module.id}`} {...inLanguage(sourceLanguage)}>
						{t('course.module', { number: moduleIndex + 1 })}: {module.title}
					</h3>
					<div className="actions">
						<Link to={href(`${base}/modules/${module.id}`)}>{t('editor.renameModule', { title: module.title })}</Link>
						{moduleIndex > 0 ? (
							<Command
								intent="move-module"
								id={module.id}
								direction="up"
								label={t('editor.moveUp', { title: module.title })}
							/>
						) : null}
						{moduleIndex < modules.length - 1 ? (
							<Command
								intent="move-module"
								id={module.id}
								direction="down"
								label={t('editor.moveDown', { title: module.title })}
							/>
						) : null}
						<RemoveCommand
							removal={{ intent: 'remove-module', id: module.id }}
							confirming={confirming}
							title={module.title}
							question={t('editor.confirmRemoveModule', { title: module.title })}
						/>
					</div>
					<ol className="outline">
						{module.lessons.map((lesson, lessonIndex) => (
							<li key={lesson.id}>
								<Link to={href(`${base}/lessons/${lesson.id}`)} {...inLanguage(sourceLanguage)}>
									{lesson.title}
								</Link>{' '}
								<span className="meta">
									{t('course.minutes', { minutes: lesson.minutes })}
									{lesson.required ? '' : ` · ${t('course.optional')}`}
								</span>
								<div className="actions">
									{moduleIndex > 0 || lessonIndex > 0 ? (
										<Command
											intent="move-lesson"
											id={lesson.id}
											direction="up"
											label={t('editor.moveUp', { title: lesson.title })}
										/>
									) : null}
									{moduleIndex < modules.length - 1 || lessonIndex < module.lessons.length - 1 ? (
										<Command
											intent="move-lesson"
											id={lesson.id}
											direction="down"
											label={t('editor.moveDown', { title: lesson.title })}
										/>
									) : null}
									<RemoveCommand
										removal={{ intent: 'remove-lesson', id: lesson.id }}
										confirming={confirming}
										title={lesson.title}
										question={t('editor.confirmRemoveLesson', { title: lesson.title })}
									/>
								</div>
							</li>
						))}
					</ol>
					<AddForm intent="add-lesson" moduleId={module.id} submit={t('editor.addLesson')} failed={failed} />
					{module.quiz ? (
						<p>
							<Link to={href(`${base}/quizzes/${module.quiz.id}`)}>{module.quiz.title}</Link>{' '}
							<span className="meta">{t('editor.questionCount', { number: module.quiz.questions })}</span>
						</p>
					) : (
						<AddForm intent="add-quiz" moduleId={module.id} submit={t('editor.addQuiz')} failed={failed} />
					)}
				</section>
			))}
			<AddForm intent="add-module" submit={t('editor.addModule')} failed={failed} />
		</section>
	)
}
