import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { eq } from 'drizzle-orm'
import { expect, test, vi } from 'vitest'
import { databasePath, getDb, writeTransaction } from '#app/db/client.server.ts'
import { rateLimitsPath } from '#app/db/rate-limits.server.ts'
import { jobs } from '#app/db/schema/index.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { scheduleJob } from '#app/platform/jobs.server.ts'
import { clientKey, RateLimiter } from '#app/platform/rate-limit.server.ts'
import { startOtherProcess } from '#test/other-process.ts'

const twoProcesses = (script: string) => Promise.all([startOtherProcess(script), startOtherProcess(script)])

test('two processes share one sign-in limit: after five attempts in each, the 11th is refused whichever answers', async () => {
	const [one, two] = await twoProcesses('sign-in-attempts.ts')
	try {
		const addresses = ['203.0.113.7']
		expect(await one.ask({ addresses, attempts: 5 })).toEqual([5])
		expect(await two.ask({ addresses, attempts: 5 })).toEqual([5])
		expect(await one.ask({ addresses, attempts: 1 })).toEqual([0])
		expect(await two.ask({ addresses, attempts: 1 })).toEqual([0])
		// Someone else, answered by the same processes, is not held back.
		expect(await two.ask({ addresses: ['203.0.113.8'], attempts: 1 })).toEqual([1])
	} finally {
		one.stop()
		two.stop()
	}
})

test('two processes trying the same clients at the same moment allow exactly ten sign-in attempts each between them', async () => {
	const [one, two] = await twoProcesses('sign-in-attempts.ts')
	try {
		const addresses = Array.from({ length: 100 }, (_, index) => `198.51.100.${index}`)
		const [fromOne, fromTwo] = await Promise.all([
			one.ask<number[]>({ addresses, attempts: 15 }),
			two.ask<number[]>({ addresses, attempts: 15 }),
		])
		expect(addresses.map((_, index) => fromOne[index]! + fromTwo[index]!)).toEqual(addresses.map(() => 10))
	} finally {
		one.stop()
		two.stop()
	}
})

test('forty due jobs, run by two processes at the same moment, each run exactly once', async () => {
	const file = path.join(getEnv().DATA_DIR, 'job-runs.txt')
	const due = new Date(Date.now() - 60_000)
	writeTransaction((tx) => {
		for (let job = 0; job < 40; job++)
			scheduleJob(tx, { kind: 'recorded-run', key: `recorded-run:${job}`, payload: { job, file }, runAt: due })
	})
	const runners = await twoProcesses('job-runner.ts')
	try {
		const results = await Promise.all(runners.map((runner) => runner.ask<{ done: number }>('run')))
		const runs = fs
			.readFileSync(file, 'utf8')
			.trim()
			.split('\n')
			.map((line) => Number(line.split(' ')[0]))
		expect(runs.toSorted((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, job) => job))
		expect(results[0]!.done + results[1]!.done).toBe(40)
		const rows = getDb()
			.select({ status: jobs.status, attempts: jobs.attempts })
			.from(jobs)
			.where(eq(jobs.kind, 'recorded-run'))
			.all()
		expect(rows).toEqual(Array.from({ length: 40 }, () => ({ status: 'done', attempts: 1 })))
	} finally {
		for (const runner of runners) runner.stop()
	}
})

test('a window lasts a minute: a refused attempt says how long to wait, and the next minute starts afresh', () => {
	const limiter = new RateLimiter(3, 'test-window')
	const client = clientKey('192.0.2.1')
	const start = Date.now()
	expect([0, 1, 2].map((offset) => limiter.hit(client, start + offset).allowed)).toEqual([true, true, true])
	expect(limiter.hit(client, start + 15_000)).toEqual({ allowed: false, retryAfterSeconds: 45 })
	expect(limiter.hit(client, start + 59_999).allowed).toBe(false)
	expect(limiter.hit(client, start + 60_000)).toEqual({ allowed: true, retryAfterSeconds: 0 })
})

/** Another connection holding a file's write lock, as a reindex, an import or another process's hit would. */
function holdWriteLock(file: string) {
	const other = new Database(file)
	other.exec('BEGIN IMMEDIATE')
	return () => {
		other.exec('ROLLBACK')
		other.close()
	}
}

test('windows of clients who never came back are swept, and no address can be read from the file', () => {
	const limiter = new RateLimiter(600, 'test-sweep')
	const start = Date.now()
	for (let index = 0; index < 5; index++) limiter.hit(clientKey(`192.0.2.${index}`), start)
	limiter.hit(clientKey('192.0.2.200'), start + 90_000)
	const file = new Database(rateLimitsPath(), { readonly: true })
	const rows = file.prepare("select * from rate_limit_windows where limit_name = 'test-sweep'").all() as {
		client: string
	}[]
	file.close()
	expect(rows.map((row) => row.client)).toEqual([clientKey('192.0.2.200')])
	// Neither the address nor its plain hash (which anyone could find by hashing every IPv4 address).
	const plainHash = createHash('sha256').update('192.0.2.200').digest('hex')
	expect(rows[0]!.client).not.toContain('192.0.2')
	expect(plainHash).not.toContain(rows[0]!.client)
})

test('a long write transaction on the main database does not hold up counting a request', () => {
	const release = holdWriteLock(databasePath())
	try {
		const limiter = new RateLimiter(1, 'test-main-locked')
		const started = performance.now()
		expect([1, 2].map(() => limiter.hit(clientKey('192.0.2.50')).allowed)).toEqual([true, false])
		expect(performance.now() - started).toBeLessThan(500)
	} finally {
		release()
	}
})

test('while the counts stay locked, requests go through uncounted and the log says so once a minute, naming no client', () => {
	const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
	const limiter = new RateLimiter(1, 'test-counts-locked')
	const client = clientKey('192.0.2.60')
	const start = Date.now()
	const release = holdWriteLock(rateLimitsPath())
	try {
		expect([0, 1, 2].map((offset) => limiter.hit(client, start + offset).allowed)).toEqual([true, true, true])
	} finally {
		release()
	}
	expect(warn).toHaveBeenCalledTimes(1)
	expect(String(warn.mock.calls[0]![0])).toMatch(/rate-limits\.db .* 1 since the last/)
	expect(String(warn.mock.calls[0]![0])).not.toContain(client)
	// Once the lock is free, the same minute is counted again from here.
	expect([3, 4].map((offset) => limiter.hit(client, start + offset).allowed)).toEqual([true, false])
})
