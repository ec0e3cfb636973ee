import Database from 'better-sqlite3'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { anyOrganisationId, spawnServer } from './spawn-server.ts'

test('a wrong setting stops the server at start with a message naming it', async () => {
	const server = spawnServer({ env: { PORT: 'eighty', SESSION_IDLE_MINUTES: '0' } })
	expect(await server.exited).toBe(1)
	expect(server.output()).toContain('PORT')
	expect(server.output()).toContain('SESSION_IDLE_MINUTES')
	server.cleanUp()
})

/**
 * A request on a connection of its own whose body is held back until `finish` is called.
 * It asks `Expect: 100-continue`, so `begun` resolves once the server has read its headers:
 * from then on the server has the request in hand, whatever the load.
 */
function slowPost(port: number, pathname: string, body: string) {
	let finish = () => {}
	let markBegun = () => {}
	const begun = new Promise<void>((resolve) => (markBegun = resolve))
	const answer = new Promise<number>((resolve, reject) => {
		const request = http.request(
			{
				port,
				path: pathname,
				method: 'POST',
				agent: false,
				headers: {
					'Content-Type': 'application/x-www-form-urlencoded',
					'Content-Length': Buffer.byteLength(body),
					'Sec-Fetch-Site': 'same-origin',
					Expect: '100-continue',
				},
			},
			(response) => {
				response.resume()
				response.on('end', () => resolve(response.statusCode ?? 0))
			},
		)
		request.on('continue', () => markBegun())
		request.on('error', reject)
		request.flushHeaders()
		finish = () => request.end(body)
	})
	return { begun, answer, finish: () => finish() }
}

test('on SIGTERM under load the server finishes every request in flight, refuses new ones, closes the database cleanly and exits 0', async () => {
	// The demo database (for an organisation to apply to) is seeded before the server listens: slow on a busy machine.
	test.setTimeout(150_000)
	const server = spawnServer({ env: { SEED_DEMO: 'true' } })
	const port = Number(new URL(await server.ready()).port)
	const organisationId = await anyOrganisationId(server.url)
	// Applications whose bodies are still arriving when SIGTERM comes, and a burst of searches.
	const emails = Array.from({ length: 10 }, (_, index) => `stopping-${index}@example.org`)
	const applications = emails.map((email) =>
		slowPost(
			port,
			'/en/sign-up',
			new URLSearchParams({
				name: 'Stopping Test',
				email,
				password: 'a long enough passphrase here',
				country: 'FR',
				role: 'officer',
				organisationId,
				timeZone: 'UTC',
			}).toString(),
		),
	)
	const searches = Array.from({ length: 30 }, (_, index) =>
		fetch(`${server.url}/en/search?q=identification+${index}`).then((response) => response.status),
	)
	// The signal comes once the server holds every application and has answered a first search.
	await Promise.all([...applications.map((application) => application.begun), Promise.race(searches)])
	server.child.kill('SIGTERM')
	await new Promise((resolve) => setTimeout(resolve, 300))
	const late = await new Promise<{ status?: number; retryAfter?: string }>((resolve, reject) => {
		http
			.get({ port, path: '/en', agent: false }, (response) => {
				response.resume()
				resolve({ status: response.statusCode, retryAfter: response.headers['retry-after'] })
			})
			.on('error', reject)
	})
	for (const application of applications) application.finish()
	// Applications begun before the signal are finished and saved.
	expect(await Promise.all(applications.map((application) => application.answer))).toEqual(emails.map(() => 302))
	// Every search gets an answer, none a reset connection: served, or (if it was still queued when the signal came) refused with 503.
	const searchStatuses = await Promise.all(searches)
	expect(searchStatuses.filter((status) => status !== 200 && status !== 503)).toEqual([])
	expect(searchStatuses).toContain(200)
	// A request that starts after the signal is refused with a clear answer to try again shortly.
	expect(late).toEqual({ status: 503, retryAfter: '5' })
	expect(await server.exited).toBe(0)
	expect(server.output()).toContain('Stopped cleanly')
	// A cleanly closed SQLite database in WAL mode leaves no write-ahead log behind, and every answered write is in it.
	expect(fs.existsSync(path.join(server.dataDir, 'atlas.db-wal'))).toBe(false)
	const db = new Database(path.join(server.dataDir, 'atlas.db'), { readonly: true })
	expect((db.prepare("select count(*) as n from users where email like 'stopping-%'").get() as { n: number }).n).toBe(
		emails.length,
	)
	db.close()
	server.cleanUp()
})
