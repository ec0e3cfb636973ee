import { eq } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { searchEntries } from '#app/db/schema/index.ts'
import { type EntryInput, replaceItemEntries } from '#app/modules/search/entries.server.ts'
import { languages } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { frameworkDate, type Indicator, indicators } from './framework.ts'
import { wordsOf } from './summary.ts'

const itemKey = (indicator: Indicator) => `indicator:${indicator.id}`

function entriesOf(indicator: Indicator): EntryInput[] {
	return languages.map((language) => {
		const t = serverI18n(language).getFixedT(language, 'indicators')
		return {
			kind: 'indicator' as const,
			path: `/indicators/${indicator.id}`,
			language,
			title: t(`${wordsOf(indicator)}.name`),
			summary: t(`areas.${indicator.area}`),
			body: t(`${wordsOf(indicator)}.definition`),
			type: 'indicator',
			topics: [],
			countries: [],
			tier: 'public' as const,
			publishedOn: frameworkDate,
		}
	})
}

/** Puts one indicator's page in search, in every language, inside the caller's transaction. */
export function indexIndicator(tx: Db, indicator: Indicator) {
	replaceItemEntries(tx, itemKey(indicator), entriesOf(indicator))
}

/**
 * Puts each indicator's page in search, in every language, by its name and definition (the words of the framework,
 * which change only with Atlas itself): run at every start, it rewrites only the indicators whose words changed.
 */
export function indexIndicators(db: Db = getDb()) {
	let changed = 0
	for (const indicator of indicators) {
		const entries = entriesOf(indicator)
		const held = db
			.select({ title: searchEntries.title, body: searchEntries.body, summary: searchEntries.summary })
			.from(searchEntries)
			.where(eq(searchEntries.itemKey, itemKey(indicator)))
			.all()
		const same =
			held.length === entries.length &&
			entries.every((entry) =>
				held.some((row) => row.title === entry.title && row.body === entry.body && row.summary === entry.summary),
			)
		if (same) continue
		writeTransaction((tx) => indexIndicator(tx, indicator))
		changed += 1
	}
	return changed
}
