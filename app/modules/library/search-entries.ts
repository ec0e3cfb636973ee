import { type EntryInput } from '#app/modules/search/entries.server.ts'
import { plainText } from '#app/modules/search/plain-text.ts'
import { documentLanguages, type LibraryDocument } from './document.ts'

/** What search knows of a published document: one entry per language it is written in. */
export function documentEntries(slug: string, document: LibraryDocument): EntryInput[] {
	return documentLanguages(document).map((language) => {
		const text = document.texts[language]!
		return {
			kind: 'document',
			path: `/library/${slug}`,
			language,
			title: text.title,
			summary: text.summary,
			body: plainText(text.body),
			type: document.type,
			topics: document.topics,
			countries: document.countries,
			tier: document.tier,
			publishedOn: document.publishedOn,
		}
	})
}
