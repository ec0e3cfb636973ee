import Database from 'better-sqlite3'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { oddText } from '#test/odd-input.ts'
import { searchText } from './normalise.ts'
import { ftsMatch, searchTerms } from './query.ts'

/** Only quoted words of letters and digits, each a prefix: nothing a reader types can add an operator. */
const safeMatch = /^("[\p{L}\p{N}]+"\*? ?)*$/u

const fts = new Database(':memory:')
fts.exec("create virtual table t using fts5(a, tokenize='unicode61 remove_diacritics 2')")
fts
	.prepare('insert into t (a) values (?)')
	.run(searchText('Les droits des enfants détenus — حقوق الأطفال المحتجزين ٢٠٢٤'))
const count = (match: string) =>
	(fts.prepare('select count(*) as n from t where t match ?').get(match) as { n: number }).n
const found = (query: string) => count(ftsMatch(searchTerms(query)))

test.each([
	'"',
	'*',
	'NEAR(a b)',
	'a OR b',
	'(((',
	'a AND NOT b',
	'col:value',
	'^start',
	'"unterminated',
	'a"*" OR "b',
	'{a b}: c',
	'a + b - c',
	"' OR 1=1 --",
	'NEAR(droits enfants, 0) OR a:* ^"x"',
])('FTS syntax in a query is only a separator: %s', (query) => {
	const match = ftsMatch(searchTerms(query))
	expect(match).toMatch(safeMatch)
	if (match) expect(() => count(match)).not.toThrow()
})

test('operators become plain words and punctuation disappears', () => {
	expect(searchTerms('a OR b')).toEqual(['b'])
	expect(searchTerms('NEAR(a b)')).toEqual(['near', 'b'])
	expect(searchTerms('col:value')).toEqual(['col', 'value'])
	expect(searchTerms('^start*')).toEqual(['start'])
	expect(searchTerms('"')).toEqual([])
	expect(searchTerms('(((')).toEqual([])
	expect(ftsMatch(searchTerms('Droits "enfants"'))).toBe('"droits"* "enfants"*')
})

test('a reader finds the text whatever syntax, case, accents or Arabic spelling they type around the words', () => {
	expect(found('DROITS')).toBe(1)
	expect(found('"droits" OR *enfant*')).toBe(1)
	expect(found('détenu')).toBe(1)
	expect(found('detenus')).toBe(1)
	expect(found('الأطفال')).toBe(1)
	expect(found('أطفال')).toBe(1)
	expect(found('حُقُوق')).toBe(1)
	expect(found('2024')).toBe(1)
	expect(found('droits AND enfants')).toBe(1)
	expect(found('droits absents')).toBe(0)
})

test('common words are dropped unless nothing else is left', () => {
	expect(searchTerms('the rights of the child')).toEqual(['rights', 'child'])
	expect(searchTerms('les droits de l’enfant')).toEqual(['droits', 'enfant'])
	expect(searchTerms('los derechos del niño')).toEqual(['derechos', 'nino'])
	expect(searchTerms('حقوق في المحكمة')).toEqual(['حقوق', 'محكمه'])
	expect(searchTerms('the of')).toEqual(['the', 'of'])
	expect(searchTerms('THE')).toEqual(['the'])
})

test('repeated words count once', () => {
	expect(searchTerms('Droits droits DROITS dróits')).toEqual(['droits'])
})

test('a query has at most 12 terms', () => {
	const words = Array.from({ length: 30 }, (_, i) => `word${i}`)
	const terms = searchTerms(words.join(' '))
	expect(terms).toHaveLength(12)
	expect(terms).toEqual(words.slice(0, 12))
})

test('a 2 kB query is cut: words past the first 200 characters are ignored and long words are shortened', () => {
	const query = 'padding '.repeat(24) + 'the tribunal ' + 'zebra '.repeat(400)
	expect(query.length).toBeGreaterThan(2000)
	expect(searchTerms(query)).toEqual(['padding', 'trib'])
	expect(searchTerms('x'.repeat(2000))).toEqual(['x'.repeat(40)])
	expect(searchTerms('x'.repeat(2000) + ' zebra')).toEqual(['x'.repeat(40)])
})

test('for any input, the match expression holds only quoted prefix words and FTS5 runs it without error', () => {
	fc.assert(
		fc.property(
			fc.oneof(
				oddText,
				fc.string(),
				fc.string({ unit: 'binary' }),
				fc.string({ unit: 'grapheme', maxLength: 80 }),
				fc
					.array(
						fc.constantFrom(
							'"',
							'*',
							'(',
							')',
							':',
							'^',
							'{',
							'}',
							'-',
							'+',
							'NEAR',
							'OR',
							'AND',
							'NOT',
							'a',
							'é',
							'ال',
							' ',
							',',
						),
						{ maxLength: 30 },
					)
					.map((parts) => parts.join('')),
			),
			(query) => {
				const match = ftsMatch(searchTerms(query))
				expect(match).toMatch(safeMatch)
				if (match) expect(() => count(match)).not.toThrow()
			},
		),
		{ numRuns: 500 },
	)
})

test('a long word is cut by whole characters, never half of one', () => {
	const [term] = searchTerms(`a${'𠀀'.repeat(20)}`)
	expect(term).toMatch(/^[\p{L}\p{N}]+$/u)
	expect([...term!]).toHaveLength(21)
})

test('the Arabic stop word for "to" is dropped however it is spelt', () => {
	expect(searchTerms('إلى المحكمة')).toEqual(['محكمه'])
	expect(searchTerms('الى المحكمة')).toEqual(['محكمه'])
})
