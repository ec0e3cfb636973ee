// Measures search on the built-in FTS5 engine with a library far larger than the starter one.
// Usage: npm run bench:search [items]. Indexes that many items (default 5000), each in two
// languages with a 300-word body, then prints the median and 95th percentile time of typical
// queries, facets and paging included, as a reader runs them.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'))
process.env.NODE_ENV = 'test'
const { migrateDb, closeDb, writeTransaction } = await import('#app/db/client.server.ts')
const { replaceItemEntries } = await import('#app/modules/search/entries.server.ts')
const { searchAtlas } = await import('#app/modules/search/search.server.ts')
const { documentTypes, topics } = await import('#app/modules/library/vocabulary.ts')

migrateDb()
const items = Number(process.argv[2] ?? 5000)
const words = {
	en: 'victim identification border referral shelter interview interpreter labour exploitation child protection investigation prosecution evidence cooperation indicators recruitment agency transport airport port inspection'.split(
		' ',
	),
	es: 'identificación víctimas frontera derivación refugio entrevista intérprete explotación laboral protección infantil investigación fiscalía pruebas cooperación indicadores reclutamiento agencia transporte aeropuerto puerto'.split(
		' ',
	),
}
const countries = ['ES', 'FR', 'MA', 'MX', 'PE', 'SN', 'JO', 'BE']
let seed = 1
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
const text = (language: 'en' | 'es', count: number) =>
	Array.from({ length: count }, () => pick(words[language])).join(' ')

const started = performance.now()
writeTransaction((tx) => {
	for (let n = 0; n < items; n++) {
		const shared = {
			kind: 'document' as const,
			path: `/library/bench-${n}`,
			type: pick(documentTypes),
			topics: [pick(topics)],
			countries: [pick(countries)],
			tier: pick(['public', 'members', 'law-enforcement'] as const),
			publishedOn: `20${10 + (n % 16)}-01-01`,
		}
		replaceItemEntries(tx, `document:bench-${n}`, [
			{ ...shared, language: 'en', title: text('en', 6), summary: text('en', 30), body: text('en', 300) },
			{ ...shared, language: 'es', title: text('es', 6), summary: text('es', 30), body: text('es', 300) },
		])
	}
})
console.log(`Indexed ${items} items in two languages in ${((performance.now() - started) / 1000).toFixed(1)} s.`)

const member = { id: 'bench', roles: ['ngo_member' as const], organisationId: 'bench' }
const queries = [
	['one word', 'shelter', {}],
	['two words', 'victim identification', {}],
	['prefix as typed', 'identif', {}],
	['Spanish with accents left out', 'identificacion victimas', {}],
	['with two facets', 'interview', { type: 'guideline', country: 'ES' }],
	['browse the library', '', { kind: 'document' }],
] as const
for (const [label, query, filters] of queries) {
	const times: number[] = []
	for (let run = 0; run < 60; run++) {
		const start = performance.now()
		await searchAtlas(member, 'es', { query, filters, sort: query ? 'relevance' : 'date', page: 1 + (run % 3) })
		times.push(performance.now() - start)
	}
	times.sort((a, b) => a - b)
	const at = (share: number) => times[Math.floor(share * (times.length - 1))]!.toFixed(1)
	console.log(`${label.padEnd(32)} median ${at(0.5)} ms   p95 ${at(0.95)} ms`)
}
closeDb()
fs.rmSync(process.env.DATA_DIR, { recursive: true, force: true })
