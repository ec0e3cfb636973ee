import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { lawAgreementParties, lawAgreements } from '#app/db/schema/index.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { type Agreement } from './agreement.ts'
import { indexAgreement } from './search-entries.server.ts'
import { type AgreementKind } from './vocabulary.ts'

export type AgreementRecord = Omit<Agreement, 'parties'> & {
	id: string
	parties: string[]
	isSample: boolean
	updatedAt: Date
}

function withParties(rows: (typeof lawAgreements.$inferSelect)[], db: Db): AgreementRecord[] {
	if (!rows.length) return []
	const parties = db
		.select()
		.from(lawAgreementParties)
		.where(
			inArray(
				lawAgreementParties.agreementId,
				rows.map((row) => row.id),
			),
		)
		.orderBy(asc(lawAgreementParties.country))
		.all()
	return rows.map((row) => ({
		id: row.id,
		slug: row.slug,
		kind: row.kind,
		text: row.text,
		signedOn: row.signedOn,
		inForceOn: row.inForceOn,
		source: row.source,
		isSample: row.isSample,
		updatedAt: row.updatedAt,
		parties: parties.filter((party) => party.agreementId === row.id).map((party) => party.country),
	}))
}

export type AgreementFilter = { country?: string; kind?: AgreementKind }

/**
 * Agreements, oldest signature first, optionally those one country is party to or of one kind. A
 * registry of treaties stays in the hundreds, so the list is read whole and shown on one page.
 */
export function listAgreements(filter: AgreementFilter = {}, db: Db = getDb()) {
	const conditions = [
		filter.kind ? eq(lawAgreements.kind, filter.kind) : undefined,
		filter.country
			? sql`exists (select 1 from ${lawAgreementParties} where ${lawAgreementParties.agreementId} = ${lawAgreements.id} and ${lawAgreementParties.country} = ${filter.country})`
			: undefined,
	]
	const rows = db
		.select()
		.from(lawAgreements)
		.where(and(...conditions))
		.orderBy(sql`coalesce(${lawAgreements.signedOn}, '9999')`, asc(lawAgreements.slug))
		.limit(1000)
		.all()
	return withParties(rows, db)
}

/** Agreements at least two of the countries are party to: what lets a case cross between them. */
export function agreementsBetween(countries: readonly string[], db: Db = getDb()) {
	const ids = db
		.select({ id: lawAgreementParties.agreementId })
		.from(lawAgreementParties)
		.where(inArray(lawAgreementParties.country, [...countries]))
		.groupBy(lawAgreementParties.agreementId)
		.having(sql`count(*) >= 2`)
		.all()
		.map((row) => row.id)
	if (!ids.length) return []
	const rows = db
		.select()
		.from(lawAgreements)
		.where(inArray(lawAgreements.id, ids))
		.orderBy(sql`coalesce(${lawAgreements.signedOn}, '9999')`)
		.all()
	return withParties(rows, db)
}

export function findAgreement(slug: string, db: Db = getDb()) {
	const row = db.select().from(lawAgreements).where(eq(lawAgreements.slug, slug)).get()
	return row ? withParties([row], db)[0]! : null
}

/** Writes an agreement and its parties in the caller's transaction, and puts it in search. */
export function storeAgreement(
	tx: Db,
	agreement: Agreement,
	by: { userId: string | null; sample: boolean },
	now: Date,
) {
	const values = {
		slug: agreement.slug,
		kind: agreement.kind,
		text: agreement.text,
		signedOn: agreement.signedOn,
		inForceOn: agreement.inForceOn,
		source: agreement.source,
		isSample: by.sample,
		updatedBy: by.userId,
		updatedAt: now,
	}
	const { id } = tx
		.insert(lawAgreements)
		.values(values)
		.onConflictDoUpdate({ target: lawAgreements.slug, set: values })
		.returning({ id: lawAgreements.id })
		.get()
	tx.delete(lawAgreementParties).where(eq(lawAgreementParties.agreementId, id)).run()
	tx.insert(lawAgreementParties)
		.values(agreement.parties.map((country) => ({ agreementId: id, country })))
		.run()
	indexAgreement(tx, id)
	return id
}

/**
 * A legal expert adds an agreement or corrects one (`existingSlug`); the address stays what it was, so
 * links keep working. Audit-logged: a registry of treaties is a record others rely on.
 */
export function saveAgreement(
	actor: Actor,
	agreement: Agreement,
	existingSlug: string | null,
	now = new Date(),
): Outcome<'forbidden' | 'not-found' | 'slug-taken', { slug: string }> {
	if (!can(actor, 'laws:edit')) return refuse('forbidden')
	return writeTransaction((tx) => {
		const slug = existingSlug ?? agreement.slug
		const existing = tx.select({ id: lawAgreements.id }).from(lawAgreements).where(eq(lawAgreements.slug, slug)).get()
		if (existingSlug && !existing) return refuse('not-found')
		if (!existingSlug && existing) return refuse('slug-taken', { field: 'slug' })
		storeAgreement(tx, { ...agreement, slug }, { userId: actor.id, sample: false }, now)
		recordAudit({ event: 'agreement-saved', actorUserId: actor.id, details: { agreement: slug } }, tx)
		return done({ slug })
	})
}

/**
 * Which kinds of agreement join each pair of the given countries: the matrix view. Pairs are keyed
 * `AA-BB` with the codes in order.
 */
export function agreementMatrix(countries: readonly string[], db: Db = getDb()) {
	const pairs: Record<string, AgreementKind[]> = {}
	for (const agreement of agreementsBetween(countries, db)) {
		const members = agreement.parties.filter((code) => countries.includes(code))
		for (const a of members)
			for (const b of members) {
				if (a >= b) continue
				const kinds = (pairs[`${a}-${b}`] ??= [])
				if (!kinds.includes(agreement.kind)) kinds.push(agreement.kind)
			}
	}
	return pairs
}
