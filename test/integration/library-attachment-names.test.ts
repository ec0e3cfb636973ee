import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { writeTransaction } from '#app/db/client.server.ts'
import { libraryDocuments } from '#app/db/schema/index.ts'
import { attachFile } from '#app/modules/library/attachments.server.ts'
import { draftPage } from '#app/modules/library/draft-page.server.ts'
import { startDocument } from '#app/modules/library/drafts.server.ts'
import { findDocument } from '#app/modules/library/store.server.ts'
import { keepFile } from '#app/platform/file-store.server.ts'
import * as documentRoute from '#app/routes/$lang+/library+/$slug.tsx'
import * as fileRoute from '#app/routes/$lang+/library+/$slug_.files.$hash.ts'
import { createActor, signIn } from '#test/factories.ts'
import { createPublishedDocument } from '#test/library-factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n% ${text}\n`)
const pdfType = 'application/pdf'

const download = (slug: string, hash: string, cookie?: string) =>
	callRoute(fileRoute.loader, { path: `/en/library/${slug}/files/${hash}`, params: { slug, hash }, cookie })

async function draftOf(author: Awaited<ReturnType<typeof createActor>>) {
	const started = await startDocument(
		author,
		{
			type: 'guideline',
			tier: 'public',
			topics: ['identification'],
			countries: [],
			regions: [],
			audience: [],
			publishedOn: '2026-01-15',
			sources: [],
		},
		'en',
		{ title: 'Port checks', summary: 'What to look for.', body: 'Look for control of documents.' },
	)
	if (!started.ok) throw new Error(started.reason)
	return started.id
}

test('a PDF uploaded as .html, or with a right-to-left override in its name, is stored and downloaded as .pdf', async () => {
	const author = await createActor({ roles: ['ngo_member'] })
	const id = await draftOf(author)
	expect(attachFile(author, id, { bytes: pdf('report'), name: 'report.html' })).toEqual({ ok: true })
	// Shown as "invoicelmth.pdf" while the browser would save it as .html.
	expect(attachFile(author, id, { bytes: pdf('invoice'), name: 'invoice\u202Efdp.html' })).toEqual({ ok: true })
	const row = findDocument(id)!
	expect(row.draft.attachments.map((attachment) => attachment.name)).toEqual(['report.pdf', 'invoicefdp.pdf'])
	const cookie = signIn(author.id).cookie
	const [report, invoice] = row.draft.attachments
	const first = await download(row.slug, report!.hash, cookie)
	expect(first.status).toBe(200)
	expect(first.headers.get('Content-Type')).toBe(pdfType)
	expect(first.headers.get('Content-Disposition')).toBe(
		`attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`,
	)
	const second = await download(row.slug, invoice!.hash, cookie)
	expect(second.headers.get('Content-Disposition')).toBe(
		`attachment; filename="invoicefdp.pdf"; filename*=UTF-8''invoicefdp.pdf`,
	)
})

test('names stored before the rule are cleaned when served: on the page, in the draft and in the download', async () => {
	const hash = keepFile('library', pdf('an older upload'))
	const stored = { hash, name: '\u2067تقرير\u2069\u202Efdp.html', type: pdfType, size: 30 }
	const published = await createPublishedDocument({
		attachments: [stored],
		texts: { en: { title: 'Older upload', summary: 'Stored before names were checked.' } },
	})
	const response = await download(published.slug, hash)
	expect(response.status).toBe(200)
	expect(response.headers.get('Content-Disposition')).toBe(
		`attachment; filename="_____fdp.pdf"; filename*=UTF-8''%D8%AA%D9%82%D8%B1%D9%8A%D8%B1fdp.pdf`,
	)
	const page = await jsonOf<{ document: { attachments: { name: string }[] } }>(
		await callRoute(documentRoute.loader, { path: `/en/library/${published.slug}`, params: { slug: published.slug } }),
	)
	expect(page.document.attachments.map((attachment) => attachment.name)).toEqual(['تقريرfdp.pdf'])

	const author = await createActor({ roles: ['ngo_member'] })
	const id = await draftOf(author)
	writeTransaction((tx) => {
		const draft = findDocument(id, tx)!.draft
		tx.update(libraryDocuments)
			.set({ draft: { ...draft, attachments: [stored] } })
			.where(eq(libraryDocuments.id, id))
			.run()
	})
	const shown = draftPage(author, id, null)
	if (!shown.ok) throw new Error(shown.reason)
	expect(shown.page.attachments.map((attachment) => attachment.name)).toEqual(['تقريرfdp.pdf'])
	const drafted = await download(findDocument(id)!.slug, hash, signIn(author.id).cookie)
	expect(drafted.headers.get('Content-Disposition')).toContain(`filename*=UTF-8''%D8%AA%D9%82%D8%B1%D9%8A%D8%B1fdp.pdf`)
})
