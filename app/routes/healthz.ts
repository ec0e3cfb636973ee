import { json } from '@remix-run/node'
import { searchHealth } from '#app/modules/search/health.server.ts'
import { checkDatabase } from '#app/platform/health.server.ts'

export async function loader() {
	const db = checkDatabase()
	const search = await searchHealth()
	return json(
		{ status: db ? 'ok' : 'error', db: db ? 'ok' : 'error', ...search },
		{ status: db ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
	)
}
