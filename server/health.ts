import type http from 'node:http'
import { searchHealth } from '#app/modules/search/health.server.ts'
import { checkDatabase } from '#app/platform/health.server.ts'

/** What `/healthz` reports: the database answers, and which search engine answers searches now. */
export async function healthReport() {
	const db = checkDatabase()
	const search = await searchHealth()
	return { status: db ? 200 : 503, body: { status: db ? 'ok' : 'error', db: db ? 'ok' : 'error', ...search } }
}

export const isHealthCheck = (request: http.IncomingMessage) =>
	request.url === '/healthz' && (request.method === 'GET' || request.method === 'HEAD')

/**
 * Answers the health check before Express and Remix: a load balancer asks it every few seconds per process, and it
 * needs no session, limit, page or header meant for a browser. It names no person and reads no cookie.
 */
export async function answerHealthCheck(request: http.IncomingMessage, response: http.ServerResponse) {
	const { status, body } = await healthReport()
	const json = JSON.stringify(body)
	response.writeHead(status, {
		'Content-Type': 'application/json; charset=utf-8',
		'Content-Length': Buffer.byteLength(json),
		'Cache-Control': 'no-store',
		'X-Content-Type-Options': 'nosniff',
	})
	response.end(request.method === 'HEAD' ? undefined : json)
}
