import { json } from '@remix-run/node'
import { checkDatabase } from '#app/platform/health.server.ts'

export function loader() {
	const db = checkDatabase()
	return json(
		{ status: db ? 'ok' : 'error', db: db ? 'ok' : 'error', search: 'sqlite' },
		{ status: db ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
	)
}
