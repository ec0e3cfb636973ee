import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { libraryRevisions, organisations, protocolAdoptions } from '#app/db/schema/index.ts'
import { type Language } from '#app/platform/i18n.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { readableTiers } from './access.ts'
import { type AccessTier } from './vocabulary.ts'
import { readableDocument } from './store.server.ts'

/**
 * A protocol's versions as published: for each version its latest status, changelog
 * (in the reader's language when it has one) and when it was first published. Revisions
 * published at a tier the reader may not read are left out, even of a document now open to them.
 */
export function protocolVersions(
	documentId: string,
	language: Language,
	tiers: readonly AccessTier[],
	db: Db = getDb(),
) {
	const revisions = db
		.select()
		.from(libraryRevisions)
		.where(
			and(
				eq(libraryRevisions.documentId, documentId),
				isNotNull(libraryRevisions.protocolVersion),
				inArray(libraryRevisions.tier, [...tiers]),
			),
		)
		.orderBy(asc(libraryRevisions.number))
		.all()
	const versions = new Map<number, { version: number; status: string; changelog: string; firstPublishedAt: string }>()
	for (const revision of revisions) {
		const protocol = revision.document.protocol!
		const changelog = protocol.changelog[language] ?? protocol.changelog[revision.document.sourceLanguage] ?? ''
		const first = versions.get(protocol.version)?.firstPublishedAt ?? revision.publishedAt.toISOString()
		versions.set(protocol.version, {
			version: protocol.version,
			status: protocol.status,
			changelog,
			firstPublishedAt: first,
		})
	}
	return [...versions.values()].sort((a, b) => b.version - a.version)
}

/** Which organisations adopted which version, newest version first. */
export function adoptionsOf(documentId: string, db: Db = getDb()) {
	return db
		.select({
			organisation: organisations.name,
			country: organisations.country,
			version: protocolAdoptions.version,
			adoptedOn: protocolAdoptions.adoptedOn,
		})
		.from(protocolAdoptions)
		.innerJoin(organisations, eq(organisations.id, protocolAdoptions.organisationId))
		.where(eq(protocolAdoptions.documentId, documentId))
		.orderBy(desc(protocolAdoptions.version), asc(organisations.name))
		.all()
}

export type AdoptionOutcome = Outcome<'forbidden' | 'not-found' | 'unknown-version' | 'already'>

/** An organisation admin records that their own organisation adopted a published version of a protocol. */
export function recordAdoption(
	actor: Actor,
	slug: string,
	version: number,
	adoptedOn: string,
	now = new Date(),
): AdoptionOutcome {
	if (!can(actor, 'protocols:adopt', { organisationId: actor.organisationId })) return refuse('forbidden')
	return writeTransaction((tx) => {
		const readable = readableDocument(actor, slug, tx)
		if (!readable?.revision.document.protocol) return refuse('not-found')
		const { row } = readable
		if (!protocolVersions(row.id, 'en', readableTiers(actor), tx).some((entry) => entry.version === version))
			return refuse('unknown-version')
		const inserted = tx
			.insert(protocolAdoptions)
			.values({
				documentId: row.id,
				organisationId: actor.organisationId,
				version,
				adoptedOn,
				recordedBy: actor.id,
				createdAt: now,
			})
			.onConflictDoNothing()
			.run()
		return inserted.changes ? done() : refuse('already')
	})
}
