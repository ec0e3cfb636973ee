import fc from 'fast-check'
import { expect, test } from 'vitest'
import { canonicalSurvivorPath, isSurvivorPath } from './survivor-safety.ts'

test('survivor areas are recognised in every language, and nothing else is', () => {
	expect(isSurvivorPath('/ar/browse-safely')).toBe(true)
	expect(isSurvivorPath('/fr/programmes/cuisine')).toBe(true)
	expect(isSurvivorPath('/es/support')).toBe(true)
	expect(isSurvivorPath('/en/settings')).toBe(false)
	expect(isSurvivorPath('/xx/programmes')).toBe(false)
	expect(isSurvivorPath('/browse-safely')).toBe(false)
})

test('every spelling Remix would route to a survivor page is one, and names its one canonical path', () => {
	const spellings = {
		'/en/Programmes/kitchen-skills': '/en/programmes/kitchen-skills',
		'/en/%70rogrammes/kitchen-skills': '/en/programmes/kitchen-skills',
		'/en/programme%73': '/en/programmes',
		'/en/Support': '/en/support',
		'/en/Browse-Safely': '/en/browse-safely',
		'/EN/programmes': '/en/programmes',
		'/ar/programmes/': '/ar/programmes',
		'/fr//programmes//cuisine/': '/fr/programmes/cuisine',
		'//es/support': '/es/support',
		'/en/x/../programmes': '/en/programmes',
		'/en/%2e/support': '/en/support',
		'/en\\browse-safely': '/en/browse-safely',
		'/en/programmes%2Fcuisine%2FSENT': '/en/programmes/cuisine/sent',
		'/en/programmes/%E0%A4%A': '/en/programmes/%25e0%25a4%25a',
	}
	for (const [spelling, canonical] of Object.entries(spellings)) {
		expect(canonicalSurvivorPath(spelling), spelling).toBe(canonical)
		expect(canonicalSurvivorPath(canonical), canonical).toBe(canonical)
	}
	expect(canonicalSurvivorPath('/en/settings')).toBeNull()
	expect(canonicalSurvivorPath('/en/courses/programmes')).toBeNull()
	expect(canonicalSurvivorPath('/english/programmes')).toBeNull()
})

test('a canonical survivor path is its own canonical path, whatever the spelling it came from', () => {
	const segment = fc.oneof(
		fc.constantFrom('programmes', 'PROGRAMMES', 'support', 'browse-safely', 'en', 'Ar', '%2e', '..', '.', '%2F', ''),
		fc.string({ unit: 'grapheme', maxLength: 8 }),
		fc.string({ unit: fc.constantFrom('%', '2', 'e', 'E', 'f', '/', '\\', '.', 'a', 'İ', 'ß'), maxLength: 8 }),
	)
	let survivorPaths = 0
	fc.assert(
		fc.property(
			fc.constantFrom('/en/programmes', '/AR//Support/', '/fr/%62rowse-safely', '/es\\programmes', ''),
			fc.array(segment, { maxLength: 6 }),
			(start, segments) => {
				const canonical = canonicalSurvivorPath(`${start}/${segments.join('/')}`)
				if (canonical === null) return
				survivorPaths += 1
				expect(canonicalSurvivorPath(canonical)).toBe(canonical)
			},
		),
		{ numRuns: 2000 },
	)
	// Most runs start on a survivor page; a `..` in the rest may lead off it, as it would in a browser.
	expect(survivorPaths).toBeGreaterThan(1000)
})
