import { expect, test } from 'vitest'
import { resources } from '#app/locales/index.ts'
import { createI18n } from './i18n.ts'

const arabic = createI18n('ar', resources.ar)
const english = createI18n('en', resources.en)

test('Arabic counts hours with its own plural forms: one, two, a few (3 to 10), many (11 to 99), and more', () => {
	const hours = (count: number) => arabic.t('courses:facts.hours', { count })
	expect(hours(1)).toBe('نحو ساعة واحدة')
	expect(hours(2)).toBe('نحو ساعتين')
	expect(hours(4)).toBe('نحو 4 ساعات')
	expect(hours(10)).toBe('نحو 10 ساعات')
	expect(hours(11)).toBe('نحو 11 ساعة')
	expect(hours(100)).toBe('نحو 100 ساعة')
})

test('English says hour or hours', () => {
	expect(english.t('courses:facts.hours', { count: 1 })).toBe('About 1 hour')
	expect(english.t('courses:facts.hours', { count: 4 })).toBe('About 4 hours')
})

test('the filters control names how many are chosen, with no number when none is', () => {
	expect(english.t('common:filterPanel.summary', { count: 0 })).toBe('Filters')
	expect(english.t('common:filterPanel.summary', { count: 2 })).toBe('Filters (2 chosen)')
	expect(arabic.t('common:filterPanel.summary', { count: 4 })).toBe('عوامل التصفية (4 عوامل مختارة)')
	expect(arabic.t('common:filterPanel.summary', { count: 2 })).toBe('عوامل التصفية (عاملان مختاران)')
})
