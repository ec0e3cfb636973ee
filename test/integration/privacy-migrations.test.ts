import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { expect, test } from 'vitest'

type Journal = { entries: { tag: string }[] }

/** A copy of the migrations folder that stops before `tag`: the database as an installation had it before. */
function migrationsBefore(tag: string) {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-migrations-'))
	fs.cpSync(path.resolve('migrations'), folder, { recursive: true })
	const file = path.join(folder, 'meta', '_journal.json')
	const journal = JSON.parse(fs.readFileSync(file, 'utf8')) as Journal
	const stop = journal.entries.findIndex((entry) => entry.tag === tag)
	expect(stop).toBeGreaterThan(0)
	fs.writeFileSync(file, JSON.stringify({ ...journal, entries: journal.entries.slice(0, stop) }))
	return folder
}

/** Inserts a row with these values, and a placeholder in every other column that needs one. */
function insertRow(sqlite: Database.Database, table: string, values: Record<string, unknown>) {
	const columns = sqlite.pragma(`table_info(${table})`) as {
		name: string
		type: string
		notnull: number
		dflt_value: unknown
	}[]
	const row: Record<string, unknown> = {}
	for (const column of columns) {
		if (column.name in values) row[column.name] = values[column.name]
		else if (column.notnull && column.dflt_value === null)
			row[column.name] = column.type === 'integer' ? 1 : `${column.name}-1`
	}
	const names = Object.keys(row)
	sqlite
		.prepare(`insert into ${table} (${names.join(', ')}) values (${names.map(() => '?').join(', ')})`)
		.run(...Object.values(row))
}

test('rows written before the privacy fixes migrate: searcher hashes dropped, revocations categorised, old requests marked', () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-migrate-'))
	const sqlite = new Database(path.join(dir, 'atlas.db'))
	sqlite.pragma('foreign_keys = OFF')
	const before = migrationsBefore('0009_interest_request_keys')
	migrate(drizzle(sqlite), { migrationsFolder: before })

	insertRow(sqlite, 'search_misses', {
		query: 'several',
		language: 'en',
		count: 3,
		searchers: '["a1b2c3d4e5f60718","0918f7e6d5c4b3a2"]',
		last_seen_at: Date.now(),
	})
	insertRow(sqlite, 'search_misses', {
		query: 'one',
		language: 'en',
		count: 2,
		searchers: '["a1b2c3d4e5f60718"]',
		last_seen_at: Date.now(),
	})
	insertRow(sqlite, 'certificates', {
		id: 'revoked',
		code: 'A'.repeat(32),
		enrolment_id: 'e1',
		revoked_at: Date.now(),
		revoked_reason: 'Wrong person',
	})
	insertRow(sqlite, 'certificates', { id: 'valid', code: 'B'.repeat(32), enrolment_id: 'e2' })
	insertRow(sqlite, 'interest_requests', { id: 'old', sealed: Buffer.from('sealed with the app key') })

	migrate(drizzle(sqlite), { migrationsFolder: path.resolve('migrations') })
	expect(
		sqlite.prepare('select query, searchers, asked_by_several as several from search_misses order by query').all(),
	).toEqual([
		{ query: 'one', searchers: '[]', several: 0 },
		{ query: 'several', searchers: '[]', several: 1 },
	])
	expect(
		sqlite
			.prepare('select id, revoked_category as category, revoked_reason as note from certificates order by id')
			.all(),
	).toEqual([
		{ id: 'revoked', category: 'other', note: 'Wrong person' },
		{ id: 'valid', category: null, note: null },
	])
	expect(sqlite.prepare('select sealing from interest_requests').all()).toEqual([{ sealing: 'app-key' }])
	sqlite.close()
	fs.rmSync(dir, { recursive: true, force: true })
	fs.rmSync(before, { recursive: true, force: true })
})
