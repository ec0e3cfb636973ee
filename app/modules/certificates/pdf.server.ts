import path from 'node:path'
import bidiFactory from 'bidi-js'
import PDFDocument from 'pdfkit'
import QRCode from 'qrcode'
import { type CertificateWording } from './wording.server.ts'

const fontFiles = path.resolve('node_modules/@fontsource/noto-naskh-arabic/files')
const fonts = {
	arabic: path.join(fontFiles, 'noto-naskh-arabic-arabic-400-normal.woff'),
	arabicBold: path.join(fontFiles, 'noto-naskh-arabic-arabic-700-normal.woff'),
	latin: path.join(fontFiles, 'noto-naskh-arabic-latin-400-normal.woff'),
	latinBold: path.join(fontFiles, 'noto-naskh-arabic-latin-700-normal.woff'),
}
/** What the Arabic font file covers (its unicode-range); everything else, spaces included, takes the Latin file. */
const arabicScript =
	// eslint-disable-next-line no-misleading-character-class -- the ranges copy the font's unicode-range, combining marks included
	/[\u0600-\u06ff\u0750-\u077f\u0870-\u088e\u0890-\u0891\u0898-\u08e1\u08e3-\u08ff\ufb50-\ufdff\ufe70-\ufe74\ufe76-\ufefc]/
const bidi = bidiFactory()

export type VisualRun = { text: string; rtl: boolean; arabic: boolean }

/**
 * Splits a line into runs in the order they are drawn, left to right, by the Unicode
 * bidirectional algorithm. Each run keeps its letters in logical order: the font engine
 * joins Arabic letters and lays a right-to-left run out itself.
 */
export function visualRuns(text: string, direction: 'ltr' | 'rtl'): VisualRun[] {
	const { levels } = bidi.getEmbeddingLevels(text, direction)
	// Rule L4: brackets and quotes in right-to-left text are drawn as their mirror image.
	const mirrored = bidi.getMirroredCharactersMap(text, levels)
	const runs: { text: string; level: number; arabic: boolean }[] = []
	for (let index = 0; index < text.length; index++) {
		const character = mirrored.get(index) ?? text[index]!
		const level = levels[index]!
		// Each run is drawn in one font file, so a run never mixes Arabic script with anything else.
		const arabic = arabicScript.test(character)
		const last = runs.at(-1)
		if (last && last.level === level && last.arabic === arabic) last.text += character
		else runs.push({ text: character, level, arabic })
	}
	// Rule L2: from the highest level down to the lowest odd one, reverse every sequence of runs at that level or higher.
	const highest = Math.max(0, ...runs.map((run) => run.level))
	const lowestOdd = Math.min(...runs.map((run) => (run.level % 2 ? run.level : Infinity)))
	for (let level = highest; level >= lowestOdd && level > 0; level--) {
		for (let start = 0; start < runs.length; start++) {
			if (runs[start]!.level < level) continue
			let end = start
			while (end + 1 < runs.length && runs[end + 1]!.level >= level) end++
			runs.splice(start, end - start + 1, ...runs.slice(start, end + 1).reverse())
			start = end
		}
	}
	return runs.map((run) => ({ text: run.text, rtl: run.level % 2 === 1, arabic: run.arabic }))
}

type Doc = InstanceType<typeof PDFDocument>

function fontFor(run: VisualRun, bold: boolean) {
	if (run.arabic) return bold ? 'arabicBold' : 'arabic'
	return bold ? 'latinBold' : 'latin'
}

/** Draws one line centred on the page, run by run, and returns the y below it. */
function drawLine(doc: Doc, text: string, direction: 'ltr' | 'rtl', y: number, size: number, bold = false) {
	const runs = visualRuns(text, direction)
	doc.fontSize(size)
	const width = runs.reduce((sum, run) => sum + doc.font(fontFor(run, bold)).widthOfString(run.text), 0)
	let x = (doc.page.width - width) / 2
	for (const run of runs) {
		// The font engine lays out anything in Arabic script right to left; Arabic-Indic numbers read left to right,
		// so a left-to-right Arabic-script run (a number) is handed over reversed to come out in order.
		const text = !run.rtl && run.arabic ? [...run.text].reverse().join('') : run.text
		doc.font(fontFor(run, bold)).text(text, x, y, { lineBreak: false })
		x += doc.widthOfString(text)
	}
	return y + size * 1.6
}

/** Breaks a long sentence into lines that fit the page width, at spaces. */
function wrap(doc: Doc, text: string, size: number, maxWidth: number) {
	doc.fontSize(size)
	const measure = (line: string) =>
		visualRuns(line, 'ltr').reduce((sum, run) => sum + doc.font(fontFor(run, false)).widthOfString(run.text), 0)
	const lines: string[] = []
	let current = ''
	for (const word of text.split(' ')) {
		const candidate = current ? `${current} ${word}` : word
		if (current && measure(candidate) > maxWidth) {
			lines.push(current)
			current = word
		} else current = candidate
	}
	if (current) lines.push(current)
	return lines
}

/**
 * The certificate as a PDF for A4 paper (it also prints on US Letter within its margins),
 * with the fonts embedded, so Arabic prints right to left with joined letters anywhere.
 */
export async function certificatePdf(wording: CertificateWording, code: string): Promise<Buffer> {
	const qr = await QRCode.toBuffer(wording.url, { margin: 1, width: 300, errorCorrectionLevel: 'M' })
	const doc = new PDFDocument({
		size: 'A4',
		margin: 50,
		info: { Title: `${wording.heading}: ${wording.name}`, Author: 'Atlas' },
		lang: wording.language,
	})
	for (const [name, file] of Object.entries(fonts)) doc.registerFont(name, file)
	const chunks: Buffer[] = []
	doc.on('data', (chunk: Buffer) => chunks.push(chunk))
	const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
	const direction = wording.dir
	const maxWidth = doc.page.width - 120
	doc
		.lineWidth(3)
		.rect(30, 30, doc.page.width - 60, doc.page.height - 60)
		.stroke('#0b4f6c')
	let y = 110
	y = drawLine(doc, wording.heading, direction, y, 24, true)
	if (wording.status) y = drawLine(doc, wording.status, direction, y + 10, 22, true)
	y = drawLine(doc, wording.awarded, direction, y + 20, 14)
	y = drawLine(doc, wording.holder, direction, y + 10, 30, true)
	y = drawLine(doc, wording.name, direction, y + 10, 18, true)
	for (const sentence of [wording.completed, wording.issuers, wording.trainers, wording.score, wording.dates]) {
		if (!sentence) continue
		for (const line of wrap(doc, sentence, 13, maxWidth)) y = drawLine(doc, line, direction, y + 4, 13)
	}
	const qrSize = 130
	doc.image(qr, (doc.page.width - qrSize) / 2, y + 30, { width: qrSize })
	y += 30 + qrSize + 15
	y = drawLine(doc, wording.verify, direction, y, 12)
	y = drawLine(doc, wording.url, 'ltr', y, 11)
	drawLine(doc, `${wording.codeLabel}: ${code}`, direction, y, 11)
	doc.end()
	return done
}
