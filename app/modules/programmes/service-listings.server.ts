import { eq } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { supportServices, supportServiceTexts } from '#app/db/schema/index.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { type ListingRefusal, slugFor } from './listings.server.ts'

export type ServiceFacts = Pick<
	typeof supportServices.$inferInsert,
	'type' | 'country' | 'region' | 'languages' | 'phone' | 'open24h'
>
export type ServiceText = Pick<typeof supportServiceTexts.$inferInsert, 'name' | 'summary' | 'hours' | 'contact'>

function ownedService(actor: Actor, slug: string, db: Db) {
	const service = db.select().from(supportServices).where(eq(supportServices.slug, slug)).get()
	if (!service) return refuse('not-found')
	if (!can(actor, 'programmes:manage', { organisationId: service.organisationId })) return refuse('forbidden')
	return done({ service })
}

/** A support service with its texts in every language, for its provider's editors only. */
export function serviceForEditing(actor: Actor, slug: string, db: Db = getDb()) {
	const owned = ownedService(actor, slug, db)
	if (!owned.ok) return owned
	const texts = db.select().from(supportServiceTexts).where(eq(supportServiceTexts.serviceId, owned.service.id)).all()
	return done({ service: owned.service, texts })
}

export function createService(
	actor: Actor,
	facts: ServiceFacts,
	language: string,
	text: ServiceText,
	now = new Date(),
): Outcome<'forbidden', { slug: string }> {
	if (!can(actor, 'programmes:manage', { organisationId: actor.organisationId })) return refuse('forbidden')
	const slug = writeTransaction((tx) => {
		const slug = slugFor(text.name)
		const { id } = tx
			.insert(supportServices)
			.values({
				...facts,
				slug,
				organisationId: actor.organisationId,
				sourceLanguage: language,
				verifiedAt: now,
				createdAt: now,
				updatedAt: now,
			})
			.returning({ id: supportServices.id })
			.get()
		tx.insert(supportServiceTexts)
			.values({ ...text, serviceId: id, language, updatedAt: now })
			.run()
		return slug
	})
	return done({ slug })
}

/** Saves a service's facts and its text in one language together. */
export function saveService(
	actor: Actor,
	slug: string,
	facts: ServiceFacts,
	language: string,
	text: ServiceText,
	now = new Date(),
): Outcome<ListingRefusal> {
	return writeTransaction((tx) => {
		const owned = ownedService(actor, slug, tx)
		if (!owned.ok) return owned
		const { service } = owned
		tx.update(supportServices)
			.set({ ...facts, updatedAt: now })
			.where(eq(supportServices.id, service.id))
			.run()
		tx.insert(supportServiceTexts)
			.values({ ...text, serviceId: service.id, language, updatedAt: now })
			.onConflictDoUpdate({
				target: [supportServiceTexts.serviceId, supportServiceTexts.language],
				set: { ...text, updatedAt: now },
			})
			.run()
		return done()
	})
}
