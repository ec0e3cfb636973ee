import { and, eq, lt, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import { lawRevisions } from '#app/db/schema/index.ts'
import { type ElementEntry } from '#app/modules/laws/framework.ts'
import { alignmentOf } from '#app/modules/laws/alignment.ts'
import { type ElementId } from '#app/modules/laws/vocabulary.ts'
import { type Fact } from '../facts.ts'
import { type Counter } from './counter.ts'

const later = alias(lawRevisions, 'later_revisions')

/**
 * law-elements-covered (stock, dated): for each country, the elements its law covered at `asOf`, read from the
 * revision history (`law_revisions`: the country's latest revision published before `asOf`), so any past month can
 * be recounted. An element is covered when the laws area's own rule (`alignmentOf`) finds it aligned with the
 * reference model; "partly", and the elements the model records but does not score, are not counted. One fact per
 * country and element covered, in that country, by element.
 */
const lawElementsCovered: Counter = (db, { month, asOf }) => {
	// Only each element's value leaves the database, not the quotes and notes beside it.
	const latest = db
		.select({ number: sql`max(${later.number})` })
		.from(later)
		.where(and(eq(later.country, lawRevisions.country), lt(later.publishedAt, asOf)))
	const rows = db
		.select({
			country: lawRevisions.country,
			values: sql<string>`(select json_group_object(key, json_extract(value, '$.value')) from json_each(${lawRevisions.framework}, '$.elements'))`,
		})
		.from(lawRevisions)
		.where(sql`${lawRevisions.number} = (${latest})`)
		.all()
	const facts: Fact[] = []
	for (const row of rows) {
		const values = JSON.parse(row.values) as Record<string, ElementEntry['value']>
		for (const [element, value] of Object.entries(values))
			// alignmentOf reads nothing of an entry but its value.
			if (alignmentOf(element as ElementId, { value } as ElementEntry) === 'aligned')
				facts.push({ series: 'law-elements-covered', month, countries: [row.country], by: { element } })
	}
	return facts
}

export const lawCounters: Record<'law-elements-covered', Counter> = {
	'law-elements-covered': lawElementsCovered,
}
