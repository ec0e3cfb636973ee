import { expect, test } from 'vitest'
import { plainTextOf, postLimits, postLinks, quoteForReply, renderPostMarkdown } from './markdown.ts'

const allowedTags = new Set(['p', 'br', 'em', 'strong', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'hr'])
const headingTags = new Set(['h3', 'h4', 'h5', 'h6'])
const allowedAttributes: Record<string, string[]> = { a: ['href', 'rel', 'title'], ol: ['start'], code: ['class'] }

/**
 * What a browser would make of the output: every `<` must open one of the tags the writer knows, with only its
 * attributes, quoted; links go only to web pages, mail addresses or this site, and all carry rel="nofollow ugc".
 */
function problemsIn(html: string): string[] {
	const problems: string[] = []
	if (/<script/i.test(html)) problems.push('script tag')
	const tag = /^<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+="[^"<>]*")*)\s*>/
	for (let index = html.indexOf('<'); index !== -1; index = html.indexOf('<', index + 1)) {
		const match = tag.exec(html.slice(index))
		if (!match) {
			problems.push(`stray < at ${html.slice(index, index + 30)}`)
			continue
		}
		const [, closing, name = '', attributes = ''] = match
		if (name !== 'a' && !allowedTags.has(name) && !headingTags.has(name)) problems.push(`tag ${name}`)
		const pairs = [...attributes.matchAll(/([a-z-]+)="([^"]*)"/g)]
		if (closing && pairs.length > 0) problems.push(`attributes on </${name}>`)
		for (const [, attribute = '', value = ''] of pairs) {
			if (/^on/i.test(attribute) || !allowedAttributes[name]?.includes(attribute)) {
				problems.push(`attribute ${attribute} on ${name}`)
			}
			if (attribute === 'href' && !/^(?:https?:|mailto:|\/(?![/\\]))/i.test(value)) problems.push(`href ${value}`)
		}
		if (name === 'a' && !closing && !pairs.some(([, a, v]) => a === 'rel' && v === 'nofollow ugc')) {
			problems.push('link without rel="nofollow ugc"')
		}
	}
	return problems
}

const hostile = [
	'<script>alert(1)</script>',
	'<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
	'<scr<script>ipt>alert(1)</scr</script>ipt>',
	'<img src=x onerror=alert(1)>',
	'text <img src=x onerror="alert(1)"> inline',
	'<a href="javascript:alert(1)">x</a>',
	'<svg/onload=alert(1)>',
	'<iframe src="https://evil.example"></iframe>',
	'<style>body{display:none}</style>',
	'<!-- <script>alert(1)</script> -->',
	'<!--\n<img src=x onerror=alert(1)>\n-->',
	'[x](javascript:alert(1))',
	'[x](JaVaScRiPt:alert(1))',
	'[x](  javascript:alert(1))',
	'[x]( javascript:alert(1) )',
	'[x](&#106;avascript:alert(1))',
	'[x](&#x6A;avascript:alert(1))',
	'[x](&#0000106;avascript:alert(1))',
	'[x](java&#x09;script:alert(1))',
	'[x](jav&#x0A;ascript:alert(1))',
	'[x](&#x20;javascript:alert(1))',
	'[x](\u200bjavascript:alert(1))',
	'[x](%6Aavascript:alert(1))',
	'[x](<javascript:alert(1)>)',
	'[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
	'[x](DATA:text/html,<script>alert(1)</script>)',
	'[x](vbscript:msgbox(1))',
	'[x](VBScript:msgbox(1))',
	'[x](file:///etc/passwd)',
	'[x](//evil.example)',
	'[x](/\\evil.example)',
	'[x](&#47;/evil.example)',
	'<javascript:alert(1)>',
	'<JAVASCRIPT:alert(1)>',
	'<data:text/html,x>',
	'<vbscript:x>',
	'[x][evil]\n\n[evil]: javascript:alert(1)',
	'[evil]\n\n[evil]: <data:text/html,x>',
	'[Evil][]\n\n[evil]: vbscript:x "t"',
	'![x](javascript:alert(1))',
	'![x" onerror="alert(1)](https://img.example/x.png)',
	'[![img](x)](javascript:alert(1))',
	'[x](https://ok.example "title\\" onmouseover=\\"alert(1)")',
	'[x](https://ok.example/"onmouseover="alert(1))',
	"[x](https://ok.example/'onmouseover='alert(1))",
	'> > > <script>alert(1)</script>',
	'> [x](javascript:alert(1))\n> > <img src=x onerror=alert(1)>',
	'- <b onclick=alert(1)>x</b>\n  - [y](vbscript:x)',
	'```html\n<script>alert(1)</script>\n```',
	'```"><script>alert(1)</script>\ncode\n```',
	'``` onmouseover=alert(1)\ncode\n```',
	'`<script>`',
	'[unterminated](javascript:alert(1)',
	'<script',
	'<a href="x',
	'[x](https://ok.example',
	'**[x](javascript:alert(1))**',
	'*<script>*alert(1)*</script>*',
	'# <script>alert(1)</script>',
	'Setext <img src=x onerror=alert(1)>\n===',
	'1. <details open ontoggle=alert(1)>',
	'&lt;script&gt;alert(1)&lt;/script&gt;',
	'&#60;script&#62;alert(1)&#60;/script&#62;',
	'\\<script>alert(1)\\</script>',
	'<div>\n\n[x](javascript:alert(1))\n\n</div>',
	'<https://ok.example/"><script>alert(1)</script>>',
	'>'.repeat(postLimits.maxCharacters + 1),
	'- '.repeat(5_000) + '<script>alert(1)</script>',
	'\u0000<script>alert(1)</script>',
]

