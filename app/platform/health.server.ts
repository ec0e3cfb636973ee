import { getDb } from '#app/db/client.server.ts'
import { preparedStatement } from '#app/db/statements.server.ts'

export function checkDatabase() {
	try {
		// Prepared once per connection: the health check is asked often.
		return preparedStatement<[]>(getDb().$client, 'select 1 as ok').get() !== undefined
	} catch {
		return false
	}
}
