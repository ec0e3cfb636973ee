import { expect, test } from 'vitest'
import { pickText, textIn } from './language-fallback.ts'

const texts = [
	{ language: 'en', title: 'Kitchen skills' },
	{ language: 'ar', title: 'مهارات المطبخ' },
]

test('a reader gets their own language, or the source language marked as a fallback', () => {
	expect(pickText(texts, 'ar', 'en')).toEqual({ text: texts[1], language: 'ar', fallback: false })
	expect(pickText(texts, 'fr', 'en')).toEqual({ text: texts[0], language: 'en', fallback: true })
	expect(pickText([], 'fr', 'en')).toBeNull()
})

test('without the source text, English comes before any other language, then whatever there is', () => {
	const byLanguage = { es: { title: 'Cocina' }, en: { title: 'Kitchen' } }
	expect(pickText(byLanguage, 'fr', 'ar')).toEqual({ text: byLanguage.en, language: 'en', fallback: true })
	expect(pickText({ es: { title: 'Cocina' } }, 'fr', 'ar')).toEqual({
		text: { title: 'Cocina' },
		language: 'es',
		fallback: true,
	})
	expect(pickText({ fr: undefined, es: { title: 'Cocina' } }, 'fr', 'es')).toMatchObject({
		language: 'es',
		fallback: true,
	})
})

test('texts keyed by language follow the same order, and content that must have a text says when it has none', () => {
	const course = { fr: { title: 'Les signes' }, ar: { title: 'العلامات' } }
	expect(textIn(course, 'ar', 'fr')).toEqual({ text: course.ar, language: 'ar', fallback: false })
	expect(textIn(course, 'es', 'fr')).toEqual({ text: course.fr, language: 'fr', fallback: true })
	expect(() => textIn({}, 'es', 'fr')).toThrow()
})
