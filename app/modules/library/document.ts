import { z } from 'zod'
import { countryCodes } from '#app/platform/countries.ts'
import { isCalendarDay } from '#app/platform/format.ts'
import { languages } from '#app/platform/i18n.ts'
import { maxAttachments } from './attachment-types.ts'
import { accessTiers, audiences, documentTypes, protocolStatuses, regions, topics } from './vocabulary.ts'

/**
 * A library document is one JSON document, like a course: the working draft lives on
 * the document row and each published revision keeps a frozen copy, so an edit under
 * review never changes what readers see (decision 010).
 */
const line = z.string().trim().min(1).max(300)

export const documentTextSchema = z.object({
	title: line,
	summary: z.string().trim().min(1).max(1000),
	body: z.string().max(100_000),
	/** sha256 of the body; the compiled MDX is kept under this key in lesson_builds. */
	build: z.string().regex(/^[0-9a-f]{64}$/),
})
export type DocumentText = z.infer<typeof documentTextSchema>

export const attachmentSchema = z.object({
	hash: z.string().regex(/^[0-9a-f]{64}$/),
	name: z.string().min(1).max(120),
	type: z.string().min(1).max(120),
	size: z.number().int().min(1),
})
export type Attachment = z.infer<typeof attachmentSchema>

export const protocolVersionSchema = z.object({
	version: z.number().int().min(1).max(999),
	status: z.enum(protocolStatuses),
	changelog: z.partialRecord(z.enum(languages), z.string().trim().min(1).max(2000)),
})

export const libraryDocumentSchema = z.object({
	type: z.enum(documentTypes),
	tier: z.enum(accessTiers),
	sourceLanguage: z.enum(languages),
	topics: z.array(z.enum(topics)).min(1).max(11),
	countries: z.array(z.enum(countryCodes)).max(30),
	regions: z.array(z.enum(regions)).max(6),
	audience: z.array(z.enum(audiences)).max(11),
	/** The date the publisher gives the document, YYYY-MM-DD. */
	publishedOn: z.string().refine(isCalendarDay),
	texts: z.partialRecord(z.enum(languages), documentTextSchema),
	attachments: z.array(attachmentSchema).max(maxAttachments),
	/** Only for standard operating protocols. */
	protocol: protocolVersionSchema.optional(),
	/** Public sources the document draws on, as citations. */
	sources: z.array(z.string().trim().min(1).max(400)).max(20),
})
export type LibraryDocument = z.infer<typeof libraryDocumentSchema>

/** The languages a document has text in, the source first. */
export function documentLanguages(document: LibraryDocument) {
	const others = languages.filter((language) => language !== document.sourceLanguage)
	return [document.sourceLanguage, ...others].filter((language) => document.texts[language])
}
