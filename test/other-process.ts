import { spawn } from 'node:child_process'
import path from 'node:path'

/**
 * Another Node process running a script from `test/fixtures`, as a second Atlas process would: same code, same
 * DATA_DIR (so the same database), nothing else shared. `ask` sends it a message and resolves with its answer.
 */
export async function startOtherProcess(script: string) {
	const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('test/fixtures', script)], {
		env: process.env,
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	})
	const replies: ((reply: unknown) => void)[] = []
	child.on('message', (reply) => replies.shift()?.(reply))
	const exited = new Promise<never>((_, reject) =>
		child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before answering`))),
	)
	const next = () => Promise.race([new Promise<unknown>((resolve) => replies.push(resolve)), exited])
	await next()
	return {
		pid: child.pid!,
		ask<T>(message: unknown) {
			const reply = next()
			child.send(message as object)
			return reply as Promise<T>
		},
		stop() {
			child.removeAllListeners('exit')
			child.disconnect()
		},
	}
}
