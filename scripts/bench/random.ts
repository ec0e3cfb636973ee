/**
 * Seeded randomness for generated data: the same seed gives the same library on every machine, and each item has a
 * stream of its own, so any one item can be made again without making those before it.
 */

export type Random = () => number

/** A 32-bit integer hash (the finaliser of MurmurHash3): close numbers give unrelated results. */
export function mix32(value: number) {
	let x = value >>> 0
	x = Math.imul(x ^ (x >>> 16), 0x85ebca6b)
	x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35)
	return (x ^ (x >>> 16)) >>> 0
}

/** A stream of numbers in [0, 1) (mulberry32), seeded from any number of integers. */
export function randomStream(...seeds: number[]): Random {
	let state = seeds.reduce((hash, seed) => mix32(hash ^ mix32(seed)), 0x9e3779b9)
	return () => {
		state = (state + 0x6d2b79f5) >>> 0
		let t = state
		t = Math.imul(t ^ (t >>> 15), t | 1)
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296
	}
}

/** A whole number from min to max, both included. */
export function between(random: Random, min: number, max: number) {
	return min + Math.floor(random() * (max - min + 1))
}

export function chance(random: Random, share: number) {
	return random() < share
}

export function pick<T>(random: Random, list: readonly T[]): T {
	return list[Math.floor(random() * list.length)]!
}

/** Draws indexes 0..n-1 with the given weights, in O(log n) a draw. */
export class WeightedDraw {
	private readonly cumulative: Float64Array

	constructor(weights: readonly number[]) {
		if (!weights.length) throw new Error('Nothing to draw from.')
		this.cumulative = new Float64Array(weights.length)
		let sum = 0
		weights.forEach((weight, index) => (this.cumulative[index] = sum += weight))
	}

	get size() {
		return this.cumulative.length
	}

	/** The index that the number u in [0, 1) falls on. */
	at(u: number) {
		const target = u * this.cumulative[this.cumulative.length - 1]!
		let low = 0
		let high = this.cumulative.length - 1
		while (low < high) {
			const middle = (low + high) >>> 1
			if (this.cumulative[middle]! > target) high = middle
			else low = middle + 1
		}
		return low
	}

	draw(random: Random) {
		return this.at(random())
	}
}

/**
 * Zipf's law: the word of rank r is drawn in proportion to 1 / r^exponent, as words are in real text, where a few
 * are everywhere and most are rare.
 */
export function zipf(size: number, exponent: number) {
	return new WeightedDraw(Array.from({ length: size }, (_, rank) => 1 / (rank + 1) ** exponent))
}

/** Values drawn with their weights. */
export class WeightedValues<T> {
	private readonly draws: WeightedDraw

	constructor(readonly entries: readonly (readonly [T, number])[]) {
		this.draws = new WeightedDraw(entries.map(([, weight]) => weight))
	}

	draw(random: Random): T {
		return this.entries[this.draws.draw(random)]![0]
	}

	/** Up to count different values, the likelier ones more often. */
	drawDistinct(random: Random, count: number): T[] {
		const chosen = new Set<T>()
		for (let attempt = 0; chosen.size < count && attempt < count * 20; attempt++) chosen.add(this.draw(random))
		return [...chosen]
	}
}
