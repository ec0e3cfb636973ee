import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { spawnServer } from './spawn-server.ts'

test('a wrong setting stops the server at start with a message naming it', async () => {
	const server = spawnServer({ env: { PORT: 'eighty', SESSION_IDLE_MINUTES: '0' } })
	expect(await server.exited).toBe(1)
	expect(server.output()).toContain('PORT')
	expect(server.output()).toContain('SESSION_IDLE_MINUTES')
	server.cleanUp()
})

test('on SIGTERM the server finishes requests in flight, closes the database cleanly and exits 0', async () => {
	const server = spawnServer()
	const port = Number(new URL(await server.ready()).port)
	// A sign-in whose body is still arriving when SIGTERM comes must still get its answer.
	const body = 'email=someone%40example.org&password=not+the+right+password'
	const answer = new Promise<number>((resolve, reject) => {
		const request = http.request(
			{ port, path: '/en/sign-in', method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': body.length } },
			(response) => {
				response.resume()
				resolve(response.statusCode ?? 0)
			},
		)
		request.on('error', reject)
		request.write(body.slice(0, 10))
		setTimeout(() => {
			server.child.kill('SIGTERM')
			setTimeout(() => request.end(body.slice(10)), 300)
		}, 300)
	})
	expect(await answer).toBe(400)
	expect(await server.exited).toBe(0)
	expect(server.output()).toContain('Stopped cleanly')
	// A cleanly closed SQLite database in WAL mode leaves no write-ahead log behind.
	expect(fs.existsSync(path.join(server.dataDir, 'atlas.db'))).toBe(true)
	expect(fs.existsSync(path.join(server.dataDir, 'atlas.db-wal'))).toBe(false)
	await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()
	server.cleanUp()
})
