import type Database from 'better-sqlite3'
import { preparedStatement } from '#app/db/statements.server.ts'
import { accessTiers, type AccessTier } from '#app/modules/library/vocabulary.ts'
import { typoBudget, typoDistance } from './typos.ts'

/** The highest code point: a string starting with `p` sorts below `p` followed by it. */
export const last = '\u{10FFFF}'

/** The highest tier the reader may read, as search_words keeps tiers (0 public, 1 members, 2 law-enforcement). */
export function readableUpTo(tiers: readonly AccessTier[]) {
	return Math.max(-1, ...tiers.map((tier) => accessTiers.indexOf(tier)))
}

/** True when the index holds, at a tier the reader may read, a word that starts with `start`. */
export function knownStart(client: Database.Database, start: string, tier: number) {
	return (
		preparedStatement<[string, string, number], number>(
			client,
			'select 1 from search_words where word >= ? and word < ? and tier <= ? limit 1',
		)
			.pluck()
			.get(start, start + last, tier) !== undefined
	)
}

type Scan = { sameFirstLetter: boolean; limit: number; asPrefix: boolean }

/** The reader-visible words within `limit` typos of `typed`, closest first. */
export function closeWords(client: Database.Database, typed: string, tier: number, scan: Scan) {
	const letters = [...typed]
	const first = letters[0]!
	const candidates = scan.asPrefix
		? preparedStatement<[string, string, number], string>(
				client,
				'select word from search_words where word >= ? and word < ? and tier <= ?',
			)
				.pluck()
				.all(first, first + last, tier)
		: lengthsAround(letters.length, scan.limit).flatMap((length) =>
				scan.sameFirstLetter
					? preparedStatement<[number, string, string, number], string>(
							client,
							'select word from search_words where length(word) = ? and word >= ? and word < ? and tier <= ?',
						)
							.pluck()
							.all(length, first, first + last, tier)
					: preparedStatement<[number, number], string>(
							client,
							'select word from search_words where length(word) = ? and tier <= ?',
						)
							.pluck()
							.all(length, tier),
			)
	return candidates
		.map((word) => ({ word, distance: typoDistance(typed, word, scan.limit, scan.asPrefix) }))
		.filter(({ word, distance }) => distance <= scan.limit && word !== typed)
		.sort((a, b) => a.distance - b.distance || a.word.length - b.word.length || (a.word < b.word ? -1 : 1))
		.map(({ word }) => word)
}

function lengthsAround(length: number, limit: number) {
	return Array.from({ length: 2 * limit + 1 }, (_, index) => length - limit + index).filter((value) => value > 0)
}

/**
 * "Did you mean": for a query that found nothing, each word no readable word starts with replaced by the closest
 * readable word, the first letter too and short words included (one typo under nine letters, two from nine).
 * Null when nothing would change; the caller checks the suggestion finds something before offering it.
 */
export function suggestedTerms(client: Database.Database, terms: string[], tiers: readonly AccessTier[]) {
	const tier = readableUpTo(tiers)
	let changed = false
	const suggested = terms.map((term) => {
		if (knownStart(client, term, tier)) return term
		const limit = Math.max(1, typoBudget(term))
		const [closest] = closeWords(client, term, tier, { sameFirstLetter: false, limit, asPrefix: false })
		if (!closest) return term
		changed = true
		return closest
	})
	return changed ? suggested : null
}
