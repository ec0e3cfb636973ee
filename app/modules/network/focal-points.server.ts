import { count, eq } from 'drizzle-orm'
import { type Db, writeTransaction } from '#app/db/client.server.ts'
import { focalPoints, type TextsByLanguage } from '#app/db/schema/index.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { channelProblem, namesAPerson } from './focal-point.ts'
import { indexFocalPoint } from './search-entries.server.ts'
import { editableFocalPoint, editableOrganisation, type FocalPointRow } from './store.server.ts'
import { type AreaOfWork, type ChannelKind, maxFocalPointsPerOrganisation } from './vocabulary.ts'

export type FocalPointInput = {
	titles: TextsByLanguage
	countries: string[]
	areas: AreaOfWork[]
	languages: string[]
	channelKind: ChannelKind
	channel: string
	available24h: boolean
}

export type FocalPointRefusal =
	| 'forbidden'
	| 'not-found'
	| 'title-required'
	| 'title-names-a-person'
	| 'too-many-focal-points'
	| NonNullable<ReturnType<typeof channelProblem>>

/** The checks that need no database: a function's name in some language, and the organisation's own channel. */
function checkFocalPoint(input: FocalPointInput) {
	const titles = Object.entries(input.titles).filter(([, title]) => Boolean(title))
	if (!titles.length) return refuse('title-required', { field: 'title.en' })
	const personal = titles.find(([, title]) => namesAPerson(title!))
	if (personal) return refuse('title-names-a-person', { field: `title.${personal[0]}` })
	const problem = channelProblem(input.channelKind, input.channel)
	if (problem) return refuse(problem, { field: 'channel' })
	return done()
}

/**
 * Adds a focal point to an organisation (`existingId` null) or saves a change to one. Saving is confirming: the
 * admin has just looked at it. Re-indexed in the same transaction.
 */
export function saveFocalPoint(
	actor: Actor,
	target: { existingId: string } | { organisationId: string | null },
	input: FocalPointInput,
	now: Date,
): Outcome<FocalPointRefusal, { id: string }> {
	return writeTransaction((tx) => {
		// Whose it is comes first, so someone else's focal point answers 404 before any check tells them anything.
		const existing = 'existingId' in target ? editableFocalPoint(actor, target.existingId, tx) : null
		if (existing && !existing.ok) return existing
		const editable =
			existing ?? editableOrganisation(actor, 'organisationId' in target ? target.organisationId : null, tx)
		if (!editable.ok) return editable
		const checked = checkFocalPoint(input)
		if (!checked.ok) return checked
		const organisationId = editable.organisation.id
		const values = {
			...input,
			countries: input.countries.length ? input.countries : [editable.organisation.country],
			confirmedAt: now,
			confirmedBy: actor.id,
			remindedAt: null,
		}
		let id: string
		if (existing?.ok) {
			id = existing.focalPoint.id
			tx.update(focalPoints).set(values).where(eq(focalPoints.id, id)).run()
		} else {
			if (countOf(organisationId, tx) >= maxFocalPointsPerOrganisation) return refuse('too-many-focal-points')
			id = tx
				.insert(focalPoints)
				.values({ ...values, organisationId, createdAt: now })
				.returning({ id: focalPoints.id })
				.get().id
		}
		indexFocalPoint(tx, id)
		recordAudit(
			{ event: 'focal-point-saved', actorUserId: actor.id, organisationId, details: { focalPointId: id } },
			tx,
		)
		return done({ id })
	})
}

function countOf(organisationId: string, tx: Db) {
	return tx.select({ n: count() }).from(focalPoints).where(eq(focalPoints.organisationId, organisationId)).get()?.n ?? 0
}

/** "Still correct": the admin vouches for it again, which clears the out-of-date mark and any pending reminder. */
export function confirmFocalPoint(actor: Actor, id: string, now: Date): Outcome<'not-found'> {
	return writeTransaction((tx) => {
		const editable = editableFocalPoint(actor, id, tx)
		if (!editable.ok) return refuse('not-found')
		tx.update(focalPoints)
			.set({ confirmedAt: now, confirmedBy: actor.id, remindedAt: null })
			.where(eq(focalPoints.id, id))
			.run()
		indexFocalPoint(tx, id)
		const organisationId = editable.focalPoint.organisationId
		recordAudit(
			{
				event: 'focal-point-saved',
				actorUserId: actor.id,
				organisationId,
				details: { focalPointId: id, confirmed: true },
			},
			tx,
		)
		return done()
	})
}

/** Removes a focal point and its search entries together. */
export function deleteFocalPoint(actor: Actor, id: string): Outcome<'not-found'> {
	return writeTransaction((tx) => {
		const editable = editableFocalPoint(actor, id, tx)
		if (!editable.ok) return refuse('not-found')
		tx.delete(focalPoints).where(eq(focalPoints.id, id)).run()
		indexFocalPoint(tx, id)
		const organisationId = editable.focalPoint.organisationId
		recordAudit(
			{ event: 'focal-point-deleted', actorUserId: actor.id, organisationId, details: { focalPointId: id } },
			tx,
		)
		return done()
	})
}

/** A saved focal point as its form shows it. */
export function focalPointFormValues(focalPoint: FocalPointRow) {
	const values: Record<string, string | string[]> = {
		countries: focalPoint.countries,
		areas: focalPoint.areas,
		languages: focalPoint.languages.join(', '),
		channelKind: focalPoint.channelKind,
		channel: focalPoint.channel,
		...(focalPoint.available24h ? { available24h: 'on' } : {}),
	}
	for (const [language, title] of Object.entries(focalPoint.titles)) values[`title.${language}`] = title
	return values
}
