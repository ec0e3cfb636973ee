import { count, type SQL } from 'drizzle-orm'
import { type SQLiteColumn, type SQLiteSelect } from 'drizzle-orm/sqlite-core'
import { type Db } from '#app/db/client.server.ts'

/**
 * One page of a listing, and how many rows the whole listing has for the pager. `listing` is
 * the select with its joins and conditions but no order or limit (`.$dynamic()`): the count
 * reads exactly the rows the pages do, so the two cannot drift apart. SQLite flattens the
 * counted subquery, so the count costs what a hand-written one would.
 */
export function readPage<Listing extends SQLiteSelect>(
	db: Db,
	listing: Listing,
	{ orderBy, page, pageSize }: { orderBy: (SQLiteColumn | SQL)[]; page: number; pageSize: number },
) {
	const total = db.select({ n: count() }).from(listing.as('listing')).get()?.n ?? 0
	const rows = listing
		.orderBy(...orderBy)
		.limit(pageSize)
		.offset((page - 1) * pageSize)
		.all() as ReturnType<Listing['all']>
	return { total, rows }
}
