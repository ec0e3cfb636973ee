import { and, asc, eq, inArray, not } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { focalPoints, organisationProfiles, organisations } from '#app/db/schema/index.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { done, refuse } from '#app/platform/outcome.ts'
import { mayBePublic, membersOnlyKinds } from './vocabulary.ts'

export type ProfileRow = typeof organisationProfiles.$inferSelect
export type FocalPointRow = typeof focalPoints.$inferSelect
export type OrganisationRow = typeof organisations.$inferSelect

/** Only approved organisations take part in the network: a pending or refused one has no profile or focal point. */
export function approvedOrganisation(organisationId: string, db: Db = getDb()) {
	return db
		.select()
		.from(organisations)
		.where(and(eq(organisations.id, organisationId), eq(organisations.status, 'approved')))
		.get()
}

/**
 * Every approved organisation, by country then name: whom the network's forms (partnerships, campaigns, stories)
 * offer as partner, runner or the organisation that supports a survivor.
 */
export function approvedOrganisations(db: Db = getDb()) {
	return db
		.select({ id: organisations.id, name: organisations.name, country: organisations.country })
		.from(organisations)
		.where(eq(organisations.status, 'approved'))
		.orderBy(asc(organisations.country), asc(organisations.name))
		.all()
}

/** How many of these (distinct) organisations are approved: a form naming any other is refused. */
export function approvedCount(organisationIds: readonly string[], db: Db = getDb()) {
	if (!organisationIds.length) return 0
	return db
		.select({ id: organisations.id })
		.from(organisations)
		.where(and(inArray(organisations.id, [...organisationIds]), eq(organisations.status, 'approved')))
		.all().length
}

export function findProfile(organisationId: string, db: Db = getDb()) {
	return db.select().from(organisationProfiles).where(eq(organisationProfiles.organisationId, organisationId)).get()
}

export function findFocalPoint(id: string, db: Db = getDb()) {
	return db.select().from(focalPoints).where(eq(focalPoints.id, id)).get()
}

/** One organisation's focal points, oldest first, as its admins keep them. */
export function focalPointsOf(organisationId: string, db: Db = getDb()) {
	return db
		.select()
		.from(focalPoints)
		.where(eq(focalPoints.organisationId, organisationId))
		.orderBy(asc(focalPoints.createdAt), asc(focalPoints.id))
		.all()
}

/** Whether signed-out visitors may see a profile: its admins chose so and its kind allows it. */
export function shownToPublic(profile: Pick<ProfileRow, 'isPublic' | 'kind'>) {
	return profile.isPublic && mayBePublic(profile.kind)
}

/**
 * The profiles a reader may see, as SQL (`shownToPublic` in the database): any approved organisation's for
 * members; for signed-out visitors only those shown to the public, and never a law-enforcement body's, whatever
 * was stored. Needs organisation_profiles joined to organisations.
 */
export function visibleProfiles(actor: Actor | null) {
	return and(
		eq(organisations.status, 'approved'),
		actor
			? undefined
			: and(eq(organisationProfiles.isPublic, true), not(inArray(organisationProfiles.kind, [...membersOnlyKinds]))),
	)
}

/**
 * Which of these organisations have a profile page this reader may open. Every page naming an organisation
 * links it only when it is here: a link to any other would be a 404, and for a signed-out visitor it would also
 * say that a members-only body is involved.
 */
export function profilesOpenTo(actor: Actor | null, organisationIds: readonly string[], db: Db = getDb()) {
	if (!organisationIds.length) return new Set<string>()
	const rows = db
		.select({ id: organisationProfiles.organisationId })
		.from(organisationProfiles)
		.innerJoin(organisations, eq(organisations.id, organisationProfiles.organisationId))
		.where(and(inArray(organisationProfiles.organisationId, [...new Set(organisationIds)]), visibleProfiles(actor)))
		.all()
	return new Set(rows.map((row) => row.id))
}

/**
 * The approved organisation whose network entries this person may edit: their own by default, any for a platform
 * admin. 403 for someone else's, 404 for one that does not take part.
 */
export function editableOrganisation(actor: Actor, organisationId: string | null, db: Db = getDb()) {
	const id = organisationId || actor.organisationId
	if (!can(actor, 'network:edit', { organisationId: id })) return refuse('forbidden')
	const organisation = approvedOrganisation(id, db)
	if (!organisation) return refuse('not-found')
	return done({ organisation })
}

/**
 * A focal point for someone who may edit it. Another organisation's is answered as missing, so its id tells an
 * outsider nothing, not even that it exists.
 */
export function editableFocalPoint(actor: Actor, id: string, db: Db = getDb()) {
	const focalPoint = findFocalPoint(id, db)
	if (!focalPoint || !can(actor, 'network:edit', { organisationId: focalPoint.organisationId }))
		return refuse('not-found')
	const organisation = approvedOrganisation(focalPoint.organisationId, db)
	if (!organisation) return refuse('not-found')
	return done({ focalPoint, organisation })
}
