import { eq } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { supportServices, supportServiceTexts } from '#app/db/schema/index.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { type ListingOutcome, slugFor } from './listings.server.ts'

export type ServiceFacts = Pick<typeof supportServices.$inferInsert, 'type' | 'country' | 'region' | 'languages' | 'phone' | 'open24h'>
export type ServiceText = Pick<typeof supportServiceTexts.$inferInsert, 'name' | 'summary' | 'hours' | 'contact'>

function ownedService(actor: Actor, slug: string, db: Db) {
	const service = db.select().from(supportServices).where(eq(supportServices.slug, slug)).get()
	if (!service) return 'not-found' as const
	if (!can(actor, 'programmes:manage', { organisationId: service.organisationId })) return 'forbidden' as const
	return service
}

/** A support service with its texts in every language, for its provider's editors only. */
export function serviceForEditing(actor: Actor, slug: string, db: Db = getDb()) {
	const service = ownedService(actor, slug, db)
	if (typeof service === 'string') return service
	const texts = db.select().from(supportServiceTexts).where(eq(supportServiceTexts.serviceId, service.id)).all()
	return { service, texts }
}

export function createService(actor: Actor, facts: ServiceFacts, language: string, text: ServiceText, now = new Date()) {
	if (!can(actor, 'programmes:manage', { organisationId: actor.organisationId })) return null
	return writeTransaction((tx) => {
		const slug = slugFor(text.name)
		const { id } = tx
			.insert(supportServices)
			.values({ ...facts, slug, organisationId: actor.organisationId, sourceLanguage: language, verifiedAt: now, createdAt: now, updatedAt: now })
			.returning({ id: supportServices.id })
			.get()
		tx.insert(supportServiceTexts).values({ ...text, serviceId: id, language, updatedAt: now }).run()
		return slug
	})
}

/** Saves a service's facts and its text in one language together. */
export function saveService(actor: Actor, slug: string, facts: ServiceFacts, language: string, text: ServiceText, now = new Date()): ListingOutcome {
	return writeTransaction((tx) => {
		const service = ownedService(actor, slug, tx)
		if (service === 'not-found') return 'not-found'
		if (service === 'forbidden') return 'forbidden'
		tx.update(supportServices).set({ ...facts, updatedAt: now }).where(eq(supportServices.id, service.id)).run()
		tx.insert(supportServiceTexts)
			.values({ ...text, serviceId: service.id, language, updatedAt: now })
			.onConflictDoUpdate({ target: [supportServiceTexts.serviceId, supportServiceTexts.language], set: { ...text, updatedAt: now } })
			.run()
		return 'done'
	})
}
