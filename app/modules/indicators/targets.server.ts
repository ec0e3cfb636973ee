import { and, asc, desc, eq } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { indicatorTargets } from '#app/db/schema/index.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { indicators } from './framework.ts'
import { type TargetInput } from './target-input.ts'

export type TargetKey = Pick<TargetInput, 'indicator' | 'year' | 'place'>

const order = new Map(indicators.map((indicator, index) => [indicator.id, index]))

/**
 * The year's targets for a place, by indicator. Targets are set for all countries or one country; a region has
 * none of its own (its countries' targets need not add up to anything meaningful).
 */
export function targetsFor(year: number, place: string, db: Db = getDb()): Map<string, number> {
	if (place.startsWith('region:')) return new Map()
	return new Map(
		db
			.select({ indicator: indicatorTargets.indicator, target: indicatorTargets.target })
			.from(indicatorTargets)
			.where(and(eq(indicatorTargets.year, year), eq(indicatorTargets.place, place)))
			.all()
			.map((row) => [row.indicator, row.target]),
	)
}

/** Every target, the latest years first, in the framework's order. */
export function listTargets(db: Db = getDb()) {
	return db
		.select({
			indicator: indicatorTargets.indicator,
			year: indicatorTargets.year,
			place: indicatorTargets.place,
			target: indicatorTargets.target,
			setAt: indicatorTargets.setAt,
		})
		.from(indicatorTargets)
		.orderBy(desc(indicatorTargets.year), asc(indicatorTargets.place))
		.all()
		.sort((a, b) => b.year - a.year || (order.get(a.indicator) ?? 0) - (order.get(b.indicator) ?? 0))
}

/** Sets a target, or replaces the one already set for the same indicator, year and place; audited with it. */
export function setTarget(actor: Actor, input: TargetInput, now: Date): Outcome<'forbidden'> {
	if (!can(actor, 'indicators:coordinate')) return refuse('forbidden')
	return writeTransaction((tx) => {
		tx.insert(indicatorTargets)
			.values({ ...input, setBy: actor.id, setAt: now })
			.onConflictDoUpdate({
				target: [indicatorTargets.indicator, indicatorTargets.year, indicatorTargets.place],
				set: { target: input.target, setBy: actor.id, setAt: now },
			})
			.run()
		recordAudit({ event: 'indicator-target-set', actorUserId: actor.id, details: { ...input } }, tx)
		return done()
	})
}

export function removeTarget(actor: Actor, key: TargetKey): Outcome<'forbidden' | 'not-found'> {
	if (!can(actor, 'indicators:coordinate')) return refuse('forbidden')
	return writeTransaction((tx) => {
		const removed = tx
			.delete(indicatorTargets)
			.where(
				and(
					eq(indicatorTargets.indicator, key.indicator),
					eq(indicatorTargets.year, key.year),
					eq(indicatorTargets.place, key.place),
				),
			)
			.returning({ target: indicatorTargets.target })
			.all()
		if (!removed.length) return refuse('not-found')
		recordAudit(
			{
				event: 'indicator-target-removed',
				actorUserId: actor.id,
				details: { ...key, target: removed[0]!.target },
			},
			tx,
		)
		return done()
	})
}