test('hostile posts come out inert: no script, no event handler, no link but to the web, mail or this site', () => {
	for (const source of hostile) {
		const html = renderPostMarkdown(source)
		expect({ source, problems: problemsIn(html) }).toEqual({ source, problems: [] })
	}
})

test('raw HTML is shown as the text that was typed', () => {
	expect(renderPostMarkdown('<img src=x onerror=alert(1)>')).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>')
	expect(renderPostMarkdown('a <b>bold</b> claim')).toBe('<p>a &lt;b&gt;bold&lt;/b&gt; claim</p>')
	expect(renderPostMarkdown('<!-- hidden -->')).toBe('<p>&lt;!-- hidden --&gt;</p>')
})

test('links to other schemes, however spelt, are left as their text', () => {
	expect(renderPostMarkdown('[click](javascript:alert(1))')).toBe('<p>click</p>')
	expect(renderPostMarkdown('[click](&#106;avascript:alert(1))')).toBe('<p>click</p>')
	expect(renderPostMarkdown('[click](data:text/html,hi)')).toBe('<p>click</p>')
	expect(renderPostMarkdown('[other site](//evil.example)')).toBe('<p>other site</p>')
	expect(renderPostMarkdown('<javascript:alert(1)>')).toBe('<p>javascript:alert(1)</p>')
})

test('links to web pages, mail addresses and this site carry rel="nofollow ugc"', () => {
	expect(renderPostMarkdown('See [the guide](https://example.org/guide?a=1&b=2 "Guide").')).toBe(
		'<p>See <a href="https://example.org/guide?a=1&amp;b=2" rel="nofollow ugc" title="Guide">the guide</a>.</p>',
	)
	expect(renderPostMarkdown('<https://example.org> or <help@example.org>')).toBe(
		'<p><a href="https://example.org" rel="nofollow ugc">https://example.org</a> or ' +
			'<a href="mailto:help@example.org" rel="nofollow ugc">help@example.org</a></p>',
	)
	expect(renderPostMarkdown('[our course](/en/courses/identifying-victims)')).toBe(
		'<p><a href="/en/courses/identifying-victims" rel="nofollow ugc">our course</a></p>',
	)
	expect(renderPostMarkdown('[the report][glotip]\n\n[glotip]: http://example.org/glotip')).toBe(
		'<p><a href="http://example.org/glotip" rel="nofollow ugc">the report</a></p>',
	)
	// Spaces and other characters a browser would drop are encoded, so the link goes where it reads.
	expect(renderPostMarkdown('[a](<https://example.org/a b>)')).toBe(
		'<p><a href="https://example.org/a%20b" rel="nofollow ugc">a</a></p>',
	)
})

