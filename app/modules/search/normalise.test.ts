import fc from 'fast-check'
import { expect, test } from 'vitest'
import { oddText } from '#test/odd-input.ts'
import { indexedWord, normaliseForSearch, normaliseWithOffsets, searchText } from './normalise.ts'

test('case and accents do not matter: é, ñ, ç and ü read as e, n, c and u', () => {
	expect(normaliseForSearch('Été')).toBe('ete')
	expect(normaliseForSearch('ÉTÉ')).toBe('ete')
	expect(normaliseForSearch('Niño España')).toBe('nino espana')
	expect(normaliseForSearch('Français garçon')).toBe('francais garcon')
	expect(normaliseForSearch('Über Müller')).toBe('uber muller')
	// Precomposed and decomposed accents give the same text.
	expect(normaliseForSearch('Ete\u0301')).toBe(normaliseForSearch('Eté'))
	expect(normaliseForSearch('n\u0303')).toBe('n')
})

test('Arabic short vowels and other harakat are dropped', () => {
	expect(normaliseForSearch('كَتَبَ')).toBe('كتب')
	expect(normaliseForSearch('اَلْحُدُود')).toBe('الحدود')
	expect(normaliseForSearch('مُحَمَّدٌ')).toBe('محمد')
	expect(normaliseForSearch('كِتَابًا')).toBe('كتابا')
})

test('alef with hamza or madda and alef wasla all read as a bare alef', () => {
	expect(normaliseForSearch('أ')).toBe('ا')
	expect(normaliseForSearch('إ')).toBe('ا')
	expect(normaliseForSearch('آ')).toBe('ا')
	expect(normaliseForSearch('ٱ')).toBe('ا')
	expect(normaliseForSearch('أحمد إسلام آمن ٱلله')).toBe('احمد اسلام امن الله')
})

test('taa marbuta reads as haa and alef maqsura as yaa', () => {
	expect(normaliseForSearch('محكمة')).toBe('محكمه')
	expect(normaliseForSearch('على')).toBe('علي')
	expect(normaliseForSearch('مستشفى الجامعة')).toBe('مستشفي الجامعه')
})

test('tatweel stretching a word is removed', () => {
	expect(normaliseForSearch('كـتـاب')).toBe('كتاب')
	expect(normaliseForSearch('قـــانون')).toBe('قانون')
})

test('Arabic-Indic and Persian digits read as 0-9', () => {
	expect(normaliseForSearch('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789')
	expect(normaliseForSearch('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789')
	expect(normaliseForSearch('المادة ٣')).toBe('الماده 3')
	expect(normaliseForSearch('قانون ۱۹۴۸')).toBe('قانون 1948')
})

test('the Arabic article is dropped from a word, alone or after و, ب or لل, so "ضحايا" finds "الضحايا"', () => {
	expect(indexedWord('الضحايا')).toBe('ضحايا')
	expect(indexedWord('والضحايا')).toBe('ضحايا')
	expect(indexedWord('بالضحايا')).toBe('ضحايا')
	expect(indexedWord('للضحايا')).toBe('ضحايا')
	expect(indexedWord('ضحايا')).toBe('ضحايا')
})

test('the article is only dropped before two letters or more, so short words survive', () => {
	expect(indexedWord('ال')).toBe('ال')
	expect(indexedWord('الي')).toBe('الي')
	expect(indexedWord('وال')).toBe('وال')
	expect(indexedWord('لل')).toBe('لل')
	expect(indexedWord('للي')).toBe('للي')
	expect(indexedWord('الام')).toBe('ام')
	// Latin words that happen to start with "al" are left alone.
	expect(indexedWord('algebra')).toBe('algebra')
})

test('indexed text folds the whole passage and strips the article from each word', () => {
	expect(searchText('الْمَحْكَمَة والقضاة')).toBe('محكمه قضاه')
	expect(searchText('Les Droits de l’Homme')).toBe('les droits de l’homme')
	expect(searchText('بالمستشفى ٣')).toBe('مستشفي 3')
})

test('every normalised character points back to where it was written', () => {
	const decomposed = normaliseWithOffsets('Éte\u0301')
	expect(decomposed.normalised).toBe('ete')
	expect(decomposed.origins).toEqual([0, 1, 2])

	// Each harakah follows its letter, so letters sit two code units apart.
	const arabic = normaliseWithOffsets('كَتَبَ')
	expect(arabic.normalised).toBe('كتب')
	expect(arabic.origins).toEqual([0, 2, 4])

	const mixed = normaliseWithOffsets('أَحْمَد ١٢')
	expect(mixed.normalised).toBe('احمد 12')
	expect(mixed.origins).toEqual([0, 2, 4, 6, 7, 8, 9])

	// A character that expands maps each of its parts to its own start; an emoji spans two code units.
	const expanded = normaliseWithOffsets('ﬁ🙂x')
	expect(expanded.normalised).toBe('fi🙂x')
	expect(expanded.origins).toEqual([0, 0, 1, 1, 3])

	const stretched = normaliseWithOffsets('كـتـاب')
	expect(stretched.normalised).toBe('كتاب')
	expect(stretched.origins).toEqual([0, 2, 4, 5])
})

test('for any text, offsets are one per normalised character, in order, and land on the character they came from', () => {
	fc.assert(
		fc.property(fc.oneof(oddText, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
			const { normalised, origins } = normaliseWithOffsets(text)
			expect(normalised).toBe(normaliseForSearch(text))
			expect(origins).toHaveLength(normalised.length)
			const misplaced = origins.findIndex(
				(origin, i) =>
					origin < (origins[i - 1] ?? 0) ||
					origin >= text.length ||
					!normaliseForSearch(String.fromCodePoint(text.codePointAt(origin)!)).includes(normalised[i]!),
			)
			expect(misplaced).toBe(-1)
		}),
		{ numRuns: 200 },
	)
})
