/**
 * bench:search --pages: the pages that search serves, over HTTP, on the benchmark's own library. A production Atlas
 * starts on that data folder (the demo is seeded beside the library, since it holds no user yet), and each page is
 * loaded with autocannon signed out and signed in as the demo law-enforcement officer, who reads every tier.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type Load, load } from './load.ts'
import { freePort, progress, signIn, startAtlas, stop, tail, userAgent, waitForHealth } from './server.ts'

const officer = 'officer@atlas.example'
export const pageConnections = 16

export type PageResult = { label: string; path: string; reader: 'signed out' | 'officer'; load: Load }

export type PagesOptions = {
	dataDir: string
	duration: number
	/** A word in over 30% of the library, for the search page. */
	broadWord: string
	/** Two facet values a reader would pick on the library page. */
	facets: { type: string; country: string }
	/** Called with what must run if the benchmark is interrupted. */
	onCleanup: (cleanup: () => Promise<void> | void) => void
}

export async function measurePages(options: PagesOptions): Promise<PageResult[]> {
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-search-pages-'))
	options.onCleanup(() => fs.rmSync(work, { recursive: true, force: true }))
	const port = await freePort()
	const base = `http://127.0.0.1:${port}`
	const logFile = path.join(work, 'atlas.log')
	progress(`Starting Atlas on ${base} with the benchmark's library…`)
	const atlas = startAtlas(port, options.dataDir, logFile)
	options.onCleanup(() => stop(atlas, 'SIGTERM'))
	try {
		await waitForHealth(base, atlas, logFile)
		progress(`Signing in ${officer}…`)
		const officerCookie = await signIn(base, officer)
		const { type, country } = options.facets
		const pages = [
			{ label: 'library', path: '/en/library' },
			{ label: 'search, broad query', path: `/en/search?q=${encodeURIComponent(options.broadWord)}` },
			{ label: 'library, two facets', path: `/en/library?type=${type}&country=${country}` },
			{ label: 'course catalogue', path: '/en/courses' },
		]
		const results: PageResult[] = []
		for (const page of pages) {
			for (const reader of ['signed out', 'officer'] as const) {
				progress(`Measuring ${page.path} (${reader}) for ${options.duration} s…`)
				const headers = { 'user-agent': userAgent, ...(reader === 'officer' ? { cookie: officerCookie } : {}) }
				const measured = await load(`${base}${page.path}`, headers, options.duration, pageConnections)
				if (atlas.exitCode !== null || atlas.signalCode !== null) {
					throw new Error(`Atlas stopped while ${page.path} was measured:\n${tail(logFile)}`)
				}
				progress(`  ${Math.round(measured.perSecond)} req/s, p95 ${measured.p95} ms, ${measured.errors} errors`)
				results.push({ ...page, reader, load: measured })
			}
		}
		return results
	} finally {
		await stop(atlas, 'SIGTERM')
	}
}
