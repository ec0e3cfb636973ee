import { and, eq, inArray } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import {
	programmeMonthlyCounts,
	programmes,
	programmeTexts,
	supportServices,
	supportServiceTexts,
} from '#app/db/schema/index.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { slugWords } from '#app/platform/slugs.ts'
import { groupBy } from '#app/platform/collections.ts'
import { pickText } from '#app/platform/language-fallback.ts'
import { addMonths, monthOf, verificationExpiresAt, verificationState } from './verification.ts'
import { indexProgramme } from './search-entries.server.ts'

/** A provider's own listings with their verification state and this month's and last month's counters. */
export function providerListings(actor: Actor, language: string, now = new Date(), db: Db = getDb()) {
	const organisationId = actor.organisationId
	if (!can(actor, 'programmes:manage', { organisationId })) return refuse('forbidden')
	const months = [monthOf(now), monthOf(addMonths(now, -1))] as const
	const ownProgrammes = db.select().from(programmes).where(eq(programmes.organisationId, organisationId)).all()
	const ids = ownProgrammes.map((programme) => programme.id)
	const texts = groupBy(
		ids.length ? db.select().from(programmeTexts).where(inArray(programmeTexts.programmeId, ids)).all() : [],
		(row) => row.programmeId,
	)
	const counts = ids.length
		? db
				.select()
				.from(programmeMonthlyCounts)
				.where(
					and(inArray(programmeMonthlyCounts.programmeId, ids), inArray(programmeMonthlyCounts.month, [...months])),
				)
				.all()
		: []
	const countOf = (id: string, month: string) => counts.find((row) => row.programmeId === id && row.month === month)
	const ownServices = db.select().from(supportServices).where(eq(supportServices.organisationId, organisationId)).all()
	const serviceIds = ownServices.map((service) => service.id)
	const serviceTexts = groupBy(
		serviceIds.length
			? db.select().from(supportServiceTexts).where(inArray(supportServiceTexts.serviceId, serviceIds)).all()
			: [],
		(row) => row.serviceId,
	)
	const verification = (verifiedAt: Date) => ({
		state: verificationState(verifiedAt, now),
		expiresAt: verificationExpiresAt(verifiedAt).toISOString(),
	})
	return done({
		months,
		programmes: ownProgrammes.map((programme) => ({
			slug: programme.slug,
			title: pickText(texts.get(programme.id) ?? [], language, programme.sourceLanguage)?.text.title ?? programme.slug,
			translated: (texts.get(programme.id) ?? []).map((text) => text.language),
			...verification(programme.verifiedAt),
			views: months.map((month) => countOf(programme.id, month)?.views ?? 0),
			interests: months.map((month) => countOf(programme.id, month)?.interests ?? 0),
		})),
		services: ownServices.map((service) => ({
			slug: service.slug,
			title: pickText(serviceTexts.get(service.id) ?? [], language, service.sourceLanguage)?.text.name ?? service.slug,
			...verification(service.verifiedAt),
		})),
	})
}

export type ListingKind = 'programme' | 'service'

function tableOf(kind: ListingKind) {
	return kind === 'programme' ? programmes : supportServices
}

/** Who owns a listing, for the permission check; null when there is no such listing. */
function ownerOf(kind: ListingKind, slug: string, db: Db) {
	const table = tableOf(kind)
	return (
		db.select({ id: table.id, organisationId: table.organisationId }).from(table).where(eq(table.slug, slug)).get() ??
		null
	)
}

/** Editing a listing is refused as if it did not exist, or as not theirs: nothing else can go wrong. */
export type ListingRefusal = 'not-found' | 'forbidden'

/** The listing the actor may edit, by its address. */
function editableListing(
	actor: Actor,
	kind: ListingKind,
	slug: string,
	db: Db,
): Outcome<ListingRefusal, { id: string }> {
	const owner = ownerOf(kind, slug, db)
	if (!owner) return refuse('not-found')
	if (!can(actor, 'programmes:manage', { organisationId: owner.organisationId })) return refuse('forbidden')
	return done({ id: owner.id })
}

/** The provider confirms a listing is still true: it stays listed for another 12 months. */
export function verifyListing(
	actor: Actor,
	kind: ListingKind,
	slug: string,
	now = new Date(),
): Outcome<ListingRefusal> {
	return writeTransaction((tx) => {
		const owner = editableListing(actor, kind, slug, tx)
		if (!owner.ok) return owner
		const table = tableOf(kind)
		tx.update(table).set({ verifiedAt: now, reminderSentAt: null, updatedAt: now }).where(eq(table.id, owner.id)).run()
		if (kind === 'programme') indexProgramme(tx, owner.id, now)
		return done()
	})
}

