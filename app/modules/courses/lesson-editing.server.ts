import { writeTransaction } from '#app/db/client.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { compileLesson, type MdxProblem } from '#app/platform/mdx/compile.server.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { editDraft } from './authoring.server.ts'
import { setLessonText } from './draft-edits.ts'
import { renderCompiledLesson } from './lesson-view.server.ts'
import { saveBuild } from './store.server.ts'

export type LessonSaveOutcome =
	| { ok: true }
	| { ok: false; reason: 'refused'; problems: MdxProblem[] }
	| { ok: false; reason: 'forbidden' | 'not-found' | 'stale' | 'invalid' }

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
	const compiled = await compileLesson(text.body)
	if (!compiled.ok) return { ok: false, reason: 'refused', problems: compiled.problems }
	// Builds are keyed by their source's hash, so keeping one that ends up unused is harmless.
	writeTransaction((tx) => saveBuild(compiled.hash, compiled.code, tx))
	const outcome = editDraft(actor, courseId, (document) => setLessonText(document, lessonId, language, { ...text, build: compiled.hash }), expectedVersion)
	return outcome.ok ? { ok: true } : outcome
}

/** The server-rendered preview of unsaved MDX, or its problems. Nothing is stored. */
export async function previewLesson(body: string, language: Language) {
	const compiled = await compileLesson(body)
	if (!compiled.ok) return { ok: false as const, problems: compiled.problems }
	return { ok: true as const, html: renderCompiledLesson(compiled.code, language) }
}
