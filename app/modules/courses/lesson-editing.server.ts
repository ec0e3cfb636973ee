import { type Language } from '#app/platform/i18n.ts'
import { compileAndKeep } from '#app/platform/mdx/build-store.server.ts'
import { compileLesson } from '#app/platform/mdx/compile.server.ts'
import { renderCompiledLesson } from '#app/platform/mdx/lesson-html.server.ts'
import { type MdxRefusal, mdxRefusal } from '#app/platform/mdx/problems.ts'
import { done, type Done, type Outcome } from '#app/platform/outcome.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { type DraftRefusalReason, editDraft } from './authoring.server.ts'
import { setLessonText } from './draft-edits.ts'
import { courseMediaList } from './media.server.ts'

export type LessonSaveOutcome = Outcome<DraftRefusalReason> | MdxRefusal

/**
 * Checks and compiles a lesson, then saves it into the draft. MDX that breaks the rules
 * is refused with every problem's line and column, and nothing is saved.
 */
export async function saveLessonText(
	actor: Actor,
	courseId: string,
	lessonId: string,
	language: Language,
	text: { title: string; body: string },
	expectedVersion?: number,
): Promise<LessonSaveOutcome> {
	const compiled = await compileAndKeep(text.body, courseMediaList(courseId))
	if (!compiled.ok) return compiled
	const outcome = editDraft(
		actor,
		courseId,
		(document) => setLessonText(document, lessonId, language, { ...text, build: compiled.hash }),
		expectedVersion,
	)
	return outcome.ok ? done() : outcome
}

/** The server-rendered preview of unsaved MDX, or its problems. Nothing is stored. */
export async function previewLesson(body: string, language: Language): Promise<Done<{ html: string }> | MdxRefusal> {
	const compiled = await compileLesson(body)
	if (!compiled.ok) return mdxRefusal(compiled.problems)
	return done({ html: renderCompiledLesson(compiled.code, language) })
}
