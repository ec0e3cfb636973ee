import cluster from 'node:cluster'
import { closeDb } from '#app/db/client.server.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { housekeepingFlag, superviseWorkers, whenPrepared } from './cluster.ts'

let env
try {
	env = getEnv()
} catch (error) {
	console.error((error as Error).message)
	process.exit(1)
}

// One Node process uses one core, so production runs ATLAS_PROCESSES of them (one per core unless set). What they
// must agree on (rate limits, job claims, sessions) is in SQLite, so several behave exactly like one (decision 017).
// Each loads only its own code: the primary what prepares the data, a serving process what serves. The serving
// processes start at once and load theirs while the primary prepares, and listen once it says the data is ready.
if (env.ATLAS_PROCESSES === 1) {
	const { prepareData } = await import('./prepare.ts')
	await prepareData(env)
	const { serve } = await import('./serve.ts')
	await serve(env, { housekeeping: true, alone: true })
} else if (cluster.isPrimary) {
	const { prepareData } = await import('./prepare.ts')
	superviseWorkers(
		env.ATLAS_PROCESSES,
		prepareData(env).then(() => {
			// The primary serves nothing, so it keeps no connection to the database open.
			closeDb()
		}),
	)
} else {
	const { serve } = await import('./serve.ts')
	await serve(env, { housekeeping: process.env[housekeepingFlag] === 'true', alone: false, prepared: whenPrepared() })
}
