/**
 * Work the server repeats on a timer: it runs at once (catching up after downtime), then every
 * `everyMs`. A run never overlaps the one before. `runSoon()` asks for a run now, or right after the
 * one in progress (which may have looked before the new work existed). `stop()` ends the timer and
 * waits for a run in progress, so stopping the server never cuts a job off between sending an email
 * and recording it.
 */
export function recurring(everyMs: number, run: () => Promise<void>) {
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
	void tick()
	const timer = setInterval(tick, everyMs)
	timer.unref()
	return {
		runSoon() {
			if (stopped) return
			if (current) again = true
			else void tick()
		},
		async stop() {
			stopped = true
			clearInterval(timer)
			await current
		},
	}
}
