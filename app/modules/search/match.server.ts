import type Database from 'better-sqlite3'
import { preparedStatement } from '#app/db/statements.server.ts'
import { type AccessTier } from '#app/modules/library/vocabulary.ts'
import { ftsTerm } from './query.ts'
import { typoBudget } from './typos.ts'
import { closeWords, knownStart, last, readableUpTo } from './typos.server.ts'

/** After this many, further corrections of one word add matches nobody meant. */
const correctionsPerWord = 8
/**
 * A start of four letters or more is matched as the words that start with it, when there are at most this many:
 * FTS5 answers an OR of whole words five times faster than a prefix its prefix indexes (two and three letters) do
 * not hold, which it must merge from every word's list.
 */
const wordsPerStart = 40

const quoted = (word: string) => `"${word}"`

/**
 * The FTS5 query for a reader's terms (from `searchTerms`, so never any syntax of theirs), and the words it added
 * to forgive typos. Every term is the start of a word. A term no readable word starts with also matches the
 * readable words within its typo budget (the first letter as typed: a typo there is rare and would double the
 * words to compare); the last term may still be being typed, so it is compared with the start of longer words.
 * Corrections come only from words of the tiers the reader may read, so a correction never reveals a word from a
 * document above them; the words a start stands for come from every tier, as FTS5's own prefix would, since the
 * results are filtered by tier anyway.
 */
export function ftsQuery(client: Database.Database, terms: string[], tiers: readonly AccessTier[]) {
	const tier = readableUpTo(tiers)
	const corrections: string[] = []
	const parts = terms.map((term, index) => {
		const typed = typedTerm(client, term)
		const limit = typoBudget(term)
		if (!limit || knownStart(client, term, tier)) return typed
		const asPrefix = index === terms.length - 1
		const words = closeWords(client, term, tier, { sameFirstLetter: true, limit, asPrefix }).slice(
			0,
			correctionsPerWord,
		)
		corrections.push(...words)
		return words.length ? `(${[typed, ...words.map(quoted)].join(' OR ')})` : typed
	})
	return { match: parts.join(' AND '), corrections }
}

/** A term as the start of a word: its words when they are few, else FTS5's own prefix. */
function typedTerm(client: Database.Database, term: string) {
	if ([...term].length < 4) return ftsTerm(term)
	const words = preparedStatement<[string, string, number], string>(
		client,
		'select word from search_words where word >= ? and word < ? limit ?',
	)
		.pluck()
		.all(term, term + last, wordsPerStart + 1)
	if (!words.length || words.length > wordsPerStart) return ftsTerm(term)
	return words.length === 1 ? quoted(words[0]!) : `(${words.map(quoted).join(' OR ')})`
}
