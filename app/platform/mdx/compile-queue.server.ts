import { type ChildProcess, fork } from 'node:child_process'
import fs from 'node:fs'
import { type Socket } from 'node:net'
import { fileURLToPath } from 'node:url'
import { type BundledLesson } from './bundle.server.ts'

type Job = {
	source: string
	limitMs: number
	resolve: (result: BundledLesson | 'too-slow') => void
	reject: (error: Error) => void
}
type Reply = { result: BundledLesson } | { error: string }

/**
 * From source (tests, scripts, the server's start-up import) the compiler file sits beside this
 * module; Remix bundles this module into `build/index.js`, from where the source tree is one up.
 */
function compilerFile() {
	const candidates = [
		new URL('./compile-worker.mjs', import.meta.url),
		new URL('../app/platform/mdx/compile-worker.mjs', import.meta.url),
	]
	return fileURLToPath(candidates.find((candidate) => fs.existsSync(candidate)) ?? candidates[0]!)
}

/**
 * The compiler runs in a child process rather than a worker thread: mdx-bundler drives an esbuild
 * process, and ending a thread mid-compile leaves that esbuild crashing with a goroutine dump and
 * unreaped; ending a child process lets the system reap both.
 */
class Compiler {
	readonly process: ChildProcess
	readonly ready: Promise<void>
	// The last words on stderr explain a compiler that dies; esbuild's complaints after a kill are dropped.
	#stderr = ''
	#exited = false

	constructor() {
		this.process = fork(compilerFile(), [], { execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] })
		this.process.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
			this.#stderr = (this.#stderr + chunk).slice(-2000)
		})
		this.process.on('exit', () => {
			this.#exited = true
		})
		// Failures reach the compile in progress through `exit`; an unheard `error` event would end the server.
		this.process.on('error', () => {})
		this.ready = new Promise((resolve, reject) => {
			this.process.once('message', (message) =>
				message === 'ready' ? resolve() : reject(this.#failure('did not start')),
			)
			this.process.once('error', reject)
			this.process.once('exit', (code) => reject(this.#failure(`stopped while starting (exit code ${code})`)))
		})
		// A failed start is reported to the compile waiting for it; this only keeps it from going unhandled twice.
		this.ready.catch(() => {})
	}

	get alive() {
		return !this.#exited
	}

	#failure(what: string) {
		return new Error(`The MDX compiler ${what}${this.#stderr ? `:\n${this.#stderr}` : ''}`)
	}

	/** Keeps the server (or a script) alive only while there is work, so an idle compiler never holds it open. */
	hold(busy: boolean) {
		// A piped stderr is a socket, whatever its declared type says.
		const handles = [this.process, this.process.channel, this.process.stderr as Socket | null]
		for (const handle of handles) {
			if (busy) handle?.ref()
			else handle?.unref()
		}
	}

	/** The compiler's reply, or `too-slow`; rejects only when the compiler itself died. */
	compile(job: Job): Promise<Reply | 'too-slow'> {
		const child = this.process
		return new Promise((resolve, reject) => {
			const finish = () => {
				clearTimeout(timer)
				child.off('message', onReply)
				child.off('exit', onExit)
			}
			const onReply = (reply: Reply) => {
				finish()
				resolve(reply)
			}
			const onExit = (code: number | null) => {
				finish()
				reject(this.#failure(`stopped (exit code ${code})`))
			}
			const timer = setTimeout(() => {
				finish()
				resolve('too-slow')
			}, job.limitMs)
			child.on('message', onReply)
			child.on('exit', onExit)
			child.send(job.source, (error) => error && onExit(null))
		})
	}

	stop() {
		this.process.kill('SIGKILL')
	}
}

/**
 * Compiling MDX is CPU work that a pathological source can stretch to minutes, so it never runs
 * on the thread that answers requests: one compiler process compiles one source at a time, and a
 * compile that outlives its limit is stopped by ending the process (a fresh one serves the next).
 * The limit counts from when the compile starts, not while it waits its turn or the compiler starts.
 */
class CompileQueue {
	#waiting: Job[] = []
	#running = false
	#compiler: Compiler | undefined

	run(source: string, limitMs: number) {
		return new Promise<BundledLesson | 'too-slow'>((resolve, reject) => {
			this.#waiting.push({ source, limitMs, resolve, reject })
			void this.#next()
		})
	}

	async #next() {
		if (this.#running) return
		const job = this.#waiting.shift()
		if (!job) {
			this.#compiler?.hold(false)
			return
		}
		this.#running = true
		try {
			if (!this.#compiler?.alive) this.#compiler = new Compiler()
			const compiler = this.#compiler
			compiler.hold(true)
			await compiler.ready
			const reply = await compiler.compile(job)
			if (reply === 'too-slow') {
				this.#discard()
				job.resolve(reply)
			} else if ('error' in reply) job.reject(new Error(reply.error))
			else job.resolve(reply.result)
		} catch (error) {
			// The compiler failed to start or died: the next compile starts a fresh one.
			this.#discard()
			job.reject(error instanceof Error ? error : new Error(String(error)))
		} finally {
			this.#running = false
			void this.#next()
		}
	}

	#discard() {
		this.#compiler?.stop()
		this.#compiler = undefined
	}
}

type Holder = { queue?: CompileQueue }

// The server imports the content import from source and the routes from the Remix build, so two
// copies of this module load; keeping the queue on globalThis keeps it one queue and one compiler.
const holder: Holder = ((globalThis as { __atlasMdxQueue?: Holder }).__atlasMdxQueue ??= {})

/** Compiles MDX in the compiler process, after the compiles already waiting; `too-slow` past `limitMs`. */
export function compileInQueue(source: string, limitMs: number) {
	holder.queue ??= new CompileQueue()
	return holder.queue.run(source, limitMs)
}
