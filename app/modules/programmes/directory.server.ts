import { and, asc, eq, inArray } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { organisations, supportServices, supportServiceTexts } from '#app/db/schema/index.ts'
import { listedConditions, offersLanguage } from './catalogue.server.ts'
import { type ServiceFilters } from './filters.ts'
import { groupBy } from '#app/platform/collections.ts'
import { pickText } from '#app/platform/language-fallback.ts'
import { readPage } from '#app/platform/paging.server.ts'

export const directoryPageSize = 15

const listed = (now: Date) => listedConditions(supportServices, now)

/** The referral directory: support services by country, with languages, hours and how to reach them. */
export function listServices(filters: ServiceFilters, language: string, now = new Date(), db: Db = getDb()) {
	const conditions = listed(now)
	if (filters.country) conditions.push(eq(supportServices.country, filters.country))
	if (filters.type) conditions.push(eq(supportServices.type, filters.type))
	if (filters.language) conditions.push(offersLanguage(supportServices.languages, filters.language))
	const listing = db
		.select({ service: supportServices, providerName: organisations.name })
		.from(supportServices)
		.innerJoin(organisations, eq(organisations.id, supportServices.organisationId))
		.where(and(...conditions))
		.$dynamic()
	const orderBy = [asc(supportServices.country), asc(supportServices.type), asc(supportServices.slug)]
	const { rows, total } = readPage(db, listing, { orderBy, page: filters.page, pageSize: directoryPageSize })
	const ids = rows.map((row) => row.service.id)
	const texts = groupBy(
		ids.length ? db.select().from(supportServiceTexts).where(inArray(supportServiceTexts.serviceId, ids)).all() : [],
		(row) => row.serviceId,
	)
	const services = rows.flatMap(({ service, providerName }) => {
		const picked = pickText(texts.get(service.id) ?? [], language, service.sourceLanguage)
		if (!picked) return []
		return [
			{
				slug: service.slug,
				providerName,
				type: service.type,
				country: service.country,
				region: service.region,
				languages: service.languages,
				phone: service.phone,
				open24h: service.open24h,
				verifiedAt: service.verifiedAt.toISOString(),
				isSample: service.isSample,
				textLanguage: picked.text.language,
				fallback: picked.fallback,
				name: picked.text.name,
				summary: picked.text.summary,
				hours: picked.text.hours,
				contact: picked.text.contact,
			},
		]
	})
	return { services, total }
}

export type DirectoryService = ReturnType<typeof listServices>['services'][number]

export function directoryCountries(now = new Date(), db: Db = getDb()) {
	return db
		.selectDistinct({ country: supportServices.country })
		.from(supportServices)
		.innerJoin(organisations, eq(organisations.id, supportServices.organisationId))
		.where(and(...listed(now)))
		.orderBy(asc(supportServices.country))
		.all()
		.map((row) => row.country)
}
