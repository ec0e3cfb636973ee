import { expect, test } from 'vitest'
import { pickText } from './texts.ts'

const texts = [
	{ language: 'en', title: 'Kitchen skills' },
	{ language: 'ar', title: 'مهارات المطبخ' },
]

test('a reader gets their own language, or the source language marked as a fallback', () => {
	expect(pickText(texts, 'ar', 'en')).toEqual({ text: texts[1], fallback: false })
	expect(pickText(texts, 'fr', 'en')).toEqual({ text: texts[0], fallback: true })
	expect(pickText([], 'fr', 'en')).toBeNull()
})
