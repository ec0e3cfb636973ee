import { type JobHandler, runDueJobs } from '#app/platform/jobs.server.ts'
import { accountJobHandlers } from '#app/modules/accounts/jobs.server.ts'
import { certificateJobHandlers } from '#app/modules/certificates/jobs.server.ts'
import { eventJobHandlers } from '#app/modules/events/jobs.server.ts'
import { forumJobHandlers } from '#app/modules/forums/jobs.server.ts'
import { sendDueFollowUps } from '#app/modules/indicators/follow-ups.server.ts'
import { indicatorJobHandlers } from '#app/modules/indicators/jobs.server.ts'
import { rollUpIndicators } from '#app/modules/indicators/rollup.server.ts'
import { libraryJobHandlers } from '#app/modules/library/jobs.server.ts'
import { networkJobHandlers, runNetworkHousekeeping } from '#app/modules/network/jobs.server.ts'
import { newsJobHandlers } from '#app/modules/news/jobs.server.ts'
import { runCatalogueHousekeeping } from '#app/modules/programmes/housekeeping.server.ts'
import { forgetLastMonthsSearchers } from '#app/modules/search/searcher-salt.server.ts'

/** Every kind of job an area schedules, by kind: the job runner of every serving process runs them. */
export const jobHandlers: Record<string, JobHandler> = {
	...certificateJobHandlers,
	...accountJobHandlers,
	...libraryJobHandlers,
	...eventJobHandlers,
	...forumJobHandlers,
	...networkJobHandlers,
	...newsJobHandlers,
	...indicatorJobHandlers,
}

/** Runs the jobs due at `now`; returns how many were done. */
export async function runJobs(now = new Date()) {
	const { done } = await runDueJobs(jobHandlers, now)
	return done
}

/**
 * The hourly chores, run by one process (see `server/cluster.ts`): destroying last month's search-gap salt, the
 * catalogue's (expired interest requests, re-verification reminders), focal points not confirmed for a year,
 * follow-up surveys three months after a certificate, and the indicators' roll-up. Each is idempotent, so a run
 * after a crash or a second run repeats nothing. Returns a line for each chore that did something.
 */
export async function runChores(now = new Date()) {
	const done: string[] = []
	forgetLastMonthsSearchers(now)
	const { purged, reminded } = await runCatalogueHousekeeping(now)
	if (purged || reminded) done.push(`Catalogue: ${purged} requests deleted, ${reminded} reminders sent.`)
	const network = await runNetworkHousekeeping(now)
	if (network.reminded) done.push(`Network: ${network.reminded} focal point reminders sent.`)
	const followUps = await sendDueFollowUps(now)
	if (followUps) done.push(`Learning outcomes: ${followUps} follow-up surveys sent.`)
	const rolled = await rollUpIndicators({ now })
	done.push(`Indicators: ${rolled.months} series-months counted.`)
	return done
}
