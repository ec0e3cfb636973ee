import type Database from 'better-sqlite3'
import { getDb } from '#app/db/client.server.ts'

/** Prepared once per connection: the health check is asked often. */
const probes = new WeakMap<Database.Database, Database.Statement<[]>>()

export function checkDatabase() {
	try {
		const client = getDb().$client
		let probe = probes.get(client)
		if (!probe) probes.set(client, (probe = client.prepare('select 1 as ok')))
		return probe.get() !== undefined
	} catch {
		return false
	}
}
