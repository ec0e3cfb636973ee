import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { TrendChart, type TrendChartProps, type TrendPoint } from './trend-chart.tsx'

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const point = (month: number, value: number | null, hidden = false): TrendPoint => ({
	key: `2026-${String(month).padStart(2, '0')}`,
	label: `${months[month - 1]} 2026`,
	value,
	hidden,
})

const render = (props: Partial<TrendChartProps> = {}) =>
	renderToStaticMarkup(
		<TrendChart
			id="certified"
			title="Officers certified, Jan–Dec 2026"
			description="Certifications rose from 12 in January to 40 in June."
			points={[point(1, 12), point(2, 3, true), point(3, null), point(4, 40)]}
			hiddenLabel="fewer than 5"
			missingLabel="no count yet"
			language="en"
			{...props}
		/>,
	)

// The test runs in Node, without a DOM: the few elements asserted on are picked out of the markup by their tags.
const unescape = (text: string) =>
	text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#x27;/g, "'")
		.replace(/&amp;/g, '&')
const contents = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => unescape(match[1]!))
const titles = (html: string) => contents(html, /<title[^>]*>([^<]*)<\/title>/g)
const svgTexts = (html: string) => contents(html, /<text[^>]*>([^<]*)<\/text>/g)
const axisTexts = (html: string) => contents(html, /<text class="trend-chart__tick"[^>]*>([^<]*)<\/text>/g)

test('the chart is one image named by its title and described by its summary', () => {
	const html = render()
	expect(html).toMatch(/^<figure class="trend-chart"><figcaption[^>]*>Officers certified, Jan–Dec 2026<\/figcaption>/)
	const svg = html.match(/<svg class="trend-chart__svg"[^>]*>/)![0]
	expect(svg).toContain('role="img"')
	expect(svg).toContain('aria-labelledby="certified-title certified-desc"')
	expect(svg).not.toContain(' dir=')
	expect(svg).toContain('direction="ltr"')
	expect(svg).toContain('width="100%"')
	expect(html).toContain('<title id="certified-title">Officers certified, Jan–Dec 2026</title>')
	expect(html).toContain('<desc id="certified-desc">Certifications rose from 12 in January to 40 in June.</desc>')
})

test('a hidden count is said as "fewer than 5" and its value is never written', () => {
	const html = render({ points: [point(1, 12), point(2, 3, true)] })
	expect(html).toContain('<title>Feb 2026: fewer than 5</title>')
	expect(html).toContain('&lt;5</text>')
	expect(html).toContain('url(#certified-hatch)')
	for (const text of [...titles(html), ...svgTexts(html)]) expect(text).not.toContain('3')
	expect(html).toContain('<li>')
	expect(html).toMatch(/<\/svg>fewer than 5<\/li>/)
	expect(titles(html)).toEqual(['Officers certified, Jan–Dec 2026', 'Jan 2026: 12', 'Feb 2026: fewer than 5'])
})

test('a month with no count yet is marked and said, not drawn as zero', () => {
	const html = render({ points: [point(1, 12), point(2, null)] })
	expect(titles(html)).toContain('Feb 2026: no count yet')
	expect(html).toContain('class="trend-chart__missing"')
	expect(html.match(/class="trend-chart__bar"/g)).toHaveLength(1)
})

test('the target is drawn as a dashed line with its label, and the axis reaches it', () => {
	const html = render({ points: [point(1, 12), point(2, 30)], target: { value: 120, label: 'Target 2026: 120' } })
	expect(html).toMatch(
		/<g class="trend-chart__target"><line [^>]*stroke-dasharray="6 4"[^>]*><\/line><text[^>]*>Target 2026: 120<\/text>/,
	)
	expect(axisTexts(html)).toContain('150')
	expect(render()).not.toContain('trend-chart__target')
})

test('numbers are written the reader’s way', () => {
	const html = render({ language: 'fr', points: [point(1, 1234)] })
	expect(titles(html)).toContain('Jan 2026: 1\u202f234')
	expect(html).toContain('>1\u202f500</text>')
	const shares = render({ unit: 'share', language: 'fr', points: [point(1, 45), point(2, 2, true)] })
	// French puts a no-break space before the percent sign (a full one, where thousands take a narrow one).
	expect(titles(shares)).toContain('Jan 2026: 45\u00a0%')
	expect(shares).toContain('>100\u00a0%</text>')
	// On a percentage axis "<5" would read as "under 5 %": the hatching and its key say it instead.
	expect(shares).not.toContain('&lt;5')
})

test('every month is named under its bar, and the year once', () => {
	const year = Array.from({ length: 12 }, (_, index) => point(index + 1, index * 10))
	const labels = axisTexts(render({ points: year })).filter((text) => !/^\d+$/.test(text) || text === '2026')
	expect(labels).toEqual([...months, '2026'])
})

test('an empty chart is still a named image with an axis', () => {
	const html = render({ points: [] })
	expect(html).toContain('role="img"')
	expect(html).toContain('<desc id="certified-desc">')
	expect(html).not.toContain('trend-chart__bar')
	expect(html).not.toContain('trend-chart__key')
	expect(html).not.toContain('NaN')
})

test('no coordinate is ever NaN or infinite, whatever the values', () => {
	const odd = [point(1, 0), point(2, -4), point(3, 0, true), point(4, null), point(5, 1e9)]
	for (const unit of ['count', 'share'] as const) {
		const html = render({ points: odd, unit, target: { value: 0, label: 'Target' } })
		expect(html).not.toMatch(/NaN|Infinity/)
	}
})
