import { type Content, type Definition, type Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { isSafeLinkUrl } from '#app/platform/mdx/safe-url.ts'

/**
 * Forum posts are written by many members and read by all the others, so their Markdown is turned into HTML by
 * our own small writer over the parser's tree: every text and attribute is escaped on the way out, raw HTML is shown
 * as the text it is, and a link becomes an anchor only when its target is a web page, a mail address or a path on
 * this site. Nothing the writer does not know how to write can reach the page.
 */

type MarkdownNode = Root | Content
type Definitions = Map<string, Definition>

// Nodes that hold blocks rather than words; HTML among their children is a block of its own.
const containerTypes = new Set(['root', 'blockquote', 'list', 'listItem'])

/**
 * The parser slows down sharply with deep nesting and long runs of emphasis markers (20 000 `>` take five seconds,
 * 5 000 `- ` on one line ten), and posts are rendered on every view, so a source past these is shown as plain text.
 * Real posts stay far below them; the post form should refuse a source longer than `maxCharacters` outright.
 */
export const postLimits = {
	maxCharacters: 20_000,
	containerMarkersPerLine: 10,
	containerMarkers: 400,
	emphasisRunsPerBlock: 200,
}

const containerPrefix = /^[ \t]*(?:(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]*)+/
const containerMarker = />|[-*+]|\d{1,9}[.)]/g

export function isBeyondPostLimits(source: string) {
	if (source.length > postLimits.maxCharacters) return true
	let markers = 0
	let emphasisRuns = 0
	for (const line of source.split(/\r\n|\r|\n/)) {
		// A blank line ends the paragraph, and with it the parser's search for a matching marker.
		emphasisRuns = line.trim() === '' ? 0 : emphasisRuns + (line.match(/\*+|_+/g)?.length ?? 0)
		if (emphasisRuns > postLimits.emphasisRunsPerBlock) return true
		const prefix = containerPrefix.exec(line)?.[0]
		if (!prefix) continue
		const count = prefix.match(containerMarker)?.length ?? 0
		markers += count
		if (count > postLimits.containerMarkersPerLine || markers > postLimits.containerMarkers) return true
	}
	return false
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string) {
	return text.replace(/[&<>"']/g, (char) => entities[char] ?? '')
}

// Kept as typed: URL syntax, and `%` when it already starts an escape. Everything else is percent-encoded, so
// no space, control or invisible character that a browser would drop reaches the attribute.
const urlCharacter = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]/

function encodeHref(url: string) {
	const chars = [...url]
	return chars
		.map((char, index) => {
			if (urlCharacter.test(char)) return char
			const escapeStarts = char === '%' && /^[0-9a-fA-F]{2}$/.test(`${chars[index + 1]}${chars[index + 2]}`)
			return escapeStarts ? char : encodeCharacter(char)
		})
		.join('')
}

function encodeCharacter(char: string) {
	try {
		return encodeURIComponent(char)
	} catch {
		// A lone surrogate cannot be encoded; it stands for a character that is not there.
		return '%EF%BF%BD'
	}
}

/**
 * Where a link may take a reader: web pages, mail addresses and paths on this site. `//host` and `/\host` are other
 * sites to a browser, and any other scheme (`javascript:`, `data:`, `vbscript:`, however spelt) is refused.
 */
export function postLinkHref(url: string): string | null {
	if (!isSafeLinkUrl(url)) return null
	const target = url.trim()
	const href = encodeHref(target)
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase()
	if (scheme) return scheme === 'http' || scheme === 'https' || scheme === 'mailto' ? href : null
	return /^\/(?![/\\])/.test(target) ? href : null
}

function parse(source: string) {
	const tree = fromMarkdown(source)
	const definitions: Definitions = new Map()
	visit(tree, (node) => {
		// The first definition of a label wins, as it does for the parser's own references.
		if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node)
	})
	return { tree, definitions }
}

function visit(node: MarkdownNode, action: (node: MarkdownNode) => void) {
	action(node)
	if ('children' in node) for (const child of node.children) visit(child, action)
}

function targetOf(node: MarkdownNode, definitions: Definitions): string | null {
	if (node.type === 'link') return node.url
	if (node.type === 'linkReference') return definitions.get(node.identifier)?.url ?? null
	return null
}

/** `tight`: inside a list whose items are not separated by blank lines, which shows paragraphs without gaps. */
type Context = { definitions: Definitions; tight: boolean; inline: boolean }

function renderChildren(node: MarkdownNode, context: Context, separator = ''): string {
	if (!('children' in node)) return ''
	const inner = { ...context, inline: !containerTypes.has(node.type) }
	const rendered = (node.children as Content[]).map((child) => render(child, inner))
	return (separator ? rendered.filter((html) => html !== '') : rendered).join(separator)
}

// Members type a new line where they want one, as in an email; the parser calls that a soft break.
const textWithBreaks = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>\n')

