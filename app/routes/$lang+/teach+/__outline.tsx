import { Form, Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { InputField, SubmitButton } from '#app/ui/forms.tsx'
import { inLanguage, useHref } from '#app/ui/i18n.tsx'

type OutlineModule = {
	id: string
	title: string
	lessons: { id: string; title: string; minutes: number; required: boolean }[]
	quiz: { id: string; title: string; questions: number } | null
}

/** Small POST forms: reordering and removing work without JavaScript. */
function Command({
	intent,
	id,
	direction,
	label,
}: {
	intent: string
	id: string
	direction?: 'up' | 'down'
	label: string
}) {
	return (
		<Form method="POST" className="command">
			<input type="hidden" name="intent" value={intent} />
			<input type="hidden" name="id" value={id} />
			{direction ? <input type="hidden" name="direction" value={direction} /> : null}
			<button type="submit" className="link-button">
				{label}
			</button>
		</Form>
	)
}

function AddForm({
	intent,
	moduleId,
	label,
	submit,
}: {
	intent: string
	moduleId?: string
	label: string
	submit: string
}) {
	return (
		<Form method="POST" className="inline-form">
			<input type="hidden" name="intent" value={intent} />
			{moduleId ? <input type="hidden" name="moduleId" value={moduleId} /> : null}
			<InputField name="title" label={label} />
			<SubmitButton className="button button--secondary">{submit}</SubmitButton>
		</Form>
	)
}

/** The course's modules, lessons and quizzes in order, with the buttons that reorder and add them. */
export function CourseOutline({
	base,
	modules,
	sourceLanguage,
}: {
	base: string
	modules: OutlineModule[]
	sourceLanguage: string
}) {
	const { t } = useTranslation('courses')
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
						<Command intent="remove-module" id={module.id} label={t('editor.remove', { title: module.title })} />
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
									<Command intent="remove-lesson" id={lesson.id} label={t('editor.remove', { title: lesson.title })} />
								</div>
							</li>
						))}
					</ol>
					<AddForm
						intent="add-lesson"
						moduleId={module.id}
						label={t('editor.newLessonTitle')}
						submit={t('editor.addLesson')}
					/>
					{module.quiz ? (
						<p>
							<Link to={href(`${base}/quizzes/${module.quiz.id}`)}>{module.quiz.title}</Link>{' '}
							<span className="meta">{t('editor.questionCount', { number: module.quiz.questions })}</span>
						</p>
					) : (
						<AddForm
							intent="add-quiz"
							moduleId={module.id}
							label={t('editor.newQuizTitle')}
							submit={t('editor.addQuiz')}
						/>
					)}
				</section>
			))}
			<AddForm intent="add-module" label={t('editor.newModuleTitle')} submit={t('editor.addModule')} />
		</section>
	)
}
