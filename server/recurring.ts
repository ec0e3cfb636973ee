/**
 * Work the server repeats on a timer: it runs at once (catching up after downtime), then every
 * `everyMs`. A run never overlaps the one before. `stop()` ends the timer and waits for a run in
 * progress, so stopping the server never cuts a job off between sending an email and recording it.
 */
export function recurring(everyMs: number, run: () => Promise<void>) {
	let current: Promise<void> | null = null
	const tick = () => {
		current ??= run().finally(() => {
			current = null
		})
		return current
	}
	void tick()
	const timer = setInterval(tick, everyMs)
	timer.unref()
	return {
		async stop() {
			clearInterval(timer)
			await current
		},
	}
}