export type ProgrammeText = Omit<typeof programmeTexts.$inferInsert, 'programmeId' | 'language' | 'updatedAt'>

/** A programme's texts in every language, for its editors only. */
export function programmeTextsForEditing(actor: Actor, slug: string, db: Db = getDb()) {
	const owner = editableListing(actor, 'programme', slug, db)
	if (!owner.ok) return owner
	const programme = db
		.select({ sourceLanguage: programmes.sourceLanguage })
		.from(programmes)
		.where(eq(programmes.id, owner.id))
		.get()!
	const texts = db.select().from(programmeTexts).where(eq(programmeTexts.programmeId, owner.id)).all()
	return done({ sourceLanguage: programme.sourceLanguage, texts })
}

/** Writes (or adds) a programme's text in one language. */
export function saveProgrammeText(
	actor: Actor,
	slug: string,
	language: string,
	text: ProgrammeText,
	now = new Date(),
): Outcome<ListingRefusal> {
	return writeTransaction((tx) => {
		const owner = editableListing(actor, 'programme', slug, tx)
		if (!owner.ok) return owner
		tx.insert(programmeTexts)
			.values({ ...text, programmeId: owner.id, language, updatedAt: now })
			.onConflictDoUpdate({
				target: [programmeTexts.programmeId, programmeTexts.language],
				set: { ...text, updatedAt: now },
			})
			.run()
		tx.update(programmes).set({ updatedAt: now }).where(eq(programmes.id, owner.id)).run()
		indexProgramme(tx, owner.id, now)
		return done()
	})
}

export type ProgrammeFacts = Omit<
	typeof programmes.$inferInsert,
	| 'id'
	| 'slug'
	| 'organisationId'
	| 'sourceLanguage'
	| 'verifiedAt'
	| 'reminderSentAt'
	| 'isSample'
	| 'createdAt'
	| 'updatedAt'
>

/** A readable, unique address for a new programme: its title in Latin letters where it has them, and a random tail. */
export function slugFor(title: string) {
	const words = slugWords(title)
	const tail = crypto.randomUUID().slice(0, 6)
	return words ? `${words}-${tail}` : `programme-${tail}`
}

/** A provider adds a programme: its facts and its text in the language they write in. Listed at once, as verified today. */
export function createProgramme(
	actor: Actor,
	facts: ProgrammeFacts,
	language: string,
	text: ProgrammeText,
	now = new Date(),
): Outcome<'forbidden', { slug: string }> {
	if (!can(actor, 'programmes:manage', { organisationId: actor.organisationId })) return refuse('forbidden')
	const slug = writeTransaction((tx) => {
		const slug = slugFor(text.title)
		const { id } = tx
			.insert(programmes)
			.values({
				...facts,
				slug,
				organisationId: actor.organisationId,
				sourceLanguage: language,
				verifiedAt: now,
				createdAt: now,
				updatedAt: now,
			})
			.returning({ id: programmes.id })
			.get()
		tx.insert(programmeTexts)
			.values({ ...text, programmeId: id, language, updatedAt: now })
			.run()
		indexProgramme(tx, id, now)
		return slug
	})
	return done({ slug })
}

/** A programme's facts as they stand, for its editors only (the page leaves out the bookkeeping columns). */
export function programmeFactsForEditing(actor: Actor, slug: string, db: Db = getDb()) {
	const owner = editableListing(actor, 'programme', slug, db)
	if (!owner.ok) return owner
	const { id, organisationId, verifiedAt, reminderSentAt, createdAt, updatedAt, ...facts } = db
		.select()
		.from(programmes)
		.where(eq(programmes.id, owner.id))
		.get()!
	return done({ facts })
}

export function saveProgrammeFacts(
	actor: Actor,
	slug: string,
	facts: ProgrammeFacts,
	now = new Date(),
): Outcome<ListingRefusal> {
	return writeTransaction((tx) => {
		const owner = editableListing(actor, 'programme', slug, tx)
		if (!owner.ok) return owner
		tx.update(programmes)
			.set({ ...facts, updatedAt: now })
			.where(eq(programmes.id, owner.id))
			.run()
		indexProgramme(tx, owner.id, now)
		return done()
	})
}
