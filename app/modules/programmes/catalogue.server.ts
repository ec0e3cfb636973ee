import { type AnyColumn, and, asc, eq, gte, inArray, isNull, sql, type SQL } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import {
	organisations,
	programmeMonthlyCounts,
	programmes,
	programmeTexts,
	type supportServices,
} from '#app/db/schema/index.ts'
import { type ProgrammeFilters, readableLevels } from './filters.ts'
import { groupBy } from '#app/platform/collections.ts'
import { readPage } from '#app/platform/paging.server.ts'
import { pickText } from '#app/platform/language-fallback.ts'
import { monthOf, oldestListedVerification } from './verification.ts'

export const cataloguePageSize = 10

type ProgrammeRow = typeof programmes.$inferSelect
type ProgrammeTextRow = typeof programmeTexts.$inferSelect

/**
 * A listing (programme or support service) is public while its provider is vetted and it was
 * verified within the last 12 months. The query must join the provider's organisation.
 */
export function listedConditions(table: typeof programmes | typeof supportServices, now: Date): SQL[] {
	return [gte(table.verifiedAt, oldestListedVerification(now)), eq(organisations.status, 'approved')]
}

const listed = (now: Date) => listedConditions(programmes, now)

/** The SQL for "taught in this language": languages is a JSON array. */
export function offersLanguage(column: AnyColumn, language: string) {
	return sql`exists (select 1 from json_each(${column}) where json_each.value = ${language})`
}

function filterConditions(filters: ProgrammeFilters): SQL[] {
	const conditions: SQL[] = []
	if (filters.country) conditions.push(eq(programmes.country, filters.country))
	if (filters.region) conditions.push(eq(programmes.region, filters.region))
	if (filters.sector) conditions.push(eq(programmes.sector, filters.sector))
	if (filters.format) conditions.push(eq(programmes.format, filters.format))
	if (filters.language) conditions.push(offersLanguage(programmes.languages, filters.language))
	if (filters.free) conditions.push(isNull(programmes.costAmount))
	if (filters.stipend) conditions.push(eq(programmes.stipend, true))
	if (filters.childcare) conditions.push(eq(programmes.childcare, true))
	if (filters.literacy) conditions.push(inArray(programmes.literacy, readableLevels(filters.literacy)))
	return conditions
}

function textsFor(ids: string[], db: Db) {
	if (!ids.length) return new Map<string, ProgrammeTextRow[]>()
	const rows = db.select().from(programmeTexts).where(inArray(programmeTexts.programmeId, ids)).all()
	return groupBy(rows, (row) => row.programmeId)
}

function describe(row: ProgrammeRow, providerName: string, texts: ProgrammeTextRow[], language: string) {
	const picked = pickText(texts, language, row.sourceLanguage)
	if (!picked) return null
	const { text, fallback } = picked
	return {
		slug: row.slug,
		providerName,
		kind: row.kind,
		sector: row.sector,
		format: row.format,
		country: row.country,
		region: row.region,
		languages: row.languages,
		durationWeeks: row.durationWeeks,
		schedule: row.schedule,
		cost: row.costAmount === null ? null : { amount: row.costAmount, currency: row.costCurrency ?? 'EUR' },
		stipend: row.stipend,
		childcare: row.childcare,
		transportHelp: row.transportHelp,
		jobPlacement: row.jobPlacement,
		minimumAge: row.minimumAge,
		legalStatus: row.legalStatus,
		literacy: row.literacy,
		phone: row.phone,
		interestForm: row.interestForm,
		walkIn: row.walkIn,
		verifiedAt: row.verifiedAt.toISOString(),
		isSample: row.isSample,
		textLanguage: text.language,
		fallback,
		title: text.title,
		summary: text.summary,
		skills: text.skills,
		eligibility: text.eligibility,
		certification: text.certification,
		accessibility: text.accessibility,
		walkInHours: text.walkInHours,
	}
}

export type CatalogueProgramme = NonNullable<ReturnType<typeof describe>>

function describeAll(rows: { programme: ProgrammeRow; providerName: string }[], language: string, db: Db) {
	const texts = textsFor(
		rows.map((row) => row.programme.id),
		db,
	)
	return rows.flatMap((row) => {
		const described = describe(row.programme, row.providerName, texts.get(row.programme.id) ?? [], language)
		return described ? [described] : []
	})
}

export function listProgrammes(filters: ProgrammeFilters, language: string, now = new Date(), db: Db = getDb()) {
	const listing = db
		.select({ programme: programmes, providerName: organisations.name })
		.from(programmes)
		.innerJoin(organisations, eq(organisations.id, programmes.organisationId))
		.where(and(...listed(now), ...filterConditions(filters)))
		.$dynamic()
	const orderBy = [asc(programmes.country), asc(programmes.region), asc(programmes.slug)]
	const { rows, total } = readPage(db, listing, { orderBy, page: filters.page, pageSize: cataloguePageSize })
	return { programmes: describeAll(rows, language, db), total }
}

/** The countries and regions that have listed programmes, for the filter form. */
export function listedPlaces(now = new Date(), db: Db = getDb()) {
	return db
		.selectDistinct({ country: programmes.country, region: programmes.region })
		.from(programmes)
		.innerJoin(organisations, eq(organisations.id, programmes.organisationId))
		.where(and(...listed(now)))
		.orderBy(asc(programmes.country), asc(programmes.region))
		.all()
}

/** The places the filters offer: every country with a listing, and the regions of the chosen country (of all, when none is chosen). */
export function placesToFilterBy(country: string | undefined, language: string, now = new Date(), db: Db = getDb()) {
	const places = listedPlaces(now, db)
	const regions = [
		...new Set(places.filter((place) => !country || place.country === country).map((place) => place.region)),
	]
	return {
		countries: [...new Set(places.map((place) => place.country))],
		regions: regions.sort((a, b) => a.localeCompare(b, language)),
	}
}

export function findListedProgrammes(slugs: string[], language: string, now = new Date(), db: Db = getDb()) {
	if (!slugs.length) return []
	const rows = db
		.select({ programme: programmes, providerName: organisations.name })
		.from(programmes)
		.innerJoin(organisations, eq(organisations.id, programmes.organisationId))
		.where(and(...listed(now), inArray(programmes.slug, slugs)))
		.all()
	const described = describeAll(rows, language, db)
	// Keep the order the visitor chose.
	return slugs.flatMap((slug) => described.filter((programme) => programme.slug === slug))
}

export function findListedProgramme(slug: string, language: string, now = new Date(), db: Db = getDb()) {
	return findListedProgrammes([slug], language, now, db)[0] ?? null
}

/**
 * Adds one to this month's counter for a programme. An aggregate only: nothing about
 * who looked, from where, or when within the month.
 */
export function countProgrammeEvent(slug: string, what: 'views' | 'interests', now = new Date(), db: Db = getDb()) {
	const programme = db.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, slug)).get()
	if (!programme) return
	db.insert(programmeMonthlyCounts)
		.values({ programmeId: programme.id, month: monthOf(now), [what]: 1 })
		.onConflictDoUpdate({
			target: [programmeMonthlyCounts.programmeId, programmeMonthlyCounts.month],
			set: { [what]: sql`${programmeMonthlyCounts[what]} + 1` },
		})
		.run()
}
