import { expect, test } from 'vitest'
import { safeRedirectPath } from './routing.server.ts'

const fallback = '/en'

// Each of these would take a browser to another site, or break the redirect header, if it were followed.
const hostile = [
	'/\t/evil.example',
	'/%09/evil.example',
	'/\n/evil.example',
	'/%0a/evil.example',
	'/%0D%0A/evil.example',
	'/en\r\nSet-Cookie: planted=1',
	'\r\n',
	'/\u0000/evil.example',
	'/\u007f/evil.example',
	'//evil.example',
	'///evil.example',
	'/\\evil.example',
	'/%5Cevil.example',
	'/%5c%5cevil.example',
	'\\\\evil.example',
	'/%2F%2Fevil.example',
	'/%2f/evil.example',
	'/%252F%252Fevil.example',
	'https://evil.example',
	'HTTPS://evil.example/en',
	'//evil.example/en/settings',
	'javascript:alert(1)',
	'JaVaScRiPt:alert(1)',
	'/javascript:alert(1)//%0a',
	'data:text/html,<script>alert(1)</script>',
	' /en',
	'en/settings',
	'%2Fen',
	'/%E0%A4%A',
	'',
]

test.each(hostile)('%j is refused and the default is used', (target) => {
	expect(safeRedirectPath(target, fallback)).toBe(fallback)
})

test.each([
	['/en/settings', '/en/settings'],
	['/fr/courses/human-trafficking-basics?tab=modules', '/fr/courses/human-trafficking-basics?tab=modules'],
	['/en/library?q=%C3%A9t%C3%A9&page=2', '/en/library?q=%C3%A9t%C3%A9&page=2'],
	['/ar/settings#two-factor', '/ar/settings#two-factor'],
])('a path on this site, %j, is kept', (target, expected) => {
	expect(safeRedirectPath(target, fallback)).toBe(expected)
})

test('anything but a string is refused', () => {
	expect(safeRedirectPath(null, fallback)).toBe(fallback)
	expect(safeRedirectPath(undefined, fallback)).toBe(fallback)
})
