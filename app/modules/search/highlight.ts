import { type SearchHit } from './contract.ts'
import { indexedWord, normaliseWithOffsets, wordPattern } from './normalise.ts'

export type Segment = { text: string; match: boolean }

/** The spans of `text` (as written) whose words start with one of the terms. */
function matchedSpans(text: string, terms: string[]) {
	const { normalised, origins } = normaliseWithOffsets(text)
	const spans: [number, number][] = []
	for (const word of normalised.matchAll(wordPattern)) {
		const stem = indexedWord(word[0])
		if (!terms.some((term) => stem.startsWith(term) || word[0].startsWith(term))) continue
		const start = origins[word.index]!
		const last = origins[word.index + word[0].length - 1]!
		let end = last + String.fromCodePoint(text.codePointAt(last)!).length
		// Accents and Arabic vowel marks written after the last letter belong to the word.
		while (end < text.length && /\p{M}/u.test(String.fromCodePoint(text.codePointAt(end)!)))
			end += String.fromCodePoint(text.codePointAt(end)!).length
		spans.push([start, end])
	}
	return spans
}

function toSegments(text: string, spans: [number, number][], from = 0, to = text.length): Segment[] {
	const segments: Segment[] = []
	let cursor = from
	for (const [start, end] of spans) {
		if (end <= from || start >= to) continue
		if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false })
		const marked = text.slice(Math.max(start, cursor), Math.min(end, to))
		if (marked) segments.push({ text: marked, match: true })
		cursor = Math.max(cursor, Math.min(end, to))
	}
	if (cursor < to) segments.push({ text: text.slice(cursor, to), match: false })
	return segments
}

/** The whole text with matched words marked. */
export function highlight(text: string, terms: string[]): Segment[] {
	if (!terms.length) return [{ text, match: false }]
	return toSegments(text, matchedSpans(text, terms))
}

/**
 * A short passage around the first matched word, cut at word boundaries, with the
 * matches marked; the text's start when nothing matches.
 */
export function snippet(text: string, terms: string[], length = 220): Segment[] {
	const spans = terms.length ? matchedSpans(text, terms) : []
	const first = spans[0]?.[0] ?? 0
	let from = Math.max(0, first - Math.floor(length / 3))
	let to = Math.min(text.length, from + length)
	// Start at a word, but never after the match the passage is for.
	const space = text.indexOf(' ', from)
	if (from > 0 && space >= 0 && space < first) from = space + 1
	if (to < text.length) to = text.lastIndexOf(' ', to) > from ? text.lastIndexOf(' ', to) : to
	const segments = toSegments(text, spans, from, to)
	if (from > 0) segments.unshift({ text: '… ', match: false })
	if (to < text.length) segments.push({ text: ' …', match: false })
	return segments
}

/** A hit as a results page shows it: the body gives way to a marked snippet, from the summary when it matches. */
export function presentHit({ body, ...hit }: SearchHit, terms: string[]) {
	const summaryMatches = highlight(hit.summary, terms).some((segment) => segment.match)
	return {
		...hit,
		titleSegments: highlight(hit.title, terms),
		snippet: snippet(summaryMatches || !terms.length ? hit.summary : body, terms),
	}
}

export type PresentedHit = ReturnType<typeof presentHit>

/** Marks matched words inside server-rendered HTML, touching text between tags only. */
export function highlightHtml(html: string, terms: string[]) {
	if (!terms.length) return html
	return html
		.split(/(<[^>]*>)/)
		.map((part) => {
			if (part.startsWith('<')) return part
			const text = decodeEntities(part)
			return highlight(text, terms)
				.map((segment) =>
					segment.match ? `<mark>${encodeEntities(segment.text)}</mark>` : encodeEntities(segment.text),
				)
				.join('')
		})
		.join('')
}

const entities: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#x27;': "'",
	'&#39;': "'",
	'&nbsp;': '\u00a0',
}

function decodeEntities(text: string) {
	return text.replace(/&(?:amp|lt|gt|quot|nbsp|#x27|#39);/g, (entity) => entities[entity]!)
}

function encodeEntities(text: string) {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
