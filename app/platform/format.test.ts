import { expect, test } from 'vitest'
import { formatList, listPattern } from './format.ts'

test('lists read as each language writes them: no Latin comma in Arabic', () => {
	expect(formatList(['Police', 'Guardia Civil', 'Sûreté'], 'en')).toBe('Police, Guardia Civil and Sûreté')
	expect(formatList(['Police', 'Guardia Civil', 'Sûreté'], 'fr')).toBe('Police, Guardia Civil et Sûreté')
	expect(formatList(['Police', 'Guardia Civil'], 'es')).toBe('Police y Guardia Civil')
	const arabic = formatList(['الشرطة', 'الحرس المدني', 'الأمن الوطني'], 'ar')
	expect(arabic).not.toContain(',')
	expect(arabic).toContain(' و')
	expect(formatList(['الشرطة'], 'ar')).toBe('الشرطة')
})

test('the same list as pieces keeps every item once, in order, between the words of the language', () => {
	expect(listPattern(3, 'en')).toEqual([0, ', ', 1, ' and ', 2])
	expect(listPattern(1, 'ar')).toEqual([0])
	expect(listPattern(0, 'fr')).toEqual([])
	for (const language of ['en', 'fr', 'es', 'ar'] as const) {
		const pieces = listPattern(4, language)
		expect(pieces.filter((piece) => typeof piece === 'number')).toEqual([0, 1, 2, 3])
		// Joined back with the items, the pieces are exactly the formatted list.
		const items = ['a', 'b', 'c', 'd']
		expect(pieces.map((piece) => (typeof piece === 'number' ? items[piece] : piece)).join('')).toBe(
			formatList(items, language),
		)
	}
	expect(listPattern(3, 'ar').join('')).not.toContain(',')
})
