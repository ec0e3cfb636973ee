import { parseFeed } from '@rowanmanning/feed-parser'
import { expect, test } from 'vitest'
import { type AtomEntry, type AtomFeed, atomXml, xmlText } from './atom.ts'

const entry = (overrides: Partial<AtomEntry> = {}): AtomEntry => ({
	id: 'urn:uuid:6f1c2a9e-52a4-4d8e-9a51-1b1f2d3c4e5f',
	title: 'Border guards and NGOs train together',
	link: 'https://atlas.example/en/news/border-guards-train',
	published: new Date('2030-05-01T08:00:00Z'),
	updated: new Date('2030-05-01T08:00:00Z'),
	summary: 'Forty officers in one week.',
	contentHtml: '<p>Forty officers <em>in one week</em>.</p>',
	authorName: 'Sample Safe Passage NGO',
	category: 'news',
	...overrides,
})

const feed = (entries: AtomEntry[]): AtomFeed => ({
	id: 'https://atlas.example/en/news',
	title: 'Atlas news',
	language: 'en',
	selfLink: 'https://atlas.example/en/news.atom',
	alternateLink: 'https://atlas.example/en/news',
	authorName: 'Atlas',
	entries,
})

test('the feed reads back with an independent parser: ids, titles, links, dates, author and category', () => {
	const later = entry({
		id: 'urn:uuid:0b7e1c4f-2d61-4c55-8f0e-3a7e9d2b1c6a',
		title: 'A second story',
		link: 'https://atlas.example/en/news/second',
		published: new Date('2030-05-03T08:00:00Z'),
		updated: new Date('2030-05-03T09:00:00Z'),
		category: 'success-story',
	})
	const xml = atomXml(feed([later, entry()]))
	expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true)
	const parsed = parseFeed(xml)
	expect(parsed.meta.type).toBe('atom')
	expect(parsed.title).toBe('Atlas news')
	expect(parsed.updated?.toISOString()).toBe('2030-05-03T09:00:00.000Z')
	expect(parsed.self).toBe('https://atlas.example/en/news.atom')
	expect(parsed.url).toBe('https://atlas.example/en/news')
	expect(parsed.language).toBe('en')
	expect(parsed.items.map((item) => [item.id, item.title, item.url, item.published?.toISOString()])).toEqual([
		[later.id, 'A second story', later.link, '2030-05-03T08:00:00.000Z'],
		[entry().id, entry().title, entry().link, '2030-05-01T08:00:00.000Z'],
	])
	expect(parsed.items[1]!.content).toBe('<p>Forty officers <em>in one week</em>.</p>')
	expect(parsed.items[0]!.authors.map((author) => author.name)).toEqual(['Sample Safe Passage NGO'])
	expect(parsed.items[0]!.categories.map((category) => category.term)).toEqual(['success-story'])
})

test('an empty feed is still a valid feed, updated at a fixed instant', () => {
	const xml = atomXml(feed([]))
	expect(xml).toContain('<updated>1970-01-01T00:00:00.000Z</updated>')
	expect(parseFeed(xml).items).toEqual([])
})

test('markup and characters XML does not allow are escaped or dropped, never written raw', () => {
	const hostile = entry({
		title: 'Tom & Jerry </title><script>alert(1)</script>\u0000\u0008\uD800\uFFFE',
		summary: '"quoted" \'single\' ]]> <b>',
		authorName: 'Sample <NGO> & "partners"',
		link: 'https://atlas.example/en/news/a"b',
	})
	const xml = atomXml(feed([hostile]))
	expect(xml).not.toMatch(/[\u0000-\u0008\uD800\uFFFE]/)
	expect(xml).not.toContain('<script>')
	expect(xml).toContain('href="https://atlas.example/en/news/a&quot;b"')
	const [item] = parseFeed(xml).items
	expect(item!.title).toBe('Tom & Jerry </title><script>alert(1)</script>')
	expect(item!.authors[0]!.name).toBe('Sample <NGO> & "partners"')
})

test('text keeps letters from every script and emoji', () => {
	expect(xmlText('قصة نجاح 🙂 é')).toBe('قصة نجاح 🙂 é')
	expect(xmlText('a\u0001b\tc')).toBe('ab\tc')
})
