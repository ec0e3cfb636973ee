import fc from 'fast-check'
import { expect, test } from 'vitest'
import { oddText } from '#test/odd-input.ts'
import { type Segment, highlight, highlightHtml, snippet } from './highlight.ts'
import { searchTerms } from './query.ts'

const marked = (segments: Segment[]) => segments.filter((segment) => segment.match).map((segment) => segment.text)
const joined = (segments: Segment[]) => segments.map((segment) => segment.text).join('')

test('whole words starting with a term are marked, not words that merely contain it', () => {
	const text = 'Human Rights, rightsholders and unrightful acts; copyright.'
	const segments = highlight(text, searchTerms('right'))
	expect(marked(segments)).toEqual(['Rights', 'rightsholders'])
	expect(joined(segments)).toBe(text)
})

test('case and accents do not matter, and the words keep their accents as written', () => {
	const text = 'Les DÉTENUS et le détenteur; Niño, Über, garçon.'
	expect(marked(highlight(text, searchTerms('detenu')))).toEqual(['DÉTENUS'])
	expect(marked(highlight(text, searchTerms('DETEN')))).toEqual(['DÉTENUS', 'détenteur'])
	expect(marked(highlight(text, searchTerms('nino uber GARCON')))).toEqual(['Niño', 'Über', 'garçon'])
	expect(joined(highlight(text, searchTerms('deten nino')))).toBe(text)
})

test('Arabic words are marked whatever their harakat, hamza or article, and keep them as written', () => {
	const text = 'حُقُوق الأَطفال للأطفال المُحتجزين في المادة ٣'
	expect(marked(highlight(text, searchTerms('أطفال')))).toEqual(['الأَطفال', 'للأطفال'])
	expect(marked(highlight(text, searchTerms('الاطفال')))).toEqual(['الأَطفال', 'للأطفال'])
	expect(marked(highlight(text, searchTerms('حقوق')))).toEqual(['حُقُوق'])
	expect(marked(highlight(text, searchTerms('محتجز')))).toEqual(['المُحتجزين'])
	expect(marked(highlight(text, searchTerms('3')))).toEqual(['٣'])
	expect(joined(highlight(text, searchTerms('أطفال حقوق')))).toBe(text)
})

test('without terms nothing is marked', () => {
	expect(highlight('Human rights', [])).toEqual([{ text: 'Human rights', match: false }])
	expect(highlight('', searchTerms('rights'))).toEqual([])
})

test('for any text and query, the segments put together give back the text exactly', () => {
	fc.assert(
		fc.property(
			fc.oneof(
				oddText,
				fc.string({ unit: 'grapheme' }),
				fc.constantFrom('Éte\u0301 été ÉTÉ', 'اَلْحُدُود الأطفال ٣', 'ﬁn ½ 🙂 x'),
			),
			fc.oneof(oddText, fc.constantFrom('ete', 'حدود', 'fin 1 2', 'x')),
			(text, query) => {
				const segments = highlight(text, searchTerms(query))
				expect(joined(segments)).toBe(text)
			},
		),
		{ numRuns: 200 },
	)
})

const longText = `${'Opening words of the record. '.repeat(12)}The tribunal heard the detainees in camera. ${'Closing remarks follow. '.repeat(20)}`

test('a snippet is cut around the first match, with ellipses, at word boundaries', () => {
	const segments = snippet(longText, searchTerms('tribunal'))
	expect(segments[0]).toEqual({ text: '… ', match: false })
	expect(segments.at(-1)).toEqual({ text: ' …', match: false })
	expect(marked(segments)).toEqual(['tribunal'])
	const passage = joined(segments.slice(1, -1))
	const from = longText.indexOf(passage)
	expect(from).toBeGreaterThan(0)
	expect(longText[from - 1]).toBe(' ')
	expect(longText[from + passage.length]).toBe(' ')
	expect(passage.length).toBeLessThanOrEqual(220)
	expect(passage).toContain('The tribunal heard the detainees')
})

test('a snippet keeps its length and always shows the match near its start', () => {
	const segments = snippet(longText, searchTerms('detainees'), 80)
	const passage = joined(segments.slice(1, -1))
	expect(passage.length).toBeLessThanOrEqual(80)
	expect(marked(segments)).toEqual(['detainees'])
	expect(passage.indexOf('detainees')).toBeLessThan(40)
})

