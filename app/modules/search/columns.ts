import { accessTiers } from '#app/modules/library/vocabulary.ts'
import { languages } from '#app/platform/i18n.ts'
import { type FacetName, searchKinds } from './vocabulary.ts'

/**
 * Every facet value the catalogue has met, numbered: counting a facet is adding one in an array at its number.
 * The languages come first, so a language's code is its place in `languages`.
 */
export class FacetCodes {
	readonly values: { facet: FacetName; value: string }[] = []
	private readonly numbers = new Map<string, number>()

	constructor() {
		for (const language of languages) this.code('language', language)
	}

	code(facet: FacetName, value: string) {
		const key = `${facet}:${value}`
		let code = this.numbers.get(key)
		if (code === undefined) {
			code = this.values.push({ facet, value }) - 1
			this.numbers.set(key, code)
		}
		return code
	}

	/** The code of a value, or -1 when no item has it. */
	find(facet: FacetName, value: string) {
		return this.numbers.get(`${facet}:${value}`) ?? -1
	}
}

export type ItemFacts = {
	kind: string
	type: string
	tier: string
	topics: string[]
	countries: string[]
}

/**
 * Items' facts by slot in typed arrays, so that filtering, counting and ordering 100,000 items read memory in
 * order: the same loops over objects scattered in the heap took ten times longer, a cache miss per item.
 */
export class FactColumns {
	kind = new Uint8Array(1024)
	tier = new Uint8Array(1024)
	/** The facet code of its type. */
	type = new Int32Array(1024)
	/** The languages of its entries, as bits by place in `languages`; set as its entries are read. */
	languageBits = new Uint8Array(1024)
	/** Its facet codes (type, tier, topics, countries) are `codes[codeStart[slot]]` onwards, `codeCount[slot]` of them. */
	codeStart = new Int32Array(1024)
	codeCount = new Uint16Array(1024)
	codes = new Int32Array(4096)
	private codesUsed = 0

	constructor(readonly facetCodes: FacetCodes) {}

	set(slot: number, facts: ItemFacts) {
		if (slot >= this.kind.length) this.grow(slot + 1)
		const { facetCodes } = this
		const codes = [
			facetCodes.code('type', facts.type),
			facetCodes.code('tier', facts.tier),
			...facts.topics.map((topic) => facetCodes.code('topic', topic)),
			...facts.countries.map((country) => facetCodes.code('country', country)),
		]
		this.kind[slot] = searchKinds.indexOf(facts.kind as never)
		this.tier[slot] = accessTiers.indexOf(facts.tier as never)
		this.type[slot] = codes[0]!
		this.languageBits[slot] = 0
		if (this.codesUsed + codes.length > this.codes.length) {
			const grown = new Int32Array(Math.max(this.codes.length * 2, this.codesUsed + codes.length))
			grown.set(this.codes)
			this.codes = grown
		}
		this.codes.set(codes, this.codesUsed)
		this.codeStart[slot] = this.codesUsed
		this.codeCount[slot] = codes.length
		this.codesUsed += codes.length
	}

	/** True when the item in `slot` has the facet value coded `code`. */
	has(slot: number, code: number) {
		const start = this.codeStart[slot]!
		const end = start + this.codeCount[slot]!
		for (let index = start; index < end; index++) if (this.codes[index] === code) return true
		return false
	}

	private grow(length: number) {
		const size = Math.max(length, this.kind.length * 2)
		const grown = <T extends Uint8Array | Uint16Array | Int32Array>(array: T): T => {
			const next = new (array.constructor as new (size: number) => T)(size)
			next.set(array)
			return next
		}
		this.kind = grown(this.kind)
		this.tier = grown(this.tier)
		this.type = grown(this.type)
		this.languageBits = grown(this.languageBits)
		this.codeStart = grown(this.codeStart)
		this.codeCount = grown(this.codeCount)
	}
}
