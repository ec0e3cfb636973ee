import { expect, test } from 'vitest'
import { findMediaProblems } from './media-problems.ts'

const image = 'a'.repeat(64)
const captions = 'c'.repeat(64)
const uploaded = [
	{ hash: image, type: 'image/png' },
	{ hash: captions, type: 'text/vtt' },
]

test('Figures and Videos must show this course’s uploads, each of the right kind', () => {
	expect(findMediaProblems(`<Figure src="media:${image}" alt="A port">Caption</Figure>`, uploaded)).toEqual([])
	const body = `Intro\n\n<Figure src="media:${'b'.repeat(64)}" alt="x" />\n<Video src="media:${image}" captions="media:${captions}" title="t" />\n<Figure src="/pictures/port.png" alt="x" />`
	expect(findMediaProblems(body, uploaded)).toEqual([
		{ line: 3, column: 9, code: 'unknown-media', name: `media:${'b'.repeat(64)}` },
		{ line: 4, column: 8, code: 'unknown-media', name: `media:${image}` },
		{ line: 5, column: 9, code: 'unknown-media', name: '/pictures/port.png' },
	])
})