test('a snippet starts at the text itself when the match is near the start or nothing matches', () => {
	const early = snippet(`The tribunal ${'sat for many days. '.repeat(30)}`, searchTerms('tribunal'))
	expect(early[0]).toEqual({ text: 'The ', match: false })
	expect(early[1]).toEqual({ text: 'tribunal', match: true })
	expect(early.at(-1)).toEqual({ text: ' …', match: false })

	const none = snippet(longText, searchTerms('absent'))
	expect(marked(none)).toEqual([])
	expect(none[0]!.text.startsWith('Opening words')).toBe(true)
	expect(none.at(-1)).toEqual({ text: ' …', match: false })

	expect(snippet('A short summary.', searchTerms('summary'))).toEqual([
		{ text: 'A short ', match: false },
		{ text: 'summary', match: true },
		{ text: '.', match: false },
	])
})

test('HTML is marked between tags only, never inside an attribute', () => {
	expect(highlightHtml('<a href="/victim">victim</a>', searchTerms('victim'))).toBe(
		'<a href="/victim"><mark>victim</mark></a>',
	)
	expect(
		highlightHtml(
			'<p title="Victims" class="victim"><img alt="victim" src="/victim.png">A victim.</p>',
			searchTerms('victim'),
		),
	).toBe('<p title="Victims" class="victim"><img alt="victim" src="/victim.png">A <mark>victim</mark>.</p>')
	expect(highlightHtml('<p>Les détenus</p>', searchTerms('detenu'))).toBe('<p>Les <mark>détenus</mark></p>')
	expect(highlightHtml('<p>victim</p>', [])).toBe('<p>victim</p>')
})

test('escaped text stays escaped: < and & are re-escaped and an escaped script never becomes a tag', () => {
	expect(highlightHtml('<p>Tom &amp; Jerry &lt;victims&gt; "quoted"</p>', searchTerms('victim'))).toBe(
		'<p>Tom &amp; Jerry &lt;<mark>victims</mark>&gt; &quot;quoted&quot;</p>',
	)
	const script = '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'
	const result = highlightHtml(script, searchTerms('script alert'))
	expect(result).toBe('<p>&lt;<mark>script</mark>&gt;<mark>alert</mark>(1)&lt;/<mark>script</mark>&gt;</p>')
	expect(result).not.toMatch(/<script/i)
})

test('searching for an entity name such as "amp" or "lt" never breaks an entity', () => {
	const html = '<p>a &lt; b &amp; c &quot;d&quot; &gt; e</p>'
	expect(highlightHtml(html, searchTerms('amp lt quot gt'))).toBe(html)
})

const escapeText = (text: string) =>
	text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#x27;')
const unescapeText = (html: string) =>
	html
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#x27;/g, "'")
		.replace(/&amp;/g, '&')

test('for any escaped text, marking adds only <mark> tags and the text reads the same', () => {
	fc.assert(
		fc.property(
			fc.oneof(oddText, fc.string({ unit: 'grapheme' })),
			fc.oneof(oddText, fc.constantFrom('script', 'lt amp', 'alert')),
			(text, query) => {
				const html = `<p class="x">${escapeText(text)}</p>`
				const result = highlightHtml(html, searchTerms(query))
				const withoutMarks = result.replace(/<\/?mark>/g, '')
				expect(withoutMarks.startsWith('<p class="x">')).toBe(true)
				expect(withoutMarks.endsWith('</p>')).toBe(true)
				const body = withoutMarks.slice('<p class="x">'.length, -'</p>'.length)
				expect(body).not.toMatch(/[<>]/)
				expect(unescapeText(body)).toBe(text)
			},
		),
		{ numRuns: 200 },
	)
})

test('an accent or Arabic vowel mark after the last letter is marked with its word', () => {
	expect(highlight('Éte\u0301', ['ete'])).toEqual([{ text: 'Éte\u0301', match: true }])
	expect(highlight('حقوقُ الأطفالِ', searchTerms('أطفال')).filter((segment) => segment.match)).toEqual([
		{ text: 'الأطفالِ', match: true },
	])
})

test('a snippet around a match in a long unbroken run still shows the match, and no mark is empty', () => {
	const text = `See https://example.org/${'archive/'.repeat(12)}tribunal-decision.pdf for the full record of the hearing.`
	expect(snippet(text, ['tribunal']).some((segment) => segment.match && segment.text.startsWith('tribunal'))).toBe(true)
	expect(highlight('½', ['1', '2']).every((segment) => segment.text !== '')).toBe(true)
})
