import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect } from '@playwright/test'

let nextPort = 3200 + Math.floor(Math.random() * 50) * 10

/** A production server of its own (own port, and its own data directory unless one is given). */
export function spawnServer(options: { env?: Record<string, string>; dataDir?: string } = {}) {
	const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-server-'))
	const port = nextPort++
	const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
		env: { ...process.env, NODE_ENV: 'production', SEED_DEMO: 'false', DATA_DIR: dataDir, PORT: String(port), RATE_LIMIT_FACTOR: '1000', ...options.env },
		stdio: ['ignore', 'pipe', 'pipe'],
	})
	let output = ''
	child.stdout.on('data', (chunk) => (output += chunk))
	child.stderr.on('data', (chunk) => (output += chunk))
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
	return {
		child,
		port,
		dataDir,
		exited,
		url: `http://localhost:${port}`,
		output: () => output,
		ready: () =>
			expect
				.poll(async () => (await fetch(`http://localhost:${port}/healthz`).catch(() => null))?.status ?? 0, { timeout: 30_000 })
				.toBe(200),
		cleanUp: () => fs.rmSync(dataDir, { recursive: true, force: true }),
	}
}

/** The id of an approved organisation, read from the sign-up form. */
export async function anyOrganisationId(baseUrl: string) {
	const html = await (await fetch(`${baseUrl}/en/sign-up`)).text()
	return html.match(/<option value="([0-9a-f-]{36})">/)![1]!
}

/** Posts an application the way a browser on our own pages would; answers with the status. */
export async function apply(baseUrl: string, email: string, organisationId: string) {
	const response = await fetch(`${baseUrl}/en/sign-up`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' },
		body: new URLSearchParams({
			name: 'Durability Test',
			email,
			password: 'a long enough passphrase here',
			country: 'FR',
			role: 'officer',
			organisationId,
			timeZone: 'UTC',
		}),
	})
	return response.status
}
