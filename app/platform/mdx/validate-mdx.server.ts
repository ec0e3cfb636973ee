import { allowedComponents } from './allowed-components.ts'
import { maxNestingDepth } from './lesson-limits.ts'
import { type MdxProblem, type MdxProblemCode, sortProblems } from './problems.ts'
import { isMediaReference, isSafeLinkUrl } from './safe-url.ts'

/**
 * Trainer MDX is data, not code (DESIGN principle 3): the syntax tree is checked against an
 * allow-list before any JavaScript is generated, so nothing a trainer writes can run on the
 * server or reach the reader as script.
 */

type Point = { line: number; column: number }
type Positioned = { position?: { start: Point } }
type JsxAttribute = Positioned & {
	type: string
	name?: string
	value?: string | null | { type: string }
}
type MdastNode = Positioned & {
	type: string
	name?: string | null
	url?: string
	attributes?: JsxAttribute[]
	children?: MdastNode[]
}

const refusedNodeCodes: Record<string, MdxProblemCode> = {
	mdxjsEsm: 'import-export',
	// Front matter would become `export const frontmatter`; lesson metadata lives in course.yaml.
	yaml: 'import-export',
	mdxFlowExpression: 'expression',
	mdxTextExpression: 'expression',
	image: 'markdown-image',
	imageReference: 'markdown-image',
}

function at(node: Positioned | undefined, fallback?: Positioned) {
	const start = node?.position?.start ?? fallback?.position?.start
	return { line: start?.line ?? 1, column: start?.column ?? 1 }
}

// A refused value is quoted back to its author; a few words are enough to find it.
const quoted = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value)

function checkElement(node: MdastNode, report: (problem: MdxProblem) => void) {
	const name = node.name ?? '<>'
	const component = node.name && Object.hasOwn(allowedComponents, node.name) ? node.name : undefined
	if (!component) {
		report({ ...at(node), code: 'unknown-component', name })
		return
	}
	const rules = allowedComponents[component]!.attributes
	// Each refusal names the component and what it does take, so the author can correct it without the docs.
	const allowed = Object.keys(rules)
	const seen = new Set<string>()
	for (const attribute of node.attributes ?? []) {
		const where = at(attribute, node)
		if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
			report({ ...where, code: 'attribute-expression', name: '...' })
			continue
		}
		const rule = Object.hasOwn(rules, attribute.name) ? rules[attribute.name] : undefined
		if (!rule) {
			const code = allowed.length ? 'attribute-not-allowed' : 'no-attributes'
			report({ ...where, code, name: attribute.name, component, allowed })
			continue
		}
		if (seen.has(attribute.name)) {
			report({ ...where, code: 'attribute-repeated', name: attribute.name, component })
			continue
		}
		seen.add(attribute.name)
		if (attribute.value !== null && typeof attribute.value === 'object') {
			report({ ...where, code: 'attribute-expression', name: attribute.name })
			continue
		}
		const value = (attribute.value ?? '').trim()
		if (rule.required && value === '') {
			report({ ...where, code: 'missing-attribute', name: attribute.name })
		} else if (rule.values && !rule.values.includes(value)) {
			const refused = { name: attribute.name, component, value: quoted(value), allowed: [...rule.values] }
			report({ ...where, code: 'value-not-allowed', ...refused })
		} else if (rule.media && !isMediaReference(value)) {
			report({ ...where, code: 'unsafe-link', name: attribute.name })
		}
	}
	for (const [attributeName, rule] of Object.entries(rules)) {
		if (rule.required && !seen.has(attributeName)) {
			report({ ...at(node), code: 'missing-attribute', name: attributeName })
		}
	}
}

/** Every problem in the tree, sorted by position; an empty list means the lesson is safe to compile. */
export function findLessonProblems(tree: MdastNode) {
	const problems: MdxProblem[] = []
	const report = (problem: MdxProblem) => problems.push(problem)
	// An explicit stack: 100 000 characters of `>` nest deep enough to overflow recursion.
	const stack: { node: MdastNode; depth: number }[] = [{ node: tree, depth: 0 }]
	while (stack.length > 0) {
		const { node, depth } = stack.pop() ?? { node: undefined, depth: 0 }
		if (!node) break
		const refused = refusedNodeCodes[node.type]
		if (refused) report({ ...at(node), code: refused, ...(node.type === 'yaml' ? { name: 'frontmatter' } : {}) })
		if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') checkElement(node, report)
		if ((node.type === 'link' || node.type === 'definition') && !isSafeLinkUrl(node.url ?? '')) {
			report({ ...at(node), code: 'unsafe-link' })
		}
		// MDX turns off raw HTML, but a parser change must not quietly let it through.
		if (node.type === 'html') report({ ...at(node), code: 'unknown-component', name: 'html' })
		const children = node.children ?? []
		// Rendering would overflow its stack on what lies below; one problem, where the limit is passed, says it.
		if (depth >= maxNestingDepth && children.length > 0) report({ ...at(children[0], node), code: 'too-deep' })
		else for (const child of children) stack.push({ node: child, depth: depth + 1 })
	}
	return sortProblems(problems)
}

/** Thrown to stop the MDX compiler before it generates code; the problems travel separately. */
export class LessonRefusedError extends Error {
	constructor() {
		super('The lesson was refused by the MDX validator')
	}
}

/**
 * A remark plugin that records problems into `problems` and stops compilation when there are any.
 * It must run first, before plugins that add nodes of their own (front matter exports).
 */
export function remarkValidateLesson(problems: MdxProblem[]) {
	return () => (tree: MdastNode) => {
		problems.push(...findLessonProblems(tree))
		if (problems.length > 0) throw new LessonRefusedError()
	}
}
