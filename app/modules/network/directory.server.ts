import { and, asc, eq, or, type SQL, sql } from 'drizzle-orm'
import { type SQLiteColumn } from 'drizzle-orm/sqlite-core'
import { type Db, getDb } from '#app/db/client.server.ts'
import { focalPoints, organisationProfiles, organisations } from '#app/db/schema/index.ts'
import { readPage } from '#app/platform/paging.server.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { type DirectoryFilter } from './filters.ts'
import { visibleProfiles } from './store.server.ts'
import { networkPageSize } from './vocabulary.ts'

/** A JSON list column holds this value; SQLite reads it with json_each, so filtering stays in the database. */
const holds = (column: SQLiteColumn, value: string) =>
	sql`exists (select 1 from json_each(${column}) where value = ${value})`

function profileConditions(actor: Actor | null, filter: DirectoryFilter) {
	return and(
		visibleProfiles(actor),
		filter.country ? holds(organisationProfiles.countries, filter.country) : undefined,
		filter.kind ? eq(organisationProfiles.kind, filter.kind) : undefined,
		filter.area ? holds(organisationProfiles.areas, filter.area) : undefined,
		filter.language ? holds(organisationProfiles.languages, filter.language) : undefined,
	)
}

const profileColumns = {
	organisationId: organisations.id,
	name: organisations.name,
	country: organisations.country,
	isSample: organisations.isSample,
	kind: organisationProfiles.kind,
	countries: organisationProfiles.countries,
	areas: organisationProfiles.areas,
	languages: organisationProfiles.languages,
	descriptions: organisationProfiles.descriptions,
	isPublic: organisationProfiles.isPublic,
}

function profileListing(actor: Actor | null, filter: DirectoryFilter, db: Db) {
	return db
		.select(profileColumns)
		.from(organisationProfiles)
		.innerJoin(organisations, eq(organisations.id, organisationProfiles.organisationId))
		.where(profileConditions(actor, filter))
		.$dynamic()
}

/** One page of the organisations that match, by name. */
export function listProfiles(actor: Actor | null, filter: DirectoryFilter, page: number, db: Db = getDb()) {
	return readPage(db, profileListing(actor, filter, db), {
		orderBy: [asc(organisations.name), asc(organisations.id)],
		page,
		pageSize: networkPageSize,
	})
}

/** Up to `limit` matching organisations, for a country page. */
export function profilesFor(actor: Actor | null, filter: DirectoryFilter, limit: number, db: Db = getDb()) {
	return profileListing(actor, filter, db).orderBy(asc(organisations.name)).limit(limit).all()
}

/**
 * Focal points for country X about Y: those whose countries include X or whose organisation is in X. Members only:
 * for anyone signed out there are none, and the query is never run.
 */
function focalPointListing(filter: DirectoryFilter, db: Db, only?: SQL) {
	return db
		.select({
			id: focalPoints.id,
			organisationId: organisations.id,
			organisationName: organisations.name,
			organisationIsSample: organisations.isSample,
			kind: organisationProfiles.kind,
			titles: focalPoints.titles,
			countries: focalPoints.countries,
			areas: focalPoints.areas,
			languages: focalPoints.languages,
			channelKind: focalPoints.channelKind,
			channel: focalPoints.channel,
			available24h: focalPoints.available24h,
			confirmedAt: focalPoints.confirmedAt,
		})
		.from(focalPoints)
		.innerJoin(organisations, eq(organisations.id, focalPoints.organisationId))
		.leftJoin(organisationProfiles, eq(organisationProfiles.organisationId, focalPoints.organisationId))
		.where(
			and(
				eq(organisations.status, 'approved'),
				only,
				filter.country
					? or(holds(focalPoints.countries, filter.country), eq(organisations.country, filter.country))
					: undefined,
				filter.kind ? eq(organisationProfiles.kind, filter.kind) : undefined,
				filter.area ? holds(focalPoints.areas, filter.area) : undefined,
				filter.language ? holds(focalPoints.languages, filter.language) : undefined,
			),
		)
		.$dynamic()
}

export function listFocalPoints(actor: Actor | null, filter: DirectoryFilter, page: number, db: Db = getDb()) {
	if (!actor) return { rows: [], total: 0 }
	return readPage(db, focalPointListing(filter, db), {
		orderBy: [asc(organisations.name), asc(focalPoints.createdAt), asc(focalPoints.id)],
		page,
		pageSize: networkPageSize,
	})
}

export function focalPointsFor(actor: Actor | null, filter: DirectoryFilter, limit: number, db: Db = getDb()) {
	if (!actor) return []
	return focalPointListing(filter, db).orderBy(asc(organisations.name), asc(focalPoints.id)).limit(limit).all()
}

/** One organisation's focal points, for members reading its profile. */
export function focalPointsOfOrganisation(actor: Actor | null, organisationId: string, db: Db = getDb()) {
	if (!actor) return []
	return focalPointListing({}, db, eq(focalPoints.organisationId, organisationId))
		.orderBy(asc(focalPoints.createdAt), asc(focalPoints.id))
		.limit(100)
		.all()
}

/**
 * The countries and languages the directory's filters offer: those some profile this reader may see names, so a
 * visitor's choices never hint at a country only a law-enforcement body serves.
 */
export function directoryChoices(actor: Actor | null, db: Db = getDb()) {
	const values = (column: SQLiteColumn) =>
		db
			.all<{ value: string }>(
				sql`select distinct value from ${organisationProfiles} join ${organisations} on ${organisations.id} = ${organisationProfiles.organisationId}, json_each(${column}) where ${visibleProfiles(actor)} order by value limit 300`,
			)
			.map((row) => row.value)
	return { countries: values(organisationProfiles.countries), languages: values(organisationProfiles.languages) }
}
