import { type ChildProcess, spawn } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'
import { afterEach, expect, test } from 'vitest'

const started: ChildProcess[] = []
// A test that fails half-way leaves no processes behind: without their primary, the serving processes exit too.
afterEach(() => {
	for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
})

/** `test/fixtures/cluster.ts` in a process of its own, with its log collected. */
function startSupervisor(env: Record<string, string> = {}) {
	const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('test/fixtures/cluster.ts')], {
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	})
	started.push(child)
	let log = ''
	child.stdout.on('data', (chunk: Buffer) => (log += chunk))
	child.stderr.on('data', (chunk: Buffer) => (log += chunk))
	const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
	return {
		child,
		exited,
		log: () => log,
		async logged(pattern: RegExp) {
			await expect.poll(() => log, { timeout: 15_000 }).toMatch(pattern)
			return log.match(pattern)!
		},
	}
}

/** The id of the process that answers, on a connection of its own (so each request is handed out afresh). */
function answeringProcess(port: number) {
	return new Promise<number>((resolve, reject) => {
		http
			.get({ host: '127.0.0.1', port, agent: false }, (response) => {
				let body = ''
				response.on('data', (chunk) => (body += chunk))
				response.on('end', () => resolve(Number(body)))
			})
			.on('error', reject)
	})
}

test('the serving processes share one port and take turns; one that dies is replaced; SIGTERM stops all and exits 0', async () => {
	const supervisor = startSupervisor()
	const [, port] = await supervisor.logged(/listening on http:\/\/localhost:(\d+) with 2 processes/)
	// They listen once the primary has prepared the data, not before.
	expect(supervisor.log().indexOf('Prepared.')).toBeGreaterThan(-1)
	expect(supervisor.log().indexOf('Prepared.')).toBeLessThan(supervisor.log().indexOf('listening on'))
	const answering = async () => {
		const ids = []
		for (let request = 0; request < 4; request++) ids.push(await answeringProcess(Number(port)))
		return new Set(ids)
	}
	const first = await answering()
	expect(first.size).toBe(2)

	process.kill([...first][0]!, 'SIGKILL')
	await supervisor.logged(/stopped unexpectedly \(SIGKILL\); starting another/)
	await expect.poll(async () => (await answering()).size, { timeout: 10_000 }).toBe(2)
	expect([...(await answering())]).not.toContain([...first][0])

	supervisor.child.kill('SIGTERM')
	expect(await supervisor.exited).toBe(0)
	expect(supervisor.log()).toContain('Stopped cleanly.')
	expect(supervisor.log().match(/listening on/g)).toHaveLength(1)
}, 30_000)

test('when a serving process cannot even start, Atlas stops with exit code 1 instead of forking for ever', async () => {
	const supervisor = startSupervisor({ FAIL_TO_START: 'true' })
	expect(await supervisor.exited).toBe(1)
	expect(supervisor.log()).toContain('stopped before it could listen')
	expect(supervisor.log()).not.toContain('Stopped cleanly')
}, 30_000)

test('when the primary cannot prepare the data, Atlas stops with exit code 1 and no process ever listens', async () => {
	const supervisor = startSupervisor({ PREPARE_FAILS: 'true' })
	expect(await supervisor.exited).toBe(1)
	expect(supervisor.log()).toContain('could not prepare its data')
	expect(supervisor.log()).not.toContain('listening on')
}, 30_000)
