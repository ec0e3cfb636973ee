import { createHash } from 'node:crypto'
import { getEnv } from '#app/platform/env.server.ts'
import { compileInQueue } from './compile-queue.server.ts'
import { findSizeProblems } from './lesson-limits.ts'
import { type MdxProblem, maxLessonLength } from './problems.ts'

export { mdxProblemCodes, type MdxProblem, type MdxProblemCode } from './problems.ts'

export type CompiledLesson = { ok: true; code: string; hash: string }
export type RefusedLesson = { ok: false; problems: MdxProblem[] }

export function hashLessonSource(source: string) {
	return createHash('sha256').update(source, 'utf8').digest('hex')
}

/**
 * Validates a trainer's lesson (or a library document) and, only when nothing is wrong, compiles
 * it for `renderLessonHtml`. Sources the limits already refuse never reach the compiler thread;
 * the others wait their turn there, and one that takes longer than `MDX_COMPILE_LIMIT_MS` is
 * refused as too slow rather than holding the compiler for everybody.
 */
export async function compileLesson(source: string): Promise<CompiledLesson | RefusedLesson> {
	if (source.length > maxLessonLength) {
		return { ok: false, problems: [{ line: 1, column: 1, code: 'too-long' }] }
	}
	const sizeProblems = findSizeProblems(source)
	if (sizeProblems.length > 0) return { ok: false, problems: sizeProblems }
	const compiled = await compileInQueue(source, getEnv().MDX_COMPILE_LIMIT_MS)
	if (compiled === 'too-slow') return { ok: false, problems: [{ line: 1, column: 1, code: 'too-slow' }] }
	return compiled.ok ? { ...compiled, hash: hashLessonSource(source) } : compiled
}
