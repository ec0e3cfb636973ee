/**
 * Running a production Atlas for a benchmark: build it, start it on a data folder and a free port, wait until it
 * answers, sign demo accounts in, and stop it. Shared by bench:pages and bench:search --pages.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { decodeBase32IgnorePadding } from '@oslojs/encoding'
import { generateHOTP } from '@oslojs/otp'

export const root = fileURLToPath(new URL('../..', import.meta.url))
export const demoPassword = 'atlas demo password'
// Browsers send one; Atlas records it when a session starts.
export const userAgent =
	'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36'

/** Progress goes to stderr, so stdout stays the report. */
export const progress = (line: string) => console.error(line)

/** A fresh folder under the system's temporary one, removed by `cleanups` (see `runBenchmark`). */
export function temporaryFolder(name: string, cleanups: (() => Promise<void> | void)[]) {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), `atlas-${name}-`))
	cleanups.push(() => fs.rmSync(folder, { recursive: true, force: true }))
	return folder
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function freePort() {
	const server = net.createServer()
	server.listen(0, '127.0.0.1')
	await once(server, 'listening')
	const { port } = server.address() as net.AddressInfo
	server.close()
	return port
}

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

// node:http rather than fetch: fetch asks for gzip and follows redirects, and the page saved for nginx must be the
// exact uncompressed bytes autocannon receives, while sign-in needs the redirect's own Set-Cookie.
export function request(
	url: string,
	options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
	return new Promise<Answer>((resolve, reject) => {
		const sent = http.request(
			url,
			{ method: options.method ?? 'GET', headers: { 'user-agent': userAgent, ...options.headers } },
			(response) => {
				const chunks: Buffer[] = []
				response.on('data', (chunk: Buffer) => chunks.push(chunk))
				response.on('end', () =>
					resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
				)
				response.on('error', reject)
			},
		)
		sent.on('error', reject)
		sent.end(options.body)
	})
}

export async function getHtml(url: string, cookie?: string) {
	const answer = await request(url, { headers: cookie ? { cookie } : {} })
	if (answer.status !== 200) throw new Error(`GET ${url} answered ${answer.status}, not 200.`)
	return answer.body.toString('utf8')
}

/** Atlas refuses cross-site posts (server/security.ts), so a form is posted as from Atlas's own page. */
export function postForm(base: string, pathname: string, fields: Record<string, string>, cookie?: string) {
	return request(`${base}${pathname}`, {
		method: 'POST',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: base,
			'sec-fetch-site': 'same-origin',
			...(cookie ? { cookie } : {}),
		},
		body: new URLSearchParams(fields).toString(),
	})
}

export async function buildAtlas() {
	progress('Building Atlas for production (remix build)…')
	// The build's own output goes to stderr too, so stdout stays the report.
	const remix = path.join(root, 'node_modules/.bin/remix')
	const child = spawn(remix, ['build'], {
		cwd: root,
		env: { ...process.env, NODE_ENV: 'production' },
		stdio: ['ignore', process.stderr, 'inherit'],
	})
	const [code] = (await once(child, 'exit')) as [number | null]
	if (code !== 0) throw new Error(`remix build exited ${code}.`)
}

/** Ends a child we started, politely first; resolves once it has exited. */
export async function stop(child: ChildProcess, signal: NodeJS.Signals) {
	if (child.exitCode !== null || child.signalCode !== null) return
	const exited = once(child, 'exit')
	child.kill(signal)
	// Atlas itself gives up on slow requests after 10 s; past that something is stuck.
	const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
	await exited
	clearTimeout(timer)
}

/**
 * Starts Atlas in production on that data folder; the caller stops it. With no user in the database, the demo is
 * seeded first. The server's log goes to a file, so a busy benchmark never stalls Atlas on a full pipe.
 */
