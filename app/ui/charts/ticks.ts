// Steps a reader can add up in their head: 1, 2, 2.5 and 5 times a power of ten. 2.5 only from 25 upwards, so the
// steps stay whole numbers: counts and percentages are whole, and "2.5 officers" on an axis reads as a mistake.
const multiples = [1, 2, 2.5, 5]
const maxIntervals = 4
const minIntervals = 2

/**
 * The marks of a value axis that starts at zero: 3 to 5 evenly spaced whole numbers, the last at or above `max`.
 * `niceTicks(1234)` is `[0, 500, 1000, 1500]`, `niceTicks(100)` is `[0, 25, 50, 75, 100]`. A max of zero or less
 * (nothing counted yet) still gives an axis, `[0, 1, 2]`, so an empty chart is drawn rather than broken.
 */
export function niceTicks(max: number): number[] {
	const top = Number.isFinite(max) && max > 1 ? max : 1
	const step = niceStep(top)
	const intervals = Math.max(minIntervals, Math.ceil(top / step - 1e-9))
	return Array.from({ length: intervals + 1 }, (_, index) => index * step)
}

function niceStep(top: number) {
	for (let power = 1; ; power *= 10) {
		for (const multiple of multiples) {
			const step = multiple * power
			if (!Number.isInteger(step)) continue
			if (Math.ceil(top / step - 1e-9) <= maxIntervals) return step
		}
	}
}
