import { getDb } from '#app/db/client.server.ts'

export function checkDatabase() {
	try {
		return getDb().$client.prepare('select 1 as ok').get() !== undefined
	} catch {
		return false
	}
}
