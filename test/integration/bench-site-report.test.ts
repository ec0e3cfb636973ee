import { expect, test } from 'vitest'
import { scriptFilesOf } from '../../scripts/bench/page-weight.ts'
import { judge, type PageResult } from '../../scripts/bench/site-report.ts'

test('the JavaScript a page makes a browser fetch: script sources, module preloads and inline modules’ imports, once each', () => {
	const html = `<link rel="modulepreload" href="/build/entry.client-A.js"/><link href="/build/root-B.js" rel="modulepreload"/>
		<script src="/build/manifest-C.js"></script><script type="module">import "/build/manifest-C.js";
		import * as route0 from "/build/root-B.js"; import("/build/entry.client-A.js");</script>
		<script>(function(){var a=document.getElementById('quick-exit')})()</script><link rel="stylesheet" href="/a.css"/>`
	expect(scriptFilesOf(html)).toEqual(['/build/manifest-C.js', '/build/entry.client-A.js', '/build/root-B.js'])
	expect(scriptFilesOf('<p>No script here.</p>')).toEqual([])
})

const load = (p95: number, perSecond: number, errors = 0) => ({
	perSecond,
	p50: p95 / 2,
	p95,
	p99: p95,
	errors,
	statuses: {},
})
const weight = (compressedBytes: number, quickExitOnly = true) => ({
	htmlBytes: 10_000,
	inlineScripts: compressedBytes ? 4 : 1,
	inlineScriptBytes: 500,
	quickExitOnly,
	files: compressedBytes ? ['/build/a.js'] : [],
	compressedBytes,
	uncompressedBytes: compressedBytes * 3,
})
const page = (label: string, p95: number, perSecond: number, more: Partial<PageResult> = {}): PageResult => ({
	label,
	path: `/en/${label}`,
	reader: 'signed out',
	weight: weight(100_000),
	runs: [{ connections: 16, atlas: load(p95, perSecond), nginx: load(1, 5_000) }],
	...more,
})

test('each budget is judged from the figures and names the pages that miss it', () => {
	const figures = {
		start: { healthzMs: 2_500, firstPageMs: 2_700 },
		pages: [
			page('fast', 20, 1_000),
			page('slow', 80, 200),
			page('programmes', 30, 400, { survivor: true, weight: weight(0) }),
		],
		weighedOnly: [
			{
				label: 'support',
				path: '/ar/support',
				reader: 'signed out' as const,
				survivor: true,
				weight: weight(0, false),
			},
		],
		memory: { largestProcessBytes: 350 * 1024 ** 2, allProcessesBytes: 700 * 1024 ** 2, samples: 10 },
	}
	const [p95, nginx, memory, first, script, survivor] = judge(figures)
	expect([p95!.met, nginx!.met, memory!.met, first!.met, script!.met, survivor!.met]).toEqual([
		false,
		false,
		false,
		true,
		true,
		false,
	])
	expect(p95!.detail).toBe('missed by slow (signed out)')
	expect(nginx!.detail).toBe('missed by slow (signed out)')
	expect(survivor!.detail).toBe('missed by support (signed out)')
	expect(memory!.detail).toContain('largest process 350 MB')
})
