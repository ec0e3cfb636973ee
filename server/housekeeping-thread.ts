/**
 * One run of the hourly chores (server/chores.ts) in a worker thread of the serving process that has the
 * housekeeping (see `runChoresInThread`): its own database connection and event loop, so a roll-up of a minute
 * never holds up a request, and its memory is given back when the run ends.
 */
import os from 'node:os'
import { parentPort } from 'node:worker_threads'
import { closeDb } from '#app/db/client.server.ts'
import { closeRateLimits } from '#app/db/rate-limits.server.ts'
import { runChores } from './chores.ts'

// On Linux a thread's nice value is its own (setpriority(2): pid 0 is the calling thread), so the chores yield the
// cores to the serving threads when both want them; elsewhere this could lower the whole process, so Linux only.
if (os.platform() === 'linux') os.setPriority(10)

try {
	parentPort!.postMessage(await runChores())
} finally {
	closeDb()
	closeRateLimits()
}
