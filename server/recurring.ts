/**
 * Work the server repeats on a timer: it runs at once (catching up after downtime), or `firstAfterMs` after the
 * start, then every `everyMs`. A run never overlaps the one before. `runSoon()` asks for a run now, or right after the
 * one in progress (which may have looked before the new work existed). `stop()` ends the timer and
 * waits for a run in progress, so stopping the server never cuts a job off between sending an email
 * and recording it.
 */
export function recurring(everyMs: number, run: () => Promise<void>, { firstAfterMs = 0 } = {}) {
	let current: Promise<void> | null = null
	let again = false
	let stopped = false
	const tick = () => {
		current ??= run().finally(() => {
			current = null
			if (again && !stopped) {
				again = false
				void tick()
			}
		})
		return current
	}
	let timer: NodeJS.Timeout | undefined
	const start = () => {
		if (stopped) return
		void tick()
		timer = setInterval(tick, everyMs)
		timer.unref()
	}
	const first = firstAfterMs > 0 ? setTimeout(start, firstAfterMs) : undefined
	first?.unref()
	if (!first) start()
	return {
		runSoon() {
			if (stopped) return
			if (current) again = true
			else void tick()
		},
		async stop() {
			stopped = true
			clearTimeout(first)
			clearInterval(timer)
			await current
		},
	}
}
