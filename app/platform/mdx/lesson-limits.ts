import { type MdxProblem } from './problems.ts'

/**
 * The markdown parser slows down roughly with the square of the number of list items, of
 * nesting depth and of unmatched emphasis markers in one paragraph (5 000 nested `- ` take
 * ~18 s of blocked event loop, 98 KB of `*_` over a minute). Real lessons stay far below these
 * limits, so sources beyond them are refused as too long before parsing.
 */
export const lessonLimits = { lines: 10_000, containerMarkers: 2_000, markersPerLine: 10, emphasisRunsPerBlock: 500 }

/**
 * How deep components and markdown may nest (a paragraph in a list item in a list counts three).
 * Rendering recurses several frames per level and overflowed the stack a few hundred levels down
 * (700 did), so a source nested deeper is refused at save time; real lessons stay below 20.
 */
export const maxNestingDepth = 64

// Block quote and list markers at the start of a line; each opens a container for the parser.
const containerPrefix = /^[ \t]*(?:(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]*)+/
const containerMarker = />|[-*+]|\d{1,9}[.)]/g

export function findSizeProblems(source: string): MdxProblem[] {
	const lines = source.split(/\r\n|\r|\n/)
	if (lines.length > lessonLimits.lines) {
		return [{ line: lessonLimits.lines + 1, column: 1, code: 'too-long', name: 'lines' }]
	}
	let markers = 0
	let emphasisRuns = 0
	for (const [index, text] of lines.entries()) {
		// A blank line ends the paragraph, and with it the parser's search for a matching marker.
		emphasisRuns = text.trim() === '' ? 0 : emphasisRuns + (text.match(/\*+|_+/g)?.length ?? 0)
		if (emphasisRuns > lessonLimits.emphasisRunsPerBlock) {
			return [{ line: index + 1, column: 1, code: 'too-long', name: 'emphasis' }]
		}
		const prefix = containerPrefix.exec(text)?.[0]
		if (!prefix) continue
		const count = prefix.match(containerMarker)?.length ?? 0
		markers += count
		if (count > lessonLimits.markersPerLine || markers > lessonLimits.containerMarkers) {
			return [{ line: index + 1, column: 1, code: 'too-long', name: 'nesting' }]
		}
	}
	return []
}
