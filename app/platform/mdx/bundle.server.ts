import { randomUUID } from 'node:crypto'
import { bundleMDX } from 'mdx-bundler'
import { type MdxProblem } from './problems.ts'
import { remarkValidateLesson } from './validate-mdx.server.ts'

/** What the compiler thread answers: the compiled code, or every problem the rules found. */
export type BundledLesson = { ok: true; code: string } | { ok: false; problems: MdxProblem[] }

/**
 * gray-matter (inside mdx-bundler) evaluates `---js` front matter with `eval`, before any remark
 * plugin runs. A delimiter nobody can type means it never reads front matter at all; a real
 * `---` block still reaches remark as a `yaml` node, which the validator refuses.
 */
const unreachableDelimiter = `\u0000${randomUUID()}`

/**
 * Validates a lesson against the allow-list and, only when nothing is wrong, compiles it. This
 * runs in the compiler thread (`compile-worker.mjs`); the server calls `compileLesson`.
 */
export async function bundleLesson(source: string): Promise<BundledLesson> {
	const problems: MdxProblem[] = []
	try {
		const { code } = await bundleMDX({
			source,
			grayMatterOptions: (options) => ({ ...options, delimiters: unreachableDelimiter }),
			mdxOptions: (options) => ({
				...options,
				remarkPlugins: [remarkValidateLesson(problems), ...(options.remarkPlugins ?? [])],
			}),
			// Problems are returned to the trainer; esbuild printing them too would only fill the logs.
			esbuildOptions: (options) => ({ ...options, logLevel: 'silent' }),
		})
		return { ok: true, code }
	} catch (error) {
		if (problems.length > 0) return { ok: false, problems }
		const syntax = syntaxProblem(error)
		if (syntax) return { ok: false, problems: [syntax] }
		throw error
	}
}

type MessageLike = { reason?: unknown; place?: unknown; cause?: unknown }

function startOf(place: unknown) {
	if (!place || typeof place !== 'object') return undefined
	const start = 'start' in place ? place.start : place
	if (!start || typeof start !== 'object' || !('line' in start) || !('column' in start)) return undefined
	const { line, column } = start
	return typeof line === 'number' && typeof column === 'number' ? { line, column } : undefined
}

/**
 * Turns the compiler's failure into a problem at the VFileMessage's place. An unclosed tag is
 * reported at the end of the file with no place, but its reason names the opening tag (`(3:1-3:21)`).
 */
function syntaxProblem(error: unknown): MdxProblem | undefined {
	const failures = (error as { errors?: { pluginName?: string; detail?: unknown }[] } | null)?.errors
	const failure = Array.isArray(failures) ? failures.find((f) => f.pluginName === '@mdx-js/esbuild') : undefined
	if (!failure) return undefined
	let message = failure.detail as MessageLike | undefined
	let position: { line: number; column: number } | undefined
	for (let depth = 0; message && typeof message === 'object' && depth < 5; depth++) {
		position ??= startOf(message.place)
		const named = typeof message.reason === 'string' ? /\((\d+):(\d+)/.exec(message.reason) : null
		if (!position && named) position = { line: Number(named[1]), column: Number(named[2]) }
		message = message.cause as MessageLike | undefined
	}
	return { line: position?.line ?? 1, column: position?.column ?? 1, code: 'syntax' }
}
