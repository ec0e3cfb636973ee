import { eq, inArray, sql } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { campaigns, courseRevisions, courses, programmes, programmeTexts } from '#app/db/schema/index.ts'
import { countryName, languageName } from '#app/platform/format.ts'
import { type Language } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { pickText } from '#app/platform/language-fallback.ts'
import { regions } from '#app/platform/regions.ts'
import { type Breakdown } from './vocabulary.ts'

/**
 * What a breakdown's values are called, in the reader's language: the thing's own name (a course's title, a
 * programme's, a campaign's), or the words the area already has for a kind, type or element. A value whose thing is
 * gone is called by its code.
 */
export function breakdownLabels(
	breakdown: Breakdown,
	values: readonly string[],
	language: Language,
	db: Db = getDb(),
): Map<string, string> {
	const t = serverI18n(language).getFixedT(language)
	const translated = (key: (value: string) => string) => new Map(values.map((value) => [value, t(key(value))]))
	switch (breakdown) {
		case 'course':
			return courseTitles(values, language, db)
		case 'programme':
			return programmeTitles(values, language, db)
		case 'campaign':
			return campaignTitles(values, language, db)
		case 'organisation-type':
		case 'gender':
		case 'way':
			return translated((value) => `indicators:values.${breakdown}.${value}`)
		case 'event-kind':
			return translated((value) => `events:kinds.${value}`)
		case 'document-type':
			return translated((value) => `library:types.${value}`)
		case 'element':
			return translated((value) => `laws:elements.${value}.name`)
		case 'reach-kind':
			return translated((value) => `campaigns:reachKinds.${value}`)
		case 'language':
			return new Map(values.map((value) => [value, languageName(value, language)]))
		case 'country-pair':
			return new Map(
				values.map((value) => [
					value,
					value
						.split('-')
						.map((code) => countryName(code, language))
						.join(' – '),
				]),
			)
	}
}

/** A place as the reader says it: all countries, a region, or a country. */
export function placeName(place: string, language: Language) {
	const t = serverI18n(language).getFixedT(language, 'indicators')
	if (place === '') return t('places.world')
	const region = regions.find((one) => `region:${one}` === place)
	if (region) return t(`places.region.${region}`)
	return countryName(place, language)
}

/** A published revision's titles by language: revisions never change, so each is read once per process. */
const revisionTitles = new Map<string, { titles: Record<string, { title: string }>; source: string }>()
const revisionTitlesAtMost = 20_000

/** Course titles from their published revisions: one query for the courses, one for revisions not read before. */
function courseTitles(ids: readonly string[], language: Language, db: Db) {
	const titles = new Map(ids.map((id) => [id, id]))
	if (!ids.length) return titles
	const rows = db
		.select({ id: courses.id, slug: courses.slug, revisionId: courses.publishedRevisionId })
		.from(courses)
		.where(inArray(courses.id, [...ids]))
		.all()
	const unread = rows.flatMap((row) => (row.revisionId && !revisionTitles.has(row.revisionId) ? [row.revisionId] : []))
	if (unread.length) {
		// Only the titles are taken out of each document, which holds the whole course.
		const read = db
			.select({
				id: courseRevisions.id,
				texts: sql<string>`json_extract(${courseRevisions.document}, '$.texts')`,
				source: sql<string>`json_extract(${courseRevisions.document}, '$.sourceLanguage')`,
			})
			.from(courseRevisions)
			.where(inArray(courseRevisions.id, unread))
			.all()
		if (revisionTitles.size + read.length > revisionTitlesAtMost) revisionTitles.clear()
		for (const revision of read)
			revisionTitles.set(revision.id, { titles: JSON.parse(revision.texts), source: revision.source })
	}
	for (const row of rows) {
		const revision = row.revisionId ? revisionTitles.get(row.revisionId) : undefined
		titles.set(row.id, (revision && pickText(revision.titles, language, revision.source)?.text.title) ?? row.slug)
	}
	return titles
}

function programmeTitles(ids: readonly string[], language: Language, db: Db) {
	const titles = new Map(ids.map((id) => [id, id]))
	if (!ids.length) return titles
	const rows = db
		.select({
			id: programmes.id,
			slug: programmes.slug,
			source: programmes.sourceLanguage,
			language: programmeTexts.language,
			title: programmeTexts.title,
		})
		.from(programmes)
		.leftJoin(programmeTexts, eq(programmeTexts.programmeId, programmes.id))
		.where(inArray(programmes.id, [...ids]))
		.all()
	for (const id of ids) {
		const own = rows.filter((row) => row.id === id)
		if (!own.length) continue
		const texts = own.flatMap((row) =>
			row.language && row.title ? [{ language: row.language, title: row.title }] : [],
		)
		titles.set(id, pickText(texts, language, own[0]!.source)?.text.title ?? own[0]!.slug)
	}
	return titles
}

function campaignTitles(ids: readonly string[], language: Language, db: Db) {
	const titles = new Map(ids.map((id) => [id, id]))
	if (!ids.length) return titles
	for (const row of db
		.select({ id: campaigns.id, slug: campaigns.slug, texts: campaigns.texts, source: campaigns.sourceLanguage })
		.from(campaigns)
		.where(inArray(campaigns.id, [...ids]))
		.all())
		titles.set(row.id, pickText(row.texts, language, row.source)?.text.title ?? row.slug)
	return titles
}
