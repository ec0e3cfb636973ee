/**
 * What a page costs a phone on its first load: the JavaScript files its HTML makes the browser fetch (scripts,
 * module preloads, inline modules' imports), each as Atlas sends it compressed, and the inline scripts' own bytes.
 */
import { request } from './server.ts'

export type PageWeight = {
	htmlBytes: number
	/** Inline <script> elements (Remix's context and manifest among them), and their bytes. */
	inlineScripts: number
	inlineScriptBytes: number
	/** Its only inline script is the quick exit of survivors' pages (docs/survivor-safety.md), or it has none. */
	quickExitOnly: boolean
	files: string[]
	/** The JavaScript files as sent with gzip asked for, and as they are. */
	compressedBytes: number
	uncompressedBytes: number
}

/** Every JavaScript file the HTML names, once each, in order. */
export function scriptFilesOf(html: string) {
	const named = [
		...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
		...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
		...html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="modulepreload"/g),
		...[...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].flatMap(([, body]) => [
			...body!.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g),
		]),
	].map(([, file]) => file!)
	return [...new Set(named)]
}

export async function pageWeight(base: string, html: string): Promise<PageWeight> {
	const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => body!)
	const files = scriptFilesOf(html)
	let compressedBytes = 0
	let uncompressedBytes = 0
	for (const file of files) {
		const url = new URL(file, base).href
		const compressed = await request(url, { headers: { 'accept-encoding': 'gzip' } })
		const plain = await request(url)
		if (compressed.status !== 200 || plain.status !== 200) throw new Error(`${file} answered ${plain.status}.`)
		compressedBytes += compressed.body.length
		uncompressedBytes += plain.body.length
	}
	return {
		htmlBytes: Buffer.byteLength(html),
		inlineScripts: inline.length,
		inlineScriptBytes: inline.reduce((sum, body) => sum + Buffer.byteLength(body), 0),
		quickExitOnly: inline.every((body) => body.includes("getElementById('quick-exit')")),
		files,
		compressedBytes,
		uncompressedBytes,
	}
}
