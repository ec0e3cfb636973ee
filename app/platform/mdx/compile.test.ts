import { createHash } from 'node:crypto'
import { expect, test } from 'vitest'
import { compileLesson, type MdxProblem } from './compile.server.ts'
import { completeLesson, mediaId } from './lesson.fixture.ts'
import { isSafeLinkUrl } from './safe-url.ts'

async function problemsOf(source: string) {
	const result = await compileLesson(source)
	if (result.ok) throw new Error('expected the lesson to be refused')
	return result.problems
}

function only(problems: MdxProblem[]) {
	expect(problems).toHaveLength(1)
	return problems[0]
}

test('a lesson using every allowed component compiles, hashed by its source', async () => {
	const result = await compileLesson(completeLesson)
	expect(result.ok).toBe(true)
	if (!result.ok) return
	expect(result.hash).toBe(createHash('sha256').update(completeLesson).digest('hex'))
	expect(result.code).toContain('Callout')
})

test('imports and exports are refused with their line', async () => {
	expect(only(await problemsOf("Intro\n\nimport x from 'y'\n\nText"))).toEqual({
		line: 3,
		column: 1,
		code: 'import-export',
	})
	expect(only(await problemsOf('export const a = 1'))).toMatchObject({ line: 1, code: 'import-export' })
})

test('expressions are refused where they start', async () => {
	expect(only(await problemsOf('{1+1}'))).toEqual({ line: 1, column: 1, code: 'expression' })
	expect(only(await problemsOf('Hello\n\nSay {alert(1)} now'))).toEqual({ line: 3, column: 5, code: 'expression' })
	expect(only(await problemsOf('{/* a comment is code too */}'))).toMatchObject({ code: 'expression' })
})

test('HTML tags, fragments and unknown components are refused by name', async () => {
	expect(only(await problemsOf('<script>alert(1)</script>'))).toMatchObject({
		code: 'unknown-component',
		name: 'script',
	})
	expect(only(await problemsOf('Text\n\n<Foo />'))).toEqual({
		line: 3,
		column: 1,
		code: 'unknown-component',
		name: 'Foo',
	})
	expect(only(await problemsOf('<>hi</>'))).toMatchObject({ code: 'unknown-component', name: '<>' })
	expect(only(await problemsOf('<constructor />'))).toMatchObject({ code: 'unknown-component', name: 'constructor' })
	expect(only(await problemsOf('<img src="x" alt="y" />'))).toMatchObject({ code: 'unknown-component', name: 'img' })
})

test('attributes must be plain strings from the allow-list', async () => {
	expect(only(await problemsOf('<Callout onClick="x">\nHi\n</Callout>'))).toEqual({
		line: 1,
		column: 10,
		code: 'attribute-not-allowed',
		name: 'onClick',
		component: 'Callout',
		allowed: ['kind'],
	})
	expect(only(await problemsOf('<Callout kind={x}>\nHi\n</Callout>'))).toMatchObject({
		code: 'attribute-expression',
		name: 'kind',
	})
	expect(only(await problemsOf('<Callout {...props}>\nHi\n</Callout>'))).toMatchObject({ code: 'attribute-expression' })
	expect(only(await problemsOf('<Callout kind="danger">\nHi\n</Callout>'))).toMatchObject({
		code: 'value-not-allowed',
		name: 'kind',
		component: 'Callout',
		value: 'danger',
		allowed: ['note', 'tip', 'warning'],
	})
	expect(only(await problemsOf('<Term definition="a" definition="b">x</Term>'))).toMatchObject({
		code: 'attribute-repeated',
		name: 'definition',
		component: 'Term',
	})
	expect(only(await problemsOf('<KeyPoints title="x">\n- a\n</KeyPoints>'))).toMatchObject({
		code: 'no-attributes',
		name: 'title',
		component: 'KeyPoints',
	})
})

test('required attributes must be present and not empty', async () => {
	expect(only(await problemsOf(`<Figure src="${mediaId}" />`))).toEqual({
		line: 1,
		column: 1,
		code: 'missing-attribute',
		name: 'alt',
	})
	expect(only(await problemsOf(`<Figure src="${mediaId}" alt="  " />`))).toMatchObject({
		code: 'missing-attribute',
		name: 'alt',
	})
	const video = await problemsOf(`<Video src="${mediaId}" />`)
	expect(video.map((problem) => problem.name).sort()).toEqual(['captions', 'title'])
	expect(only(await problemsOf('<Scenario>\nx\n</Scenario>'))).toMatchObject({
		code: 'missing-attribute',
		name: 'title',
	})
	expect(only(await problemsOf('<Details>\nx\n</Details>'))).toMatchObject({
		code: 'missing-attribute',
		name: 'summary',
	})
	expect(only(await problemsOf('<Term>x</Term>'))).toMatchObject({ code: 'missing-attribute', name: 'definition' })
})

