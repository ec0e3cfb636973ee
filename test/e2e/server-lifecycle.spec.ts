import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'

/** A server of its own, on its own port and data directory, so stopping it disturbs no other test. */
function startServer(env: Record<string, string>) {
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-lifecycle-'))
	const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
		env: { ...process.env, NODE_ENV: 'production', SEED_DEMO: 'false', DATA_DIR: dataDir, ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	})
	let output = ''
	child.stdout.on('data', (chunk) => (output += chunk))
	child.stderr.on('data', (chunk) => (output += chunk))
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
	return {
		child,
		dataDir,
		exited,
		output: () => output,
		cleanUp: () => fs.rmSync(dataDir, { recursive: true, force: true }),
	}
}

test('a wrong setting stops the server at start with a message naming it', async () => {
	const server = startServer({ PORT: 'eighty', SESSION_IDLE_MINUTES: '0' })
	expect(await server.exited).toBe(1)
	expect(server.output()).toContain('PORT')
	expect(server.output()).toContain('SESSION_IDLE_MINUTES')
	server.cleanUp()
})

test('on SIGTERM the server finishes requests in flight, closes the database cleanly and exits 0', async () => {
	const port = 3190 + Math.floor(Math.random() * 9)
	const server = startServer({ PORT: String(port) })
	await expect
		.poll(async () => (await fetch(`http://localhost:${port}/healthz`).catch(() => null))?.status ?? 0, { timeout: 20_000 })
		.toBe(200)
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
	await expect(fetch(`http://localhost:${port}/healthz`)).rejects.toThrow()
	server.cleanUp()
})
