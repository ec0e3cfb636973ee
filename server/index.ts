import cluster from 'node:cluster'
import { closeDb } from '#app/db/client.server.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { housekeepingFlag, superviseWorkers } from './cluster.ts'
import { prepareData } from './prepare.ts'
import { serve } from './serve.ts'

let env
try {
	env = getEnv()
} catch (error) {
	console.error((error as Error).message)
	process.exit(1)
}

// One Node process uses one core, so production runs ATLAS_PROCESSES of them (one per core unless set). What they
// must agree on (rate limits, job claims, sessions) is in SQLite, so several behave exactly like one (decision 017).
if (env.ATLAS_PROCESSES === 1) {
	await prepareData(env)
	await serve(env, { housekeeping: true, alone: true })
} else if (cluster.isPrimary) {
	await prepareData(env)
	// The primary serves nothing, so it keeps no connection to the database open.
	closeDb()
	superviseWorkers(env.ATLAS_PROCESSES)
} else {
	await serve(env, { housekeeping: process.env[housekeepingFlag] === 'true', alone: false })
}
