import { bundleMDX } from 'mdx-bundler'
import { expect, test, vi } from 'vitest'
import { compileLesson } from './compile.server.ts'
import { maxNestingDepth } from './lesson-limits.ts'
import { spanishLabels as labels } from './lesson.fixture.ts'
import { renderLessonHtml } from './render-lesson.server.tsx'

/** Components on lines of their own, one inside the other: line 3 opens the first. */
const nestedBlocks = (depth: number) =>
	`Intro\n\n${'<KeyPoints>\n'.repeat(depth)}Deep\n${'</KeyPoints>\n'.repeat(depth)}`
/** The same inside one line of text. */
const nestedTerms = (depth: number) =>
	`Intro\n\nSee ${'<Term definition="d">'.repeat(depth)}deep${'</Term>'.repeat(depth)}`

test('components nested 200 deep are refused at the line where the nesting passes the limit', async () => {
	const refused = await compileLesson(nestedBlocks(200))
	expect(refused).toEqual({
		ok: false,
		problems: [{ line: 3 + maxNestingDepth, column: 1, code: 'too-deep' }],
	})
	expect(await compileLesson(nestedTerms(200))).toMatchObject({ ok: false, problems: [{ line: 3, code: 'too-deep' }] })
})

test('nesting 20 deep is fine', async () => {
	expect(await compileLesson(nestedBlocks(20))).toMatchObject({ ok: true })
	expect(await compileLesson(nestedTerms(20))).toMatchObject({ ok: true })
	// Nested lists and quotes count their levels too, and a deep real outline stays far below the limit.
	const outline = Array.from({ length: 8 }, (_, level) => `${'  '.repeat(level)}- level ${level + 1}`).join('\n')
	expect(await compileLesson(`> ${outline.replaceAll('\n', '\n> ')}`)).toMatchObject({ ok: true })
})

test('nesting 1 400 deep, which used to pass and then break every render, is refused', async () => {
	// Deeper still (up to the 100 000 characters allowed) the parser alone outlasts the compile time limit.
	expect(await compileLesson(nestedTerms(1_400))).toMatchObject({
		ok: false,
		problems: [{ line: 3, code: 'too-deep' }],
	})
})

test('a build kept before nesting was limited renders as a notice, not a throw, and is logged once', async () => {
	// What Atlas compiled and stored before the limit: the same compiler, without the rules.
	const { code } = await bundleMDX({ source: nestedBlocks(1_400) })
	const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
	try {
		for (const language of ['es', 'es', 'fr']) {
			const html = renderLessonHtml(code, { labels, language })
			expect(html).toContain(labels.unavailable)
			expect(html).not.toContain('Deep')
		}
		expect(logged).toHaveBeenCalledTimes(1)
		expect(String(logged.mock.calls[0]?.[0])).toMatch(/could not be rendered/)
	} finally {
		logged.mockRestore()
	}
})
