import { refreshPlannerStatistics } from '#app/db/client.server.ts'
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
 * The hourly chores, run by one process (see `server/cluster.ts`): the query planner's statistics, destroying last
 * month's search-gap salt, the catalogue's (expired interest requests, re-verification reminders), focal points
 * not confirmed for a year, follow-up surveys three months after a certificate, and the indicators' roll-up. Each is idempotent, so a run
 * after a crash or a second run repeats nothing. Returns a line for each chore that did something.
 */
export async function runChores(now = new Date()) {
	const done: string[] = []
	// Each chore on its own: one that fails (a mail server down) leaves the others, the count among them, to run.
	const chore = async (name: string, run: () => Promise<string | null> | string | null) => {
		try {
			const line = await run()
			if (line) done.push(line)
		} catch (error) {
			console.error(`${name} failed; it runs again within the hour.`, error)
		}
	}
	await chore('Refreshing the query planner’s statistics', () => {
		refreshPlannerStatistics()
		return null
	})
	await chore('Forgetting last month’s search-gap salt', () => {
		forgetLastMonthsSearchers(now)
		return null
	})
	await chore('Catalogue housekeeping', async () => {
		const { purged, reminded } = await runCatalogueHousekeeping(now)
		return purged || reminded ? `Catalogue: ${purged} requests deleted, ${reminded} reminders sent.` : null
	})
	await chore('Network housekeeping', async () => {
		const { reminded } = await runNetworkHousekeeping(now)
		return reminded ? `Network: ${reminded} focal point reminders sent.` : null
	})
	await chore('Follow-up surveys', async () => {
		const { asked } = await sendDueFollowUps(now)
		return asked ? `Learning outcomes: ${asked} follow-up surveys sent.` : null
	})
	await chore('The indicators’ roll-up', async () => {
		const { months } = await rollUpIndicators({ now })
		return `Indicators: ${months} series-months counted.`
	})
	return done
}
