import { expect, test } from 'vitest'
import { compileLesson } from './compile.server.ts'
import { completeLesson, spanishLabels as labels } from './lesson.fixture.ts'
import { renderLessonHtml } from './render-lesson.server.tsx'

async function compiled(source: string) {
	const result = await compileLesson(source)
	if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`)
	return result.code
}

test("every component renders to accessible HTML with the page's labels", async () => {
	const html = renderLessonHtml(await compiled(completeLesson), { labels, language: 'es' })
	expect(html).toContain('<h2>Spotting the signs</h2>')
	expect(html).not.toContain('<h1')
	expect(html).toContain('<span class="term"><dfn>trafficking</dfn>')
	expect(html).toContain(
		'<span class="visually-hidden">Definición: </span>moving people by force or deceit to exploit them)',
	)
	expect(html).toContain(
		'<aside class="callout callout--warning" role="note"><p class="callout__label"><strong>Advertencia</strong></p>',
	)
	expect(html).toContain(
		'<aside class="callout callout--note" role="note"><p class="callout__label"><strong>Nota</strong></p>',
	)
	expect(html).toMatch(
		/<section class="key-points" aria-label="Puntos clave">.*<ul>\s*<li>Look for control of documents<\/li>/s,
	)
	expect(html).toContain(
		'<section class="scenario"><p class="scenario__label"><strong>Escenario</strong></p><p class="scenario__title">A roadside check</p>',
	)
	expect(html).toContain('<details class="details"><summary>Sources</summary>')
	expect(html).toContain('<a href="https://www.unodc.org/">UNODC page</a>')
	expect(html).toContain(
		`<figure class="figure"><img src="/media/${'ab12'.repeat(
			16,
		)}" alt="A van at a checkpoint" loading="lazy"/><figcaption>The checkpoint at dawn</figcaption></figure>`,
	)
	expect(html).toContain(
		`<figure class="video"><video controls="" preload="none" src="/media/${'ab12'.repeat(
			16,
		)}"><track kind="captions" src="captions/interview.vtt" default="" srcLang="es"/></video><figcaption>An interview, step by step</figcaption></figure>`,
	)
	expect(html).not.toMatch(/<h[3-6]|<script/)
})

test('a page can serve media from its own address', async () => {
	const mediaUrl = (id: string) => `/files/${id.replace('media:', '')}`
	const html = renderLessonHtml(await compiled(completeLesson), { labels, language: 'en', mediaUrl })
	expect(html).toContain(`src="/files/${'ab12'.repeat(16)}"`)
	expect(html).toContain('srcLang="en"')
})

test('markup-like text from the trainer stays text', async () => {
	const source = 'Type &lt;script&gt;alert(1)&lt;/script&gt; and \\<b> and `<img src=x onerror=alert(1)>` to test.'
	const html = renderLessonHtml(await compiled(source), { labels, language: 'en' })
	expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
	expect(html).toContain('&lt;b&gt;')
	expect(html).toContain('<code>&lt;img src=x onerror=alert(1)&gt;</code>')
	expect(html).not.toMatch(/<script|<b>|<img/)
})

test("labels are part of the cache key, so a second language never sees the first one's words", async () => {
	const code = await compiled('<Callout kind="tip">\nHi\n</Callout>')
	expect(renderLessonHtml(code, { labels, language: 'es' })).toContain('Consejo')
	expect(renderLessonHtml(code, { labels: { ...labels, tip: 'Astuce' }, language: 'fr' })).toContain('Astuce')
	expect(renderLessonHtml(code, { labels, language: 'es' })).toContain('Consejo')
})