test('an ordinary post renders as written, with its headings below the page own', () => {
	const source = [
		'# Screening checklist',
		'',
		'We used *this* at the border, **twice**.',
		'Ask with `open questions`,',
		'one at a time.',
		'',
		'## Steps',
		'',
		'1. Separate',
		'2. Interpret',
		'',
		'- tight',
		'- list',
		'',
		'```',
		'if (a < b) flag()',
		'```',
		'',
		'---',
		'',
		'![diagram of the steps](https://img.example/d.png) follows.',
	].join('\n')
	expect(renderPostMarkdown(source)).toBe(
		[
			'<h3>Screening checklist</h3>',
			'<p>We used <em>this</em> at the border, <strong>twice</strong>.<br>',
			'Ask with <code>open questions</code>,<br>',
			'one at a time.</p>',
			'<h4>Steps</h4>',
			'<ol>\n<li>Separate</li>\n<li>Interpret</li>\n</ol>',
			'<ul>\n<li>tight</li>\n<li>list</li>\n</ul>',
			'<pre><code>if (a &lt; b) flag()</code></pre>',
			'<hr>',
			'<p>diagram of the steps follows.</p>',
		].join('\n'),
	)
	expect(renderPostMarkdown('###### Small')).toBe('<h6>Small</h6>')
	expect(renderPostMarkdown('3. third\n4. fourth')).toBe('<ol start="3">\n<li>third</li>\n<li>fourth</li>\n</ol>')
	expect(renderPostMarkdown('- one\n\n- two')).toBe('<ul>\n<li><p>one</p></li>\n<li><p>two</p></li>\n</ul>')
	expect(renderPostMarkdown('```ts\nconst a = 1\n```')).toBe('<pre><code class="language-ts">const a = 1</code></pre>')
})

test('a quoting reply shows the quote, the older quote inside it, then the reply', () => {
	const reply = quoteForReply('Amina', 'I agree.\n\n> Interview in pairs\n> always.') + 'Thanks both.'
	expect(reply).toBe('> Amina wrote:\n>\n> I agree.\n>\n> > Interview in pairs\n> > always.\n\nThanks both.')
	expect(renderPostMarkdown(reply)).toBe(
		[
			'<blockquote>',
			'<p>Amina wrote:</p>',
			'<p>I agree.</p>',
			'<blockquote>',
			'<p>Interview in pairs<br>',
			'always.</p>',
			'</blockquote>',
			'</blockquote>',
			'<p>Thanks both.</p>',
		].join('\n'),
	)
})

test('a quoted author name stays a name, in the reader own words', () => {
	expect(renderPostMarkdown(quoteForReply('*Jo* <b>', 'hi'))).toBe(
		'<blockquote>\n<p>*Jo* &lt;b&gt; wrote:</p>\n<p>hi</p>\n</blockquote>',
	)
	expect(quoteForReply('Amina', 'مرحبا\r\n', (name) => `كتب ${name}:`)).toBe('> كتب Amina:\n>\n> مرحبا\n\n')
})

test('a source nested past the limits is shown as plain text instead of being parsed', () => {
	const deep = '>'.repeat(postLimits.maxCharacters + 1)
	expect(renderPostMarkdown(deep)).toBe(`<p>${'&gt;'.repeat(postLimits.maxCharacters + 1)}</p>`)
	const wide = `${'- '.repeat(50)}x\n\n<b>`
	expect(renderPostMarkdown(wide)).toBe(`<p>${'- '.repeat(50)}x</p>\n<p>&lt;b&gt;</p>`)
})

test('the links of a post are every address it points to, including ones typed as text', () => {
	const source = [
		'[guide](https://a.example/guide) and <https://b.example>',
		'[ref][r] and www.c.example/page, also https://d.example/x.',
		'[bad](javascript:alert(1)) <e@mail.example>',
		'![image](https://img.example/i.png) `https://in.code`',
		'',
		'[r]: /en/library/protocol',
	].join('\n')
	expect(postLinks(source)).toEqual([
		'https://a.example/guide',
		'https://b.example',
		'/en/library/protocol',
		'www.c.example/page',
		'https://d.example/x',
		'javascript:alert(1)',
		'mailto:e@mail.example',
	])
	expect(postLinks('No links here, just practice talk about Art. 3(a).')).toEqual([])
})

test('the plain text of a post keeps its words and drops its markup', () => {
	const source = '# Title\n\nHello *there* [link](https://x.example) <b>\n\n- one\n- two\n\n> quoted\n\n![alt](x.png)'
	expect(plainTextOf(source)).toBe('Title\n\nHello there link <b>\n\none\ntwo\n\nquoted\n\nalt')
	expect(plainTextOf('[a]: https://x.example\n\n  ')).toBe('')
})
