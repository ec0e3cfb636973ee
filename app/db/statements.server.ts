import type Database from 'better-sqlite3'

const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>()

/**
 * A statement compiled once per connection and kept: compiling costs more than running a small query. Only for
 * SQL written in the code (a fixed set), never for SQL assembled from input, which would grow the map without end.
 */
export function preparedStatement<Parameters extends unknown[] = unknown[], Row = unknown>(
	client: Database.Database,
	sql: string,
) {
	let statements = prepared.get(client)
	if (!statements) prepared.set(client, (statements = new Map()))
	let statement = statements.get(sql)
	if (!statement) statements.set(sql, (statement = client.prepare(sql)))
	return statement as Database.Statement<Parameters, Row>
}
