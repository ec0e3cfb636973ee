import http from 'node:http'
import net from 'node:net'
import { type ServerBuild } from '@remix-run/node'
import { closeDb, migrateDb } from '#app/db/client.server.ts'
import { getEnv, shouldSeedDemo } from '#app/platform/env.server.ts'
import { onJobDueNow, runDueJobs } from '#app/platform/jobs.server.ts'
import { currentSigningKey } from '#app/platform/signing-keys.server.ts'
import { accountJobHandlers } from '#app/modules/accounts/jobs.server.ts'
import { certificateJobHandlers } from '#app/modules/certificates/jobs.server.ts'
import { importCourses } from '#app/modules/courses/content-import.server.ts'
import { importLibrary } from '#app/modules/library/content-import.server.ts'
import { libraryJobHandlers } from '#app/modules/library/jobs.server.ts'
import { importCatalogueContent } from '#app/modules/programmes/content-import.server.ts'
import { deliverSearchOutbox } from '#app/modules/search/outbox.server.ts'
import { ensureSearchIndex } from '#app/modules/search/reindex.server.ts'
import { forgetLastMonthsSearchers } from '#app/modules/search/searcher-salt.server.ts'
import { runCatalogueHousekeeping } from '#app/modules/programmes/housekeeping.server.ts'
import { seedDemoCourses, seedDemoIfEmpty } from '../scripts/seed-demo.ts'
import { createApp } from './app.ts'
import { recurring } from './recurring.ts'

let env
try {
	env = getEnv()
} catch (error) {
	console.error((error as Error).message)
	process.exit(1)
}

migrateDb()
ensureSearchIndex()
// The key that signs certificates is made on first start, so it exists before any certificate does.
await currentSigningKey()
if (shouldSeedDemo(env)) {
	const seeded = await seedDemoIfEmpty()
	if (seeded) {
		const added = importCatalogueContent()
		const courses = await importCourses()
		seedDemoCourses()
		const library = await importLibrary()
		console.log('The database was empty: demo organisations and accounts were added (see README).')
		console.log(`Sample catalogue imported: ${added.programmes} programmes, ${added.services} support services.`)
		console.log(`Starter courses imported: ${courses.added}.`)
		console.log(`Starter library imported: ${library.added} documents.`)
	}
}

const buildPath = new URL('../build/index.js', import.meta.url).href
const build = (await import(buildPath)) as ServerBuild
const app = createApp(build, env)

let stopping = false
// Requests that arrive once stopping has begun are refused with a clear answer; those
// already being handled finish.
const server = http.createServer((request, response) => {
	if (!stopping) return app(request, response)
	response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5', Connection: 'close' })
	response.end('Atlas is restarting. Try again in a moment.')
})
server.listen(env.PORT, env.HOST, () => {
	const address = server.address()
	const port = typeof address === 'object' && address ? address.port : env.PORT
	console.log(`Atlas is listening on http://localhost:${port}`)
})
server.keepAliveTimeout = 5_000

// The catalogue's chores (expired interest requests, re-verification reminders) and destroying last month's
// search-gap salt, hourly. Each run is idempotent.
const housekeeping = recurring(60 * 60 * 1000, async () => {
	try {
		forgetLastMonthsSearchers()
		const { purged, reminded } = await runCatalogueHousekeeping()
		if (purged || reminded)
			console.log(`Catalogue housekeeping: ${purged} requests deleted, ${reminded} reminders sent.`)
	} catch (error) {
		console.error('Catalogue housekeeping failed; it runs again within the hour.', error)
	}
})

// Scheduled work (certificate expiry reminders, account emails, library publication notices) lives in the
// jobs table, run every five minutes, and at once when a job is due now (a reset link someone waits for).
// Another process is kept out by each job's claim. Each job runs once.
const jobs = recurring(5 * 60 * 1000, async () => {
	try {
		const { done } = await runDueJobs({ ...certificateJobHandlers, ...accountJobHandlers, ...libraryJobHandlers })
		if (done) console.log(`Jobs: ${done} done.`)
	} catch (error) {
		console.error('The job runner failed; it runs again in five minutes.', error)
	}
})
onJobDueNow(() => jobs.runSoon())

// With Meilisearch, index changes wait in the search outbox until Meilisearch confirms them;
// a down Meilisearch only delays them.
const searchDelivery = env.MEILISEARCH_URL
	? recurring(2_000, async () => {
			try {
				const { failed } = await deliverSearchOutbox()
				if (failed) console.warn(`Search outbox: ${failed} updates wait for Meilisearch.`)
			} catch (error) {
				console.error('Search outbox delivery failed; it is tried again.', error)
			}
		})
	: null

function shutdown(signal: string) {
	if (stopping) return
	stopping = true
	console.log(`${signal} received: finishing requests in flight, refusing new ones, then stopping.`)
	const force = setTimeout(() => {
		console.error('Requests did not finish within 10 seconds; stopping anyway.')
		closeDb()
		process.exit(1)
	}, 10_000)
	force.unref()
	// No new background run starts; one in progress is waited for before the database closes.
	const backgroundDone = Promise.all([housekeeping, jobs, searchDelivery].map((task) => task?.stop()))
	// Connections the system accepted just before the signal wait in its queue; closing the
	// listener now would reset them unanswered. So for a moment they are still taken (and
	// refused with 503), then the listener closes: after the next poll for connections
	// (setImmediate), in case the event loop was busy for the whole moment. Node's own http
	// close() would also drop connections whose request arrived but was not yet read, so
	// idle ones are swept after instead.
	setTimeout(() => {
		setImmediate(() => {
			net.Server.prototype.close.call(server, async () => {
				await backgroundDone
				closeDb()
				console.log('Stopped cleanly.')
				process.exit(0)
			})
			server.closeIdleConnections()
			setInterval(() => server.closeIdleConnections(), 500).unref()
		})
	}, 1_000)
}
process.on('SIGTERM', () => shutdown('SIGTERM'))
process.on('SIGINT', () => shutdown('SIGINT'))
