import { eq } from 'drizzle-orm'
import { bundleMDX } from 'mdx-bundler'
import { expect, test, vi } from 'vitest'
import { writeTransaction } from '#app/db/client.server.ts'
import { libraryRevisions } from '#app/db/schema/index.ts'
import { saveBuild } from '#app/platform/mdx/build-store.server.ts'
import { compileLesson, hashLessonSource } from '#app/platform/mdx/compile.server.ts'
import { lessonHtml } from '#app/platform/mdx/lesson-html.server.ts'
import * as documentRoute from '#app/routes/$lang+/library+/$slug.tsx'
import { createPublishedDocument } from '#test/library-factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

const deepSource = `Intro\n\n${'<KeyPoints>\n'.repeat(1_400)}Deep\n${'</KeyPoints>\n'.repeat(1_400)}`

test('a document whose body was kept before nesting was limited answers its page with a notice, not a 500', async () => {
	expect(await compileLesson(deepSource)).toMatchObject({ ok: false, problems: [{ code: 'too-deep' }] })
	// What Atlas compiled and kept before the rule: the same compiler, without the validation.
	const { code } = await bundleMDX({ source: deepSource })
	const build = hashLessonSource(deepSource)
	const published = await createPublishedDocument({
		texts: { ar: { title: 'Checkpoint guide', summary: 'Kept before the nesting rule.' } },
	})
	const text = { ...published.document.texts.ar!, body: deepSource, build }
	writeTransaction((tx) => {
		saveBuild(build, code, tx)
		tx.update(libraryRevisions)
			.set({ document: { ...published.document, texts: { ar: text } } })
			.where(eq(libraryRevisions.documentId, published.id))
			.run()
	})
	const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
	try {
		const response = await callRoute(documentRoute.loader, {
			path: `/ar/library/${published.slug}`,
			params: { slug: published.slug },
		})
		expect(response.status).toBe(200)
		const { document } = await jsonOf<{ document: { title: string; html: string } }>(response)
		expect(document.title).toBe('Checkpoint guide')
		expect(document.html).toContain('تعذّر عرض هذا الجزء من الصفحة.')
		// A lesson kept the same way goes through the same renderer, in its own language.
		expect(await lessonHtml(text, 'fr')).toContain('Cette partie de la page n’a pas pu être affichée.')
		expect(logged).toHaveBeenCalledTimes(1)
	} finally {
		logged.mockRestore()
	}
})
