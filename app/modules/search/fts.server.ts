import { type Db, getDb } from '#app/db/client.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import {
	type FacetCount,
	type SearchEngine,
	type SearchHit,
	type SearchRequest,
	type SearchResults,
} from './contract.ts'
import { ftsMatch } from './query.ts'
import { type FacetName } from './vocabulary.ts'

type EntryRow = {
	id: number
	item_key: string
	kind: SearchHit['kind']
	path: string
	language: Language
	title: string
	summary: string
	body: string
	type: string
	topics: string
	countries: string
	tier: SearchHit['tier']
	published_on: string
}

/** What ranking, facets and paging need; texts are read for the page's hits only. */
const matchedColumns = 'e.id, e.item_key, e.language, e.type, e.topics, e.countries, e.tier, e.published_on'

/**
 * The entries that match, as SQL and its parameters. Tiers and filters are in the WHERE
 * clause, so nothing a reader may not see is ever counted, faceted or paged.
 */
function matchedEntries(request: SearchRequest) {
	const parameters: unknown[] = []
	const conditions = [`e.tier in (${request.tiers.map(() => '?').join(', ') || "''"})`]
	parameters.push(...request.tiers)
	const { kind, type, topic, country, language, tier } = request.filters
	const equal = (column: string, value: string | undefined) => {
		if (value === undefined) return
		conditions.push(`e.${column} = ?`)
		parameters.push(value)
	}
	const holds = (column: string, value: string | undefined) => {
		if (value === undefined) return
		conditions.push(`exists (select 1 from json_each(e.${column}) where value = ?)`)
		parameters.push(value)
	}
	equal('kind', kind)
	equal('type', type)
	equal('language', language)
	equal('tier', tier)
	holds('topics', topic)
	holds('countries', country)
	const searching = request.terms.length > 0
	const sql = searching
		? `select ${matchedColumns}, bm25(search_fts, 10.0, 4.0, 1.0) as rank from search_fts join search_entries e on e.id = search_fts.rowid
		   where search_fts match ? and ${conditions.join(' and ')}`
		: `select ${matchedColumns}, 0 as rank from search_entries e where ${conditions.join(' and ')}`
	return { sql, parameters: searching ? [ftsMatch(request.terms), ...parameters] : parameters }
}

const facetSql: Record<FacetName, string> = {
	type: 'select m.type as value, count(distinct m.item_key) as count from matched m group by 1',
	topic:
		'select j.value as value, count(distinct m.item_key) as count from matched m, json_each(m.topics) j group by 1',
	country:
		'select j.value as value, count(distinct m.item_key) as count from matched m, json_each(m.countries) j group by 1',
	language: 'select m.language as value, count(distinct m.item_key) as count from matched m group by 1',
	tier: 'select m.tier as value, count(distinct m.item_key) as count from matched m group by 1',
}

function toHit(row: EntryRow): SearchHit {
	return {
		itemKey: row.item_key,
		kind: row.kind,
		path: row.path,
		language: row.language,
		title: row.title,
		summary: row.summary,
		body: row.body,
		type: row.type,
		topics: JSON.parse(row.topics) as string[],
		countries: JSON.parse(row.countries) as string[],
		tier: row.tier,
		publishedOn: row.published_on,
	}
}

export function searchFts(request: SearchRequest, db: Db = getDb()): SearchResults {
	const { sql, parameters } = matchedEntries(request)
	const client = db.$client
	const withMatched = `with matched as materialized (${sql})`
	// One row per item: its entry in the reader's language when that matched, else its best one.
	const order =
		request.sort === 'date'
			? 'picked.published_on desc, in_reader_language desc, rank, picked.item_key'
			: 'in_reader_language desc, rank, picked.published_on desc, picked.item_key'
	const rows = client
		.prepare(
			`${withMatched}, picked as (
				select m.*, row_number() over (partition by item_key order by (language = ?) desc, rank) as pick,
					max(language = ?) over (partition by item_key) as in_reader_language
				from matched m)
			select e.* from picked join search_entries e on e.id = picked.id where pick = 1 order by ${order} limit ? offset ?`,
		)
		.all(
			...parameters,
			request.language,
			request.language,
			request.pageSize,
			(request.page - 1) * request.pageSize,
		) as EntryRow[]
	// The count and every facet in one statement, over the matches computed once.
	const counts = client
		.prepare(
			`with matched as materialized (${sql})
			select 'total' as facet, null as value, count(distinct item_key) as count from matched
			${Object.entries(facetSql)
				.map(([name, facet]) => `union all select '${name}', * from (${facet})`)
				.join('\n')}`,
		)
		.all(...parameters) as { facet: FacetName | 'total'; value: string; count: number }[]
	const total = counts.find((row) => row.facet === 'total')!.count
	const facets = Object.fromEntries(
		Object.keys(facetSql).map((name) => [
			name,
			counts
				.filter((row) => row.facet === name)
				.map(({ value, count }) => ({ value, count }))
				.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
		]),
	) as Record<FacetName, FacetCount[]>
	return { hits: rows.map(toHit), total, facets }
}

export const ftsEngine: SearchEngine = {
	name: 'sqlite',
	search: async (request) => searchFts(request),
}