function render(node: MarkdownNode, context: Context): string {
	switch (node.type) {
		case 'root':
			return renderChildren(node, { ...context, tight: false }, '\n')
		case 'paragraph': {
			const inline = renderChildren(node, context)
			return context.tight ? inline : `<p>${inline}</p>`
		}
		case 'heading': {
			// A post sits under the page's own h1 and h2, so its headings start at h3.
			const level = Math.min(node.depth + 2, 6)
			return `<h${level}>${renderChildren(node, context)}</h${level}>`
		}
		case 'blockquote':
			return `<blockquote>\n${renderChildren(node, { ...context, tight: false }, '\n')}\n</blockquote>`
		case 'list': {
			const tight = !node.spread && !node.children.some((item) => item.spread)
			const items = node.children.map((item) => `<li>${renderChildren(item, { ...context, tight }, '\n')}</li>`)
			const start = node.ordered && node.start != null && node.start !== 1 ? ` start="${node.start}"` : ''
			const tag = node.ordered ? 'ol' : 'ul'
			return `<${tag}${start}>\n${items.join('\n')}\n</${tag}>`
		}
		case 'listItem':
			return `<li>${renderChildren(node, context, '\n')}</li>`
		case 'code': {
			const language = node.lang && /^[\w+#.-]{1,30}$/.test(node.lang) ? ` class="language-${node.lang}"` : ''
			return `<pre><code${language}>${escapeHtml(node.value)}</code></pre>`
		}
		case 'thematicBreak':
			return '<hr>'
		case 'html':
			// Raw HTML is shown as what was typed, never passed through.
			return context.tight || context.inline ? textWithBreaks(node.value) : `<p>${textWithBreaks(node.value)}</p>`
		case 'definition':
			return ''
		case 'text':
			return textWithBreaks(node.value)
		case 'emphasis':
			return `<em>${renderChildren(node, context)}</em>`
		case 'strong':
			return `<strong>${renderChildren(node, context)}</strong>`
		case 'delete':
			return `<del>${renderChildren(node, context)}</del>`
		case 'inlineCode':
			return `<code>${escapeHtml(node.value)}</code>`
		case 'break':
			return '<br>\n'
		case 'link':
		case 'linkReference': {
			const target = targetOf(node, context.definitions)
			const href = target === null ? null : postLinkHref(target)
			const text = renderChildren(node, context)
			if (href === null) return text
			const title = node.type === 'link' && node.title ? ` title="${escapeHtml(node.title)}"` : ''
			return `<a href="${escapeHtml(href)}" rel="nofollow ugc"${title}>${text}</a>`
		}
		case 'image':
		case 'imageReference':
			return escapeHtml(node.alt ?? '')
		default:
			if ('children' in node) return renderChildren(node, context)
			return 'value' in node && typeof node.value === 'string' ? escapeHtml(node.value) : ''
	}
}

function plainParagraphs(source: string) {
	return source
		.split(/(?:\r?\n){2,}/)
		.filter((block) => block.trim() !== '')
		.map((block) => `<p>${textWithBreaks(block.trim())}</p>`)
		.join('\n')
}

/** The post as HTML safe to put into the page as it is. */
export function renderPostMarkdown(source: string): string {
	if (isBeyondPostLimits(source)) return plainParagraphs(source)
	const { tree, definitions } = parse(source)
	return render(tree, { definitions, tight: false, inline: false })
}

function plainText(node: MarkdownNode): string {
	switch (node.type) {
		case 'text':
		case 'inlineCode':
		case 'code':
		case 'html':
			return node.value
		case 'image':
		case 'imageReference':
			return node.alt ?? ''
		case 'break':
			return '\n'
		case 'definition':
		case 'thematicBreak':
			return ''
		default: {
			if (!('children' in node)) return ''
			const texts = (node.children as Content[]).map((child) => plainText(child))
			if (!containerTypes.has(node.type)) return texts.join('')
			return texts.filter((text) => text !== '').join(node.type === 'list' ? '\n' : '\n\n')
		}
	}
}

/** The words of a post without its markup, for the search index and email digests. */
export function plainTextOf(source: string): string {
	const text = isBeyondPostLimits(source) ? source : plainText(fromMarkdown(source))
	return text
		.replace(/\r\n?/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim()
}

// Addresses typed as text are not made links, but a reader copies them all the same: they count as links too.
const bareAddress = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi

function bareAddresses(text: string) {
	return [...text.matchAll(bareAddress)].map((match) => match[0].replace(/[.,;:!?)\]}*_]+$/, ''))
}

/** Every address a post points readers to: links, references, autolinks and addresses typed as text. */
export function postLinks(source: string): string[] {
	const found: string[] = []
	if (isBeyondPostLimits(source)) {
		found.push(...bareAddresses(source))
	} else {
		const { tree, definitions } = parse(source)
		visit(tree, (node) => {
			const target = targetOf(node, definitions)
			if (target !== null) found.push(target)
			else if (node.type === 'text' || node.type === 'html') found.push(...bareAddresses(node.value))
		})
	}
	return [...new Set(found.filter((link) => link.trim() !== ''))]
}

// Backslash-escaping every ASCII punctuation mark keeps a name like `*Ana*` or `<b>` from turning into markup.
const escapeMarkdown = (text: string) => text.replace(/[!-/:-@[-`{-~]/g, '\\$&')

/**
 * The block quote a reply starts with when it quotes a post. `attribution` writes the first line in the reader's
 * language (the route passes its translation); the name it is given is already escaped for Markdown.
 */
export function quoteForReply(
	author: string,
	source: string,
	attribution: (author: string) => string = (name) => `${name} wrote:`,
): string {
	const name = escapeMarkdown(author.replace(/\s+/g, ' ').trim())
	const lines = source
		.replace(/\r\n?/g, '\n')
		.replace(/^(?:[ \t]*\n)+|\s+$/g, '')
		.split('\n')
	const quoted = [attribution(name), '', ...lines].map((line) => (line.trim() === '' ? '>' : `> ${line}`))
	// The blank line after the quote keeps the reply's first line from being read as part of it.
	return `${quoted.join('\n')}\n\n`
}
