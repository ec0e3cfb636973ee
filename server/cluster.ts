import cluster, { type Worker } from 'node:cluster'

/** Set on the one serving process that also runs the housekeeping; a replacement for it gets it too. */
export const housekeepingFlag = 'ATLAS_HOUSEKEEPING_PROCESS'
const askMessage = 'atlas:prepared?'
const preparedMessage = 'atlas:prepared'

/**
 * In a serving process: resolves when the primary says the data is prepared (migrated, keys made, demo seeded).
 * It asks, and the primary answers once it is (a message sent before the process listened for it would be lost).
 */
export function whenPrepared() {
	return new Promise<void>((resolve) => {
		const listener = (message: unknown) => {
			if (message !== preparedMessage) return
			process.off('message', listener)
			resolve()
		}
		process.on('message', listener)
		process.send!(askMessage)
	})
}

/**
 * The primary of several serving processes: it forks `count` of them, each serving the build on the same port
 * (Node's cluster accepts each connection here and hands it to the next process in turn), replaces one that dies,
 * and on SIGTERM or SIGINT passes the signal on and exits once all have stopped: 0 when each stopped cleanly.
 * They are forked at once, to load their code while `prepared` is pending, and told when it has resolved (see
 * `whenPrepared`); if it fails, the primary exits and they with it.
 *
 * The hourly housekeeping and the Meilisearch outbox delivery run in one serving process, not here: the primary
 * is on the path of every new connection, so a housekeeping run or a large outbox batch here would hold up new
 * connections for all of them, where in a serving process it holds up only that process's share.
 */
export function superviseWorkers(count: number, prepared: Promise<void> = Promise.resolve()) {
	const alive = new Map<number, { worker: Worker; housekeeping: boolean }>()
	let ready = false
	const listened = new Set<number>()
	let stopping = false
	let failed = false
	let announced = false

	const fork = (housekeeping: boolean) => {
		const worker = cluster.fork({ [housekeepingFlag]: String(housekeeping) })
		alive.set(worker.id, { worker, housekeeping })
	}
	const asking = new Set<Worker>()
	cluster.on('message', (worker, message) => {
		if (message !== askMessage) return
		if (ready) worker.send(preparedMessage)
		else asking.add(worker)
	})

	const finish = () => {
		if (!failed) console.log('Stopped cleanly.')
		process.exit(failed ? 1 : 0)
	}

	const stop = (signal?: string) => {
		if (stopping) return
		stopping = true
		if (signal) console.log(`${signal} received: finishing requests in flight, refusing new ones, then stopping.`)
		// Each process then does what one process alone does: 503 for a second, finish what has begun, close.
		for (const { worker } of alive.values()) worker.process.kill('SIGTERM')
		// A process gives its requests 10 seconds; one still running well after that is stuck.
		setTimeout(() => {
			console.error('A serving process did not stop within 15 seconds; stopping it anyway.')
			failed = true
			for (const { worker } of alive.values()) worker.process.kill('SIGKILL')
		}, 15_000).unref()
		if (alive.size === 0) finish()
	}

	cluster.on('listening', (worker, address) => {
		listened.add(worker.id)
		if (announced || listened.size < count) return
		announced = true
		console.log(`Atlas is listening on http://localhost:${address.port} with ${count} processes`)
	})

	cluster.on('exit', (worker, code, signal) => {
		const housekeeping = alive.get(worker.id)?.housekeeping ?? false
		alive.delete(worker.id)
		const served = listened.delete(worker.id)
		if (stopping) {
			if (code !== 0 && signal !== 'SIGTERM' && signal !== 'SIGINT') failed = true
			if (alive.size === 0) finish()
		} else if (!served) {
			// Replacing a process that cannot even start (a missing build) would only fork for ever.
			console.error('A serving process stopped before it could listen; stopping Atlas.')
			failed = true
			stop()
		} else {
			console.error(`A serving process stopped unexpectedly (${signal ?? `exit code ${code}`}); starting another.`)
			fork(housekeeping)
		}
	})

	for (let index = 0; index < count; index++) fork(index === 0)
	void prepared.then(
		() => {
			ready = true
			for (const worker of asking) if (worker.isConnected()) worker.send(preparedMessage)
			asking.clear()
		},
		(error: unknown) => {
			console.error('Atlas could not prepare its data; stopping.', error)
			process.exit(1)
		},
	)
	process.on('SIGTERM', () => stop('SIGTERM'))
	process.on('SIGINT', () => stop('SIGINT'))
}
