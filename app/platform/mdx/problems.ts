import { refuse, type Refusal } from '#app/platform/outcome.ts'

/**
 * Why a lesson was refused. Pages translate each code (`name` carries the component or
 * attribute involved), so this file stays free of server code and safe to import anywhere.
 */
export const mdxProblemCodes = [
	'syntax',
	'import-export',
	'expression',
	'unknown-component',
	'attribute-not-allowed',
	'attribute-expression',
	'missing-attribute',
	'unsafe-link',
	'markdown-image',
	'too-long',
	/** Components or markdown nested deeper than `maxNestingDepth`, at the line where the limit is passed. */
	'too-deep',
	/** A Figure or Video names a file that is not among the course's uploads, or not of the right kind. */
	'unknown-media',
	/** Compiling took longer than the time limit; nothing in the source is wrong as such. */
	'too-slow',
] as const

export type MdxProblemCode = (typeof mdxProblemCodes)[number]

/** `line` and `column` are 1-based, as editors show them. */
export type MdxProblem = { line: number; column: number; code: MdxProblemCode; name?: string }

export const maxLessonLength = 100_000

export function sortProblems(problems: MdxProblem[]) {
	return [...problems].sort((a, b) => a.line - b.line || a.column - b.column)
}

/** MDX problems as form errors: translation keys carrying their line, column and the name involved. */
export function problemMessages(problems: MdxProblem[]) {
	return problems.map(
		(problem) =>
			`courses:mdx.${problem.code}?${new URLSearchParams({ line: String(problem.line), column: String(problem.column), name: problem.name ?? '' })}`,
	)
}

/** MDX that breaks the rules: every problem, and each as a message for the body field. */
export type MdxRefusal = Refusal<'refused'> & { problems: MdxProblem[] }

export function mdxRefusal(problems: MdxProblem[]): MdxRefusal {
	return { ...refuse('refused', { field: 'body', messages: problemMessages(problems) }), problems }
}
