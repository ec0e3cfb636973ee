import { expect, test } from 'vitest'
import { recurring } from './recurring.ts'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

test('a recurring task runs at once, never overlaps itself, and stopping waits for the run in progress', async () => {
	let runs = 0
	let release = () => {}
	const gate = new Promise<void>((resolve) => (release = resolve))
	const task = recurring(5, async () => {
		runs++
		await gate
	})
	await pause(40)
	// Eight ticks have passed while the first run was still going: none started another.
	expect(runs).toBe(1)
	let stopped = false
	const stopping = task.stop().then(() => (stopped = true))
	await pause(20)
	expect(stopped).toBe(false)
	release()
	await stopping
	await pause(40)
	// Once stopped, the timer starts nothing more.
	expect(runs).toBe(1)
})

test('after a run ends, the next tick starts another', async () => {
	let runs = 0
	const task = recurring(5, async () => {
		runs++
	})
	await pause(40)
	await task.stop()
	expect(runs).toBeGreaterThan(2)
})

test('runSoon starts a run at once when idle, and once more right after a run in progress', async () => {
	let runs = 0
	let release = () => {}
	let gate = Promise.resolve()
	const task = recurring(60_000, async () => {
		runs++
		await gate
	})
	await pause(10)
	expect(runs).toBe(1)
	task.runSoon()
	await pause(10)
	expect(runs).toBe(2)
	gate = new Promise<void>((resolve) => (release = resolve))
	task.runSoon()
	task.runSoon()
	task.runSoon()
	await pause(10)
	expect(runs).toBe(3)
	release()
	await pause(10)
	// The asks made during that run are answered by one more run, not one each.
	expect(runs).toBe(4)
	await task.stop()
	task.runSoon()
	await pause(10)
	expect(runs).toBe(4)
})

test('with firstAfterMs the first run waits that long, and a stop before it means no run at all', async () => {
	let runs = 0
	const later = recurring(60_000, async () => void runs++, { firstAfterMs: 30 })
	await pause(10)
	expect(runs).toBe(0)
	await pause(40)
	expect(runs).toBe(1)
	await later.stop()
	const never = recurring(60_000, async () => void runs++, { firstAfterMs: 20 })
	await never.stop()
	await pause(40)
	expect(runs).toBe(1)
})
