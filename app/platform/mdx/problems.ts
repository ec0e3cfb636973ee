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
	/** An attribute the component does not take; `allowed` lists those it does. */
	'attribute-not-allowed',
	/** Any attribute on a component that takes none. */
	'no-attributes',
	/** A value outside the attribute's fixed list, which `allowed` gives. */
	'value-not-allowed',
	'attribute-repeated',
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

/**
 * `line` and `column` are 1-based, as editors show them. For a refused attribute, `component`
 * names the element, `value` quotes what was written and `allowed` what would have been accepted.
 */
export type MdxProblem = {
	line: number
	column: number
	code: MdxProblemCode
	name?: string
	component?: string
	value?: string
	allowed?: string[]
}

export const maxLessonLength = 100_000

export function sortProblems(problems: MdxProblem[]) {
	return [...problems].sort((a, b) => a.line - b.line || a.column - b.column)
}

/**
 * MDX problems as form errors: translation keys carrying their line, column, the name involved
 * and, for a refused attribute, its component, the value written and the allowed ones.
 */
export function problemMessages(problems: MdxProblem[]) {
	return problems.map((problem) => {
		const values = new URLSearchParams({
			line: String(problem.line),
			column: String(problem.column),
			name: problem.name ?? '',
		})
		if (problem.component) values.set('component', problem.component)
		if (problem.value !== undefined) values.set('value', problem.value)
		// Attribute names and fixed values are code, the same in every language, so a plain comma joins them.
		if (problem.allowed) values.set('allowed', problem.allowed.join(', '))
		return `authoring:mdx.${problem.code}?${values}`
	})
}

/** MDX that breaks the rules: every problem, and each as a message for the body field. */
export type MdxRefusal = Refusal<'refused'> & { problems: MdxProblem[] }

export function mdxRefusal(problems: MdxProblem[]): MdxRefusal {
	return { ...refuse('refused', { field: 'body', messages: problemMessages(problems) }), problems }
}
