import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * A production server of its own, on a free port the system picks (PORT=0), with its own
 * data directory unless one is given. `ready()` resolves with its address once it listens.
 */
export function spawnServer(options: { env?: Record<string, string>; dataDir?: string } = {}) {
	const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-server-'))
	const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
		env: {
			...process.env,
			NODE_ENV: 'production',
			SEED_DEMO: 'false',
			DATA_DIR: dataDir,
			PORT: '0',
			RATE_LIMIT_FACTOR: '1000',
			ATLAS_PROCESSES: '2',
			...options.env,
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	})
	let output = ''
	let announce: (url: string) => void
	const listening = new Promise<string>((resolve) => (announce = resolve))
	const collect = (chunk: Buffer) => {
		output += chunk
		const match = output.match(/listening on (http:\/\/localhost:\d+)/)
		if (match) announce(match[1]!)
	}
	child.stdout.on('data', collect)
	child.stderr.on('data', collect)
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
	const server = {
		child,
		dataDir,
		exited,
		url: '',
		output: () => output,
		async ready() {
			const outcome = await Promise.race([
				listening,
				exited.then((code) => Promise.reject(new Error(`The server exited (${code}) before listening:\n${output}`))),
				new Promise<never>((_, reject) =>
					// A demo database is seeded before the server listens (courses, library, laws, sample activity): on a
					// busy machine running other tests, that alone can take half a minute.
					setTimeout(() => reject(new Error(`The server did not listen within 90 s:\n${output}`)), 90_000),
				),
			])
			server.url = outcome
			return outcome
		},
		cleanUp: () => fs.rmSync(dataDir, { recursive: true, force: true }),
	}
	return server
}

/** The id of an approved organisation in France (where `apply` says the applicant works), read from the sign-up form. */
export async function anyOrganisationId(baseUrl: string) {
	const html = await (await fetch(`${baseUrl}/en/sign-up?country=FR`)).text()
	return html.match(/<option value="([0-9a-f-]{36})">/)![1]!
}

/** Posts a form the way a browser on our own pages would (signed in with `cookie`, if given); answers with the status. */
export async function postForm(url: string, form: Record<string, string>, cookie?: string) {
	const response = await fetch(url, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'Content-Type': 'application/x-www-form-urlencoded',
			'Sec-Fetch-Site': 'same-origin',
			...(cookie ? { Cookie: cookie } : {}),
		},
		body: new URLSearchParams(form),
	})
	return response.status
}

/** Applies for membership; answers with the status. */
export function apply(baseUrl: string, email: string, organisationId: string) {
	return postForm(`${baseUrl}/en/sign-up`, {
		name: 'Durability Test',
		email,
		password: 'a long enough passphrase here',
		country: 'FR',
		role: 'officer',
		organisationId,
		timeZone: 'UTC',
	})
}
