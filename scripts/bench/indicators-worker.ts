/** One view measured in a worker thread of its own (see measureInWorker): fresh module state, so no kept tables. */
import { parentPort, workerData } from 'node:worker_threads'
import { closeDb } from '#app/db/client.server.ts'
import { measureCase, viewCases, type WorkerInput, type WorkerMessage } from './indicators-measure.ts'

const input = workerData as WorkerInput
const now = new Date(input.now)
const send = (message: WorkerMessage) => parentPort!.postMessage(message)
const one = viewCases(input.landmarks, now)[input.index]!
const result = measureCase(
	one,
	{ now, repeat: input.repeat, organisationId: input.landmarks.largestOrganisation.id },
	(stage, ms) => send({ stage, ms }),
)
closeDb()
send({ stage: 'done', result })
