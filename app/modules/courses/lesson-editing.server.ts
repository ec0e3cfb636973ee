import { writeTransaction } from '#app/db/client.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { compileLesson, type MdxProblem } from '#app/platform/mdx/compile.server.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { editDraft } from './authoring.server.ts'
import { setLessonText } from './draft-edits.ts'
import { renderCompiledLesson } from './lesson-view.server.ts'
import { courseMediaList } from './media.server.ts'
import { saveBuild } from './store.server.ts'

const mediaKinds: Record<string, string> = { 'Figure:src': 'image/', 'Video:src': 'video/', 'Video:captions': 'text/vtt' }

/**
 * Every Figure and Video must show a file uploaded to this course, of the kind the
 * attribute expects (an image, a video, captions). Attributes are plain strings by then:
 * the MDX rules have already refused anything else.
 */
export function findMediaProblems(body: string, uploaded: { hash: string; type: string }[]): MdxProblem[] {
	const problems: MdxProblem[] = []
	const lineAndColumn = (index: number) => {
		const before = body.slice(0, index).split('\n')
		return { line: before.length, column: before.at(-1)!.length + 1 }
	}
	for (const tag of body.matchAll(/<(Figure|Video)\b([^>]*)>/g)) {
		for (const attribute of tag[2]!.matchAll(/\b(src|captions)\s*=\s*"([^"]*)"/g)) {
			const expected = mediaKinds[`${tag[1]}:${attribute[1]}`]!
			const hash = /^media:([0-9a-f]{64})$/.exec(attribute[2]!)?.[1]
			const file = hash ? uploaded.find((candidate) => candidate.hash === hash) : undefined
			if (!file?.type.startsWith(expected)) problems.push({ ...lineAndColumn(tag.index! + 1 + tag[1]!.length + attribute.index!), code: 'unknown-media', name: attribute[2]! })
		}
	}
	return problems
}

/**
 * Checks MDX (the allow-list, and media among the uploads given) and keeps its compiled
 * code under the source's hash. Lessons and library documents share these rules.
 */
export async function compileAndKeep(body: string, uploaded: { hash: string; type: string }[]) {
	const compiled = await compileLesson(body)
	if (!compiled.ok) return { ok: false as const, problems: compiled.problems }
	const mediaProblems = findMediaProblems(body, uploaded)
	if (mediaProblems.length) return { ok: false as const, problems: mediaProblems }
	// Builds are keyed by their source's hash, so keeping one that ends up unused is harmless.
	writeTransaction((tx) => saveBuild(compiled.hash, compiled.code, tx))
	return { ok: true as const, hash: compiled.hash }
}

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
	const compiled = await compileAndKeep(text.body, courseMediaList(courseId))
	if (!compiled.ok) return { ok: false, reason: 'refused', problems: compiled.problems }
	const outcome = editDraft(actor, courseId, (document) => setLessonText(document, lessonId, language, { ...text, build: compiled.hash }), expectedVersion)
	return outcome.ok ? { ok: true } : outcome
}

/** The server-rendered preview of unsaved MDX, or its problems. Nothing is stored. */
export async function previewLesson(body: string, language: Language) {
	const compiled = await compileLesson(body)
	if (!compiled.ok) return { ok: false as const, problems: compiled.problems }
	return { ok: true as const, html: renderCompiledLesson(compiled.code, language) }
}
