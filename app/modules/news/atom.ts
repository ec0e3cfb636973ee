// Writes the news feed in Atom (RFC 4287). Titles, summaries and bodies come from writers, so every text and
// attribute is escaped, and characters XML 1.0 does not allow at all (controls, lone surrogates) are dropped:
// one stray byte would make the whole feed unreadable to every subscriber.

export type AtomEntry = {
	/** Stable per story (`urn:uuid:…`), so readers update an entry instead of showing it twice. */
	id: string
	title: string
	/** Absolute address of the story's page. */
	link: string
	published: Date
	updated: Date
	summary: string
	/** The body already rendered to safe HTML; it travels escaped, as `type="html"` says. */
	contentHtml: string
	authorName: string
	category: string
}

export type AtomFeed = {
	/** A stable absolute URI for this language's feed. */
	id: string
	title: string
	/** The feed's language, written as `xml:lang` and as `hreflang` on its links. */
	language: string
	selfLink: string
	alternateLink: string
	authorName: string
	entries: AtomEntry[]
}

/** What `updated` says of a feed with no entry: a fixed instant, so an empty feed does not look new on every read. */
export const emptyFeedUpdated = new Date(0)

const notInXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/** Text safe inside an element or a quoted attribute. */
export function xmlText(value: string) {
	return value.replace(notInXml, '').replace(/[&<>"']/g, (character) => entities[character] ?? '')
}

function date(value: Date) {
	if (Number.isNaN(value.getTime())) throw new RangeError('Invalid date in Atom feed')
	return value.toISOString()
}

function element(name: string, text: string, attributes = '') {
	return `<${name}${attributes}>${xmlText(text)}</${name}>`
}

function link(rel: string, href: string, extra: string) {
	return `<link rel="${rel}" href="${xmlText(href)}"${extra}/>`
}

function entryXml(entry: AtomEntry, language: string) {
	const hreflang = ` type="text/html" hreflang="${xmlText(language)}"`
	return [
		'<entry>',
		element('id', entry.id),
		element('title', entry.title, ' type="text"'),
		link('alternate', entry.link, hreflang),
		element('published', date(entry.published)),
		element('updated', date(entry.updated)),
		`<author>${element('name', entry.authorName)}</author>`,
		`<category term="${xmlText(entry.category)}"/>`,
		element('summary', entry.summary, ' type="text"'),
		element('content', entry.contentHtml, ' type="html"'),
		'</entry>',
	].join('\n')
}

/** The whole feed; `updated` is its newest entry's, so it changes exactly when the entries do. */
export function atomXml(feed: AtomFeed) {
	const language = xmlText(feed.language)
	const updated = feed.entries.reduce(
		(latest, entry) => (entry.updated > latest ? entry.updated : latest),
		emptyFeedUpdated,
	)
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">`,
		element('id', feed.id),
		element('title', feed.title, ' type="text"'),
		element('updated', date(updated)),
		link('self', feed.selfLink, ` type="application/atom+xml" hreflang="${language}"`),
		link('alternate', feed.alternateLink, ` type="text/html" hreflang="${language}"`),
		`<author>${element('name', feed.authorName)}</author>`,
		...feed.entries.map((entry) => entryXml(entry, feed.language)),
		'</feed>',
		'',
	].join('\n')
}
