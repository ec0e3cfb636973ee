import { type Db, getDb } from '#app/db/client.server.ts'
import { hashLessonSource } from '#app/platform/mdx/compile.server.ts'
import { done, type Outcome } from '#app/platform/outcome.ts'
import { type Actor } from '#app/platform/permissions.ts'
import {
	addCoAuthor,
	coAuthors,
	type DraftRefusalReason,
	editDraft,
	learnersOnOlderRevisions,
	migrateLearners,
	publishCourse,
	revisionsOf,
} from './authoring.server.ts'
import {
	addLesson,
	addModule,
	addQuiz,
	moveLesson,
	moveModule,
	newPartId,
	partIds,
	removeLesson,
	publishProblems,
	removeModule,
} from './draft-edits.ts'
import { type CourseRow, hashDocument, latestRevision } from './store.server.ts'

/** What the buttons of a course's outline ask for. */
export type OutlineCommand =
	| { intent: 'add-module'; title: string }
	| { intent: 'move-module'; id: string; direction: -1 | 1 }
	| { intent: 'remove-module'; id: string; confirmed: boolean }
	| { intent: 'add-lesson'; moduleId: string; title: string }
	| { intent: 'move-lesson'; id: string; direction: -1 | 1 }
	| { intent: 'remove-lesson'; id: string; confirmed: boolean }
	| { intent: 'add-quiz'; moduleId: string; title: string }
	| { intent: 'publish' }
	| { intent: 'add-author'; email: string }
	| { intent: 'migrate' }

/** What was done, for the page to say or to open: a new lesson or quiz opens in its editor. */
export type OutlineDone =
	| { did: 'edited'; opens: { lessonId: string } | { quizId: string } | null }
	| { did: 'published'; revision: number | null; changed: boolean }
	| { did: 'author-added' }
	| { did: 'learners-moved'; moved: number }
	| { did: 'asks-confirmation'; removal: { intent: 'remove-module' | 'remove-lesson'; id: string } }

export type OutlineRefusalReason = DraftRefusalReason | 'incomplete' | 'not-a-trainer'

/** Carries out one outline command for a co-author, with the same permission checks as each edit. */
export function runOutlineCommand(
	actor: Actor,
	courseId: string,
	command: OutlineCommand,
): Outcome<OutlineRefusalReason, OutlineDone> {
	const edit = (
		change: Parameters<typeof editDraft>[2],
		opens: () => { lessonId: string } | { quizId: string } | null = () => null,
	) => {
		const outcome = editDraft(actor, courseId, change)
		return outcome.ok ? done({ did: 'edited' as const, opens: opens() }) : outcome
	}
	// Removing takes a module's or a lesson's text in every language: one request only asks, a second confirms.
	if ((command.intent === 'remove-module' || command.intent === 'remove-lesson') && !command.confirmed) {
		return done({ did: 'asks-confirmation' as const, removal: { intent: command.intent, id: command.id } })
	}
	switch (command.intent) {
		case 'add-module':
			return edit((document) =>
				addModule(
					document,
					newPartId('module', (id) => partIds(document).has(id)),
					command.title,
				),
			)
		case 'move-module':
			return edit((document) => moveModule(document, command.id, command.direction))
		case 'remove-module':
			return edit((document) => removeModule(document, command.id))
		case 'move-lesson':
			return edit((document) => moveLesson(document, command.id, command.direction))
		case 'remove-lesson':
			return edit((document) => removeLesson(document, command.id))
		case 'add-lesson': {
			let lessonId = ''
			const change: Parameters<typeof editDraft>[2] = (document) => {
				lessonId = newPartId('lesson', (candidate) => partIds(document).has(candidate))
				return addLesson(document, command.moduleId, {
					id: lessonId,
					title: command.title,
					body: '',
					build: hashLessonSource(''),
				})
			}
			return edit(change, () => ({ lessonId }))
		}
		case 'add-quiz': {
			let quizId = ''
			const change: Parameters<typeof editDraft>[2] = (document) => {
				quizId = newPartId('quiz', (candidate) => partIds(document).has(candidate))
				return addQuiz(document, command.moduleId, quizId, command.title)
			}
			return edit(change, () => ({ quizId }))
		}
		case 'publish': {
			const outcome = publishCourse(actor, courseId)
			return outcome.ok
				? done({ did: 'published' as const, revision: outcome.revision, changed: outcome.changed })
				: outcome
		}
		case 'add-author': {
			const outcome = addCoAuthor(actor, courseId, command.email)
			return outcome.ok ? done({ did: 'author-added' as const }) : outcome
		}
		case 'migrate': {
			const outcome = migrateLearners(actor, courseId)
			return outcome.ok ? done({ did: 'learners-moved' as const, moved: outcome.moved }) : outcome
		}
	}
}

/**
 * A course's outline as its co-authors work on it, in the source language: its parts, what
 * still stops it being published, whether the draft differs from the latest revision, and
 * how many learners are still on an older one.
 */
export function courseOutline(course: CourseRow, db: Db = getDb()) {
	const document = course.draft
	const source = document.sourceLanguage
	return {
		id: course.id,
		slug: course.slug,
		title: document.texts[source]!.title,
		sourceLanguage: source,
		published: Boolean(course.publishedRevisionId),
		unpublishedChanges: latestRevision(course.id, db)?.documentHash !== hashDocument(document),
		revisions: revisionsOf(course.id, db),
		problems: publishProblems(document),
		authors: coAuthors(course.id, db),
		learnersBehind: learnersOnOlderRevisions(course.id, db),
		modules: document.modules.map((module) => ({
			id: module.id,
			title: module.texts[source]!.title,
			lessons: module.lessons.map((lesson) => ({
				id: lesson.id,
				title: lesson.texts[source]!.title,
				minutes: lesson.minutes,
				required: lesson.required,
			})),
			quiz: module.quiz
				? { id: module.quiz.id, title: module.quiz.texts[source]!.title, questions: module.quiz.questionIds.length }
				: null,
		})),
	}
}