export function startAtlas(port: number, dataDir: string, logFile: string) {
	const log = fs.openSync(logFile, 'w')
	const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
		cwd: root,
		// The caller's settings pass through (ATLAS_PROCESSES, for one); these make the run repeatable.
		env: {
			...process.env,
			NODE_ENV: 'production',
			SEED_DEMO: 'true',
			DATA_DIR: dataDir,
			HOST: '127.0.0.1',
			PORT: String(port),
			PUBLIC_URL: `http://127.0.0.1:${port}`,
			// One client sends everything here; the limiter still runs, so its cost is in the figures.
			RATE_LIMIT_FACTOR: '10000',
		},
		stdio: ['ignore', log, log],
	})
	fs.closeSync(log)
	return child
}

/** Seeding the demo compiles every starter lesson and document, so the first answer can take minutes. */
export async function waitForHealth(base: string, child: ChildProcess, logFile: string) {
	const started = Date.now()
	let shown = 0
	let lastNote = started
	while (Date.now() - started < 3 * 60_000) {
		if (child.exitCode !== null) throw new Error(`Atlas exited (${child.exitCode}) before answering:\n${tail(logFile)}`)
		const log = fs.readFileSync(logFile, 'utf8').split('\n')
		for (const line of log.slice(shown, -1)) progress(`  atlas: ${line}`)
		shown = Math.max(shown, log.length - 1)
		const health = await request(`${base}/healthz`).catch(() => null)
		if (health?.status === 200) return
		if (Date.now() - lastNote >= 10_000) {
			progress(`  waiting for /healthz (${Math.round((Date.now() - started) / 1000)} s)…`)
			lastNote = Date.now()
		}
		await sleep(500)
	}
	throw new Error(`Atlas did not answer /healthz within 3 minutes:\n${tail(logFile)}`)
}

export function tail(logFile: string) {
	return fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n')
}

/** Several processes are on their way; the server says how many it runs, and older ones say nothing. */
export function processesNamedIn(logFile: string) {
	return /\b(\d+) (?:worker )?processes\b/i.exec(fs.readFileSync(logFile, 'utf8'))?.[1]
}

const cookiesOf = (answer: Answer) => (answer.headers['set-cookie'] ?? []).map((cookie) => cookie.split(';')[0]!)

/**
 * The session cookie from signing in (the demo password unless given), as a Cookie header. An account with two-factor
 * sign-in takes its authenticator key too, and answers the second step with the code of the moment.
 */
export async function signIn(base: string, email: string, { password = demoPassword, totpKey = '' } = {}) {
	let answer = await postForm(base, '/en/sign-in', { email, password, redirectTo: '' })
	if (totpKey && answer.headers.location?.includes('/two-factor')) {
		const code = generateHOTP(decodeBase32IgnorePadding(totpKey), BigInt(Math.floor(Date.now() / 30_000)), 6)
		const pending = cookiesOf(answer).join('; ')
		answer = await postForm(base, '/en/sign-in/two-factor', { code, redirectTo: '' }, pending)
	}
	const cookies = cookiesOf(answer)
	if (answer.status !== 302 || !cookies.some((cookie) => cookie.startsWith('atlas_session='))) {
		throw new Error(`Signing in ${email} answered ${answer.status} without a session cookie.`)
	}
	return cookies.join('; ')
}

/**
 * Runs a benchmark's `main`, then its clean-ups, last in first out (a server stops before its folders go), also
 * when interrupted; a failure is printed and exits 1.
 */
export async function runBenchmark(
	main: () => Promise<void>,
	cleanups: (() => Promise<void> | void)[],
	interrupted: string,
) {
	const cleanUp = async () => {
		for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
	}
	process.on('SIGINT', () => {
		progress(interrupted)
		void cleanUp().finally(() => process.exit(130))
	})
	try {
		await main()
	} catch (error) {
		console.error(error instanceof Error ? error.message : error)
		process.exitCode = 1
	} finally {
		await cleanUp()
	}
}
