import { writeTransaction } from '#app/db/client.server.ts'
import { libraryDocuments } from '#app/db/schema/index.ts'
import { saveBuild } from '#app/platform/mdx/build-store.server.ts'
import { type LibraryDocument } from '#app/modules/library/document.ts'
import { publishRevision } from '#app/modules/library/store.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { compileLesson } from '#app/platform/mdx/compile.server.ts'
import { createOrganisation } from './factories.ts'

let sequence = 0

export type DocumentText = { title: string; summary: string; body?: string }

/** Texts per language for a document: the body defaults to the summary. */
export async function documentTexts(texts: Partial<Record<Language, DocumentText>>) {
	const built: LibraryDocument['texts'] = {}
	for (const [language, text] of Object.entries(texts) as [Language, DocumentText][]) {
		const body = text.body ?? text.summary
		const compiled = await compileLesson(body)
		if (!compiled.ok) throw new Error(`Test document refused: ${JSON.stringify(compiled.problems)}`)
		writeTransaction((tx) => saveBuild(compiled.hash, compiled.code, tx))
		built[language] = { title: text.title, summary: text.summary, body, build: compiled.hash }
	}
	return built
}

type DocumentOptions = Partial<Omit<LibraryDocument, 'texts'>> & {
	texts: Partial<Record<Language, DocumentText>>
	authorId?: string | null
	organisationId?: string
}

/** A document published at once (revision 1), and so in the search index. */
export async function createPublishedDocument(options: DocumentOptions) {
	const { texts, authorId = null, organisationId = createOrganisation().id, ...facts } = options
	const document: LibraryDocument = {
		type: 'guideline',
		tier: 'public',
		sourceLanguage: (Object.keys(texts)[0] as Language) ?? 'en',
		topics: ['identification'],
		countries: [],
		regions: [],
		audience: [],
		publishedOn: '2025-01-01',
		attachments: [],
		sources: [],
		...facts,
		texts: await documentTexts(texts),
	}
	const slug = `test-document-${Date.now().toString(36)}-${sequence++}`
	return writeTransaction((tx) => {
		const row = tx
			.insert(libraryDocuments)
			.values({ slug, organisationId, authorId, draft: document, state: 'published' })
			.returning()
			.get()
		publishRevision(tx, row, document, { authorId, publishedBy: null }, new Date())
		return { ...row, document }
	})
}
