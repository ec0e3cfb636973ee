import { expect, test } from 'vitest'
import { isSurvivorPath } from './survivor-safety.ts'

test('survivor areas are recognised in every language, and nothing else is', () => {
	expect(isSurvivorPath('/ar/browse-safely')).toBe(true)
	expect(isSurvivorPath('/fr/programmes/cuisine')).toBe(true)
	expect(isSurvivorPath('/es/support')).toBe(true)
	expect(isSurvivorPath('/en/settings')).toBe(false)
	expect(isSurvivorPath('/xx/programmes')).toBe(false)
	expect(isSurvivorPath('/browse-safely')).toBe(false)
})
