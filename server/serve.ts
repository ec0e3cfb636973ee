import http from 'node:http'
import net from 'node:net'
import { type ServerBuild } from '@remix-run/node'
import { closeDb } from '#app/db/client.server.ts'
import { closeRateLimits } from '#app/db/rate-limits.server.ts'
import { type Env } from '#app/platform/env.server.ts'
import { createApp } from './app.ts'
import { startHousekeeping, startJobRunner, warmSearch } from './background.ts'
import { answerHealthCheck, isHealthCheck } from './health.ts'

/**
 * Serves the build on PORT, with the job runner and, when asked, the housekeeping. `alone` is the single-process
 * start, which speaks for the server in the log; a process of several leaves that to the primary. The build is
 * loaded first; requests are taken once `prepared` (the primary's preparation of the data) has resolved.
 */
export async function serve(
	env: Env,
	{ housekeeping, alone, prepared }: { housekeeping: boolean; alone: boolean; prepared?: Promise<void> },
) {
	const buildPath = new URL('../build/index.js', import.meta.url).href
	const build = (await import(buildPath)) as ServerBuild
	const app = createApp(build, env)
	await prepared

	let stopping = false
	// Requests that arrive once stopping has begun are refused with a clear answer; those
	// already being handled finish.
	const server = http.createServer((request, response) => {
		if (isHealthCheck(request) && !stopping) return void answerHealthCheck(request, response)
		if (!stopping) return app(request, response)
		response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5', Connection: 'close' })
		response.end('Atlas is restarting. Try again in a moment.')
	})
	server.listen(env.PORT, env.HOST, () => {
		if (!alone) return
		const address = server.address()
		const port = typeof address === 'object' && address ? address.port : env.PORT
		console.log(`Atlas is listening on http://localhost:${port} with 1 process`)
	})
	server.keepAliveTimeout = 5_000
	warmSearch()

	const background = [startJobRunner(), ...(housekeeping ? startHousekeeping(env) : [])]

	function shutdown(signal: string) {
		if (stopping) return
		stopping = true
		if (alone) console.log(`${signal} received: finishing requests in flight, refusing new ones, then stopping.`)
		const force = setTimeout(() => {
			console.error('Requests did not finish within 10 seconds; stopping anyway.')
			closeDb()
			closeRateLimits()
			process.exit(1)
		}, 10_000)
		force.unref()
		// No new background run starts; one in progress is waited for before the database closes.
		const backgroundDone = Promise.all(background.map((task) => task.stop()))
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
					closeRateLimits()
					if (alone) console.log('Stopped cleanly.')
					process.exit(0)
				})
				server.closeIdleConnections()
				setInterval(() => server.closeIdleConnections(), 500).unref()
			})
		}, 1_000)
	}
	process.on('SIGTERM', () => shutdown('SIGTERM'))
	process.on('SIGINT', () => shutdown('SIGINT'))
}