test('links to script, data and other schemes are refused however they are written', async () => {
	expect(only(await problemsOf('[x](javascript:alert(1))'))).toEqual({ line: 1, column: 1, code: 'unsafe-link' })
	expect(only(await problemsOf('[x]( JaVaScRiPt:alert(1))'))).toMatchObject({ code: 'unsafe-link' })
	expect(only(await problemsOf('[x](java&#x09;script:alert(1))'))).toMatchObject({ code: 'unsafe-link' })
	expect(only(await problemsOf('[x](data:text/html,hi)'))).toMatchObject({ code: 'unsafe-link' })
	expect(only(await problemsOf('See [x][ref]\n\n[ref]: vbscript:msgbox'))).toMatchObject({
		line: 3,
		code: 'unsafe-link',
	})
	expect(await compileLesson('[a](https://x.org) [b](mailto:a@b.org) [c](#part) [d](../lesson-2)')).toMatchObject({
		ok: true,
	})
	expect(['http://a', 'HTTPS://a', '/p', '?q', 'a/b:c'].every(isSafeLinkUrl)).toBe(true)
	expect(['\u0001javascript:x', 'java\nscript:x', 'file:///etc/passwd'].some(isSafeLinkUrl)).toBe(false)
})

test('media must be an uploaded media id or a path on this site', async () => {
	expect(only(await problemsOf('<Figure src="https://evil.example/x.png" alt="x" />'))).toMatchObject({
		code: 'unsafe-link',
		name: 'src',
	})
	expect(only(await problemsOf('<Figure src="//evil.example/x.png" alt="x" />'))).toMatchObject({
		code: 'unsafe-link',
		name: 'src',
	})
	expect(only(await problemsOf('<Figure src="media:1234" alt="x" />'))).toMatchObject({
		code: 'unsafe-link',
		name: 'src',
	})
	const video = `<Video src="${mediaId}" captions="javascript:alert(1)" title="t" />`
	expect(only(await problemsOf(video))).toMatchObject({ code: 'unsafe-link', name: 'captions' })
})

test('markdown images are refused in favour of Figure', async () => {
	expect(only(await problemsOf('Text\n\n![a](https://x/y.png)'))).toEqual({
		line: 3,
		column: 1,
		code: 'markdown-image',
	})
})

test('syntax errors come back as problems with a position, never as exceptions', async () => {
	expect(only(await problemsOf('Intro\n\n<Callout kind="tip">\nNever closed\n'))).toEqual({
		line: 3,
		column: 1,
		code: 'syntax',
	})
	expect(only(await problemsOf('Intro\n\n<Callout>\n\n</Scenario>\n'))).toEqual({ line: 5, column: 1, code: 'syntax' })
	expect(only(await problemsOf('a {alert(1)'))).toMatchObject({ line: 1, code: 'syntax' })
})

test('front matter is refused and never evaluated', async () => {
	const marker = '__lessonFrontMatterRan'
	const evil = `---js\n{ a: (globalThis.${marker} = true) }\n---\n\nHello`
	await compileLesson(evil)
	expect(marker in globalThis).toBe(false)
	expect(only(await problemsOf('---\ntitle: Hi\n---\n\nHello'))).toMatchObject({
		line: 1,
		code: 'import-export',
		name: 'frontmatter',
	})
})

test('sources over 100 000 characters are refused before parsing', async () => {
	expect(await problemsOf('a'.repeat(100_001))).toEqual([{ line: 1, column: 1, code: 'too-long' }])
	expect(await compileLesson('a'.repeat(100_000))).toMatchObject({ ok: true })
})

test('shapes that would stall the parser are refused as too long, at the line where they start', async () => {
	expect(only(await problemsOf(`Intro\n\n${'- '.repeat(11)}x`))).toEqual({
		line: 3,
		column: 1,
		code: 'too-long',
		name: 'nesting',
	})
	expect(only(await problemsOf('- a\n'.repeat(2_001)))).toMatchObject({
		line: 2_001,
		code: 'too-long',
		name: 'nesting',
	})
	expect(only(await problemsOf('*_'.repeat(49_000)))).toMatchObject({ line: 1, code: 'too-long', name: 'emphasis' })
	expect(only(await problemsOf('a\n'.repeat(10_001)))).toMatchObject({ code: 'too-long', name: 'lines' })
	expect(await compileLesson('- **Term** means a thing\n'.repeat(200))).toMatchObject({ ok: true })
})

test('every problem in a source is reported, in line order', async () => {
	const source = [
		'import x from "y"',
		'',
		'<Foo />',
		'',
		'Say {x}',
		'',
		'[x](javascript:alert(1)) and ![a](b.png)',
		'',
		'<Callout kind="nope" onClick="x">',
		'hi',
		'</Callout>',
	].join('\n')
	const problems = await problemsOf(source)
	expect(problems.map((problem) => [problem.line, problem.code])).toEqual([
		[1, 'import-export'],
		[3, 'unknown-component'],
		[5, 'expression'],
		[7, 'unsafe-link'],
		[7, 'markdown-image'],
		[9, 'value-not-allowed'],
		[9, 'attribute-not-allowed'],
	])
})
