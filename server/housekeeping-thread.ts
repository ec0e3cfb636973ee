/**
 * The hourly housekeeping in a worker thread of the serving process that has it (see `startHousekeepingThread`).
 * Its own database connection, its own event loop: a roll-up of a minute never holds up a request.
 */
import os from 'node:os'
import { parentPort } from 'node:worker_threads'
import { closeDb } from '#app/db/client.server.ts'
import { closeRateLimits } from '#app/db/rate-limits.server.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { startHousekeeping } from './background.ts'

// On Linux a thread's nice value is its own (setpriority(2), pid 0 is the calling thread), so the chores yield the
// cores to the serving threads when both want them; elsewhere this may lower the whole process, so it is Linux only.
if (os.platform() === 'linux') os.setPriority(10)

const tasks = startHousekeeping(getEnv())
parentPort!.on('message', async (message: unknown) => {
	if (message !== 'stop') return
	// A run in progress finishes first: a chore is never cut off between sending an email and recording it.
	await Promise.all(tasks.map((task) => task.stop()))
	closeDb()
	closeRateLimits()
	parentPort!.postMessage('stopped')
})
