// The MDX compiler process. It is plain JavaScript because it starts without the loader the server
// runs under (`node --import tsx`, or vitest), so it registers tsx itself before loading the
// TypeScript compiler code. It answers one source at a time: the queue never sends two at once.
import { register } from 'tsx/esm/api'

register()
const { bundleLesson } = await import('./bundle.server.ts')

process.on('message', async (source) => {
	try {
		process.send({ result: await bundleLesson(source) })
	} catch (error) {
		process.send({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
	}
})
// Without the server there is nobody to answer, and nothing to keep.
process.on('disconnect', () => process.exit(0))
process.send('ready')
