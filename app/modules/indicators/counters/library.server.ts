import { and, eq, gte, lt, sql } from 'drizzle-orm'
import {
	libraryDocuments,
	libraryRevisions,
	organisations,
	protocolAdoptions,
	searchMissMonths,
} from '#app/db/schema/index.ts'
import { type Counter } from './counter.ts'

/** A calendar day (YYYY-MM-DD) as the library stores adoption days. */
const dayOf = (date: Date) => date.toISOString().slice(0, 10)

/**
 * documents-published (flow): library documents whose first published revision (`library_revisions` number 1) was
 * published in the month. Not `library_documents.state`: that is where the working draft stands in review, and a
 * published document whose next change waits for review is "submitted". Counted in each of the countries the first
 * revision names (none for a document about no country), by its type and by each language it was published in.
 */
const documentsPublished: Counter = (db, { month, start, end }) =>
	db
		.select({
			type: libraryRevisions.type,
			countries: sql<string>`json_extract(${libraryRevisions.document}, '$.countries')`,
			languages: sql<string>`(select json_group_array(key) from json_each(${libraryRevisions.document}, '$.texts'))`,
		})
		.from(libraryRevisions)
		.where(
			and(
				eq(libraryRevisions.number, 1),
				gte(libraryRevisions.publishedAt, start),
				lt(libraryRevisions.publishedAt, end),
			),
		)
		.all()
		.map((row) => ({
			series: 'documents-published' as const,
			month,
			countries: JSON.parse(row.countries ?? '[]') as string[],
			by: { 'document-type': row.type, language: JSON.parse(row.languages) as string[] },
		}))

/**
 * protocol-adoptions (flow): `protocol_adoptions` whose adoption day (`adopted_on`, the day the organisation says it
 * adopted the protocol, not the day it was recorded) falls in the month; in the adopting organisation's country and
 * counted for it, by the protocol's document type as its published revision says.
 */
const protocolAdoptionsMade: Counter = (db, { month, start, end }) =>
	db
		.select({
			organisationId: protocolAdoptions.organisationId,
			country: organisations.country,
			type: libraryRevisions.type,
		})
		.from(protocolAdoptions)
		.innerJoin(organisations, eq(organisations.id, protocolAdoptions.organisationId))
		.innerJoin(libraryDocuments, eq(libraryDocuments.id, protocolAdoptions.documentId))
		.leftJoin(libraryRevisions, eq(libraryRevisions.id, libraryDocuments.publishedRevisionId))
		.where(and(gte(protocolAdoptions.adoptedOn, dayOf(start)), lt(protocolAdoptions.adoptedOn, dayOf(end))))
		.all()
		.map((row) => ({
			series: 'protocol-adoptions' as const,
			month,
			countries: [row.country],
			organisationId: row.organisationId,
			by: row.type ? { 'document-type': row.type } : {},
		}))

/**
 * zero-result-searches (flow): searches that found nothing in the month, per language, from `search_miss_months`
 * (raised with each miss; it keeps neither the query nor the searcher). No country.
 */
const zeroResultSearches: Counter = (db, { month }) =>
	db
		.select({ language: searchMissMonths.language, count: searchMissMonths.count })
		.from(searchMissMonths)
		.where(eq(searchMissMonths.month, month))
		.all()
		.map((row) => ({
			series: 'zero-result-searches' as const,
			month,
			countries: [],
			by: { language: row.language },
			amount: row.count,
		}))

export const libraryCounters: Record<'documents-published' | 'protocol-adoptions' | 'zero-result-searches', Counter> = {
	'documents-published': documentsPublished,
	'protocol-adoptions': protocolAdoptionsMade,
	'zero-result-searches': zeroResultSearches,
}
