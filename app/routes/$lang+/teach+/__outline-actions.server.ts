import { z } from 'zod'
import { addCoAuthor, editDraft, migrateLearners, publishCourse } from '#app/modules/courses/authoring.server.ts'
import { partIdPattern } from '#app/modules/courses/document.ts'
import { addLesson, addModule, addQuiz, moveLesson, moveModule, newPartId, partIds, removeLesson, removeModule } from '#app/modules/courses/draft-edits.ts'
import { hashLessonSource } from '#app/platform/mdx/compile.server.ts'
import { requiredText } from '#app/platform/form-fields.ts'
import { type Actor } from '#app/platform/permissions.ts'

const partId = z.string().regex(partIdPattern)
const direction = z.enum(['up', 'down']).transform((value) => (value === 'up' ? -1 : 1) as -1 | 1)

/** Every button on the course outline posts one of these. */
export const outlineSchema = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('add-module'), title: requiredText(200) }),
	z.object({ intent: z.literal('move-module'), id: partId, direction }),
	z.object({ intent: z.literal('remove-module'), id: partId }),
	z.object({ intent: z.literal('add-lesson'), moduleId: partId, title: requiredText(200) }),
	z.object({ intent: z.literal('move-lesson'), id: partId, direction }),
	z.object({ intent: z.literal('remove-lesson'), id: partId }),
	z.object({ intent: z.literal('add-quiz'), moduleId: partId, title: requiredText(200) }),
	z.object({ intent: z.literal('publish') }),
	z.object({ intent: z.literal('add-author'), email: requiredText(200) }),
	z.object({ intent: z.literal('migrate') }),
])

export type OutlineCommand = z.output<typeof outlineSchema>

/**
 * Carries out one outline command. Returns where to go next (a new lesson or quiz
 * opens in its editor) or what to tell the author.
 */
export function runOutlineCommand(actor: Actor, courseId: string, command: OutlineCommand) {
	const edit = (change: Parameters<typeof editDraft>[2]) => ({ kind: 'edited' as const, outcome: editDraft(actor, courseId, change) })
	switch (command.intent) {
		case 'add-module':
			return edit((document) => addModule(document, newPartId('module', (id) => partIds(document).has(id)), command.title))
		case 'move-module':
			return edit((document) => moveModule(document, command.id, command.direction))
		case 'remove-module':
			return edit((document) => removeModule(document, command.id))
		case 'move-lesson':
			return edit((document) => moveLesson(document, command.id, command.direction))
		case 'remove-lesson':
			return edit((document) => removeLesson(document, command.id))
		case 'add-lesson': {
			let id = ''
			const result = edit((document) => {
				id = newPartId('lesson', (candidate) => partIds(document).has(candidate))
				return addLesson(document, command.moduleId, { id, title: command.title, body: '', build: hashLessonSource('') })
			})
			return { ...result, opens: { lessonId: id } }
		}
		case 'add-quiz': {
			let id = ''
			const result = edit((document) => {
				id = newPartId('quiz', (candidate) => partIds(document).has(candidate))
				return addQuiz(document, command.moduleId, id, command.title)
			})
			return { ...result, opens: { quizId: id } }
		}
		case 'publish':
			return { kind: 'published' as const, outcome: publishCourse(actor, courseId) }
		case 'add-author':
			return { kind: 'author' as const, outcome: addCoAuthor(actor, courseId, command.email) }
		case 'migrate':
			return { kind: 'migrated' as const, outcome: migrateLearners(actor, courseId) }
	}
}
