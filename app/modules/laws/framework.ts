import { z } from 'zod'
import { isCalendarDay } from '#app/platform/format.ts'
import { languages } from '#app/platform/i18n.ts'
import { slugPattern } from '#app/platform/slugs.ts'
import { elementIds, provisionValues, protocolStatuses } from './vocabulary.ts'

/**
 * A country's legal framework as one document: every revision keeps a frozen copy and a proposal
 * changes named parts of it (decision 022). Validated the same way wherever it comes from: the
 * content import, a legal expert's form, or the database.
 */
export const calendarDaySchema = z.string().refine(isCalendarDay, 'errors.date')
const line = (max: number) => z.string().trim().min(1).max(max)
/** An ISO 639-1 code: legal text is quoted in whatever language the law is written in, not only Atlas's four. */
export const textLanguageSchema = z.string().regex(/^[a-z]{2}$/)

export const instrumentSchema = z.object({
	/** Citations name the instrument by this id. */
	id: z.string().regex(slugPattern).max(60),
	name: line(300),
	/** The language the instrument is written in (its name is shown as written). */
	language: textLanguageSchema,
	year: z.number().int().min(1800).max(2100).nullable(),
	/** Which articles bear on trafficking, as the law numbers them ("Articles 225-4-1 to 225-4-9"). */
	articles: z.string().trim().max(300),
	url: z
		.url({ protocol: /^https?$/ })
		.max(500)
		.nullable(),
})
export type Instrument = z.infer<typeof instrumentSchema>

export const citationSchema = z.object({ instrument: z.string().regex(slugPattern).max(60), article: line(120) })
export type Citation = z.infer<typeof citationSchema>

/** Legal text stays in its own language; translations are the contributor's, marked unofficial. */
export const quoteSchema = z.object({
	text: line(4000),
	language: textLanguageSchema,
	unofficial: z.partialRecord(z.enum(languages), line(4000)).default({}),
})
export type Quote = z.infer<typeof quoteSchema>

export const elementValueSchema = z.union([z.enum(provisionValues), z.number().int().min(0).max(10_000)])
export type ElementValue = z.infer<typeof elementValueSchema>

export const elementEntrySchema = z.object({
	value: elementValueSchema,
	citation: citationSchema.nullable(),
	quote: quoteSchema.nullable().default(null),
	/** A short explanation by the expert ("only for sexual exploitation"), in the language they wrote it in. */
	note: z.string().trim().max(1000).default(''),
	/** The day the value was true of the law, as the expert checked it. */
	asOf: calendarDaySchema,
	/** The legal expert who approved the value, and when; null for imported sample data. */
	reviewedBy: z.string().nullable().default(null),
	reviewedOn: calendarDaySchema.nullable().default(null),
})
export type ElementEntry = z.infer<typeof elementEntrySchema>

export const protocolStatusSchema = z.object({
	status: z.enum(protocolStatuses),
	signedOn: calendarDaySchema.nullable(),
	/** The day of ratification or accession. */
	joinedOn: calendarDaySchema.nullable(),
	source: z
		.url({ protocol: /^https?$/ })
		.max(500)
		.nullable(),
	asOf: calendarDaySchema,
})
export type ProtocolStatusEntry = z.infer<typeof protocolStatusSchema>

export const frameworkSchema = z.object({
	instruments: z.array(instrumentSchema).max(30),
	protocol: protocolStatusSchema,
	/** An element that is absent is unknown: nobody has recorded it yet. */
	elements: z.partialRecord(z.enum(elementIds), elementEntrySchema),
})
export type Framework = z.infer<typeof frameworkSchema>
