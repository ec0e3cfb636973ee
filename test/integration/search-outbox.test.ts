import http from 'node:http'
import { type AddressInfo } from 'node:net'
import { afterAll, afterEach, expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { searchOutbox } from '#app/db/schema/index.ts'
import { meiliClient } from '#app/modules/search/meilisearch.server.ts'
import { deliverSearchOutbox, pendingSearchUpdates } from '#app/modules/search/outbox.server.ts'
import { searchTerms } from '#app/modules/search/query.ts'
import { runSearch } from '#app/modules/search/search.server.ts'
import { resetEnvCache } from '#app/platform/env.server.ts'
import { createPublishedDocument } from '#test/library-factories.ts'
import { healthReport } from '#server/health.ts'

/**
 * No Meilisearch server can run here, so these tests stand in for one: a port nobody
 * listens on (Meilisearch down), then a small HTTP server that answers the way the
 * Meilisearch API does and records what it was sent.
 */
type Recorded = { method: string; url: string; body: unknown }

async function fakeMeilisearch() {
	const received: Recorded[] = []
	let taskUid = 0
	const server = http.createServer((request, response) => {
		let raw = ''
		request.on('data', (chunk) => (raw += chunk))
		request.on('end', () => {
			received.push({ method: request.method!, url: request.url!, body: raw ? JSON.parse(raw) : null })
			response.setHeader('Content-Type', 'application/json')
			if (request.url === '/health') return response.end(JSON.stringify({ status: 'available' }))
			const task = /^\/tasks\/(\d+)/.exec(request.url!)
			if (task) {
				return response.end(
					JSON.stringify({
						uid: Number(task[1]),
						indexUid: 'atlas',
						status: 'succeeded',
						type: 'documentAdditionOrUpdate',
						enqueuedAt: new Date().toISOString(),
					}),
				)
			}
			response.statusCode = 202
			response.end(
				JSON.stringify({
					taskUid: ++taskUid,
					indexUid: 'atlas',
					status: 'enqueued',
					type: 'documentAdditionOrUpdate',
					enqueuedAt: new Date().toISOString(),
				}),
			)
		})
	})
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		received,
		close: () => new Promise((resolve) => server.close(resolve)),
	}
}

async function unusedPort() {
	const server = http.createServer()
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
	const { port } = server.address() as AddressInfo
	await new Promise((resolve) => server.close(resolve))
	return port
}

function useMeilisearch(url: string | undefined) {
	if (url) process.env.MEILISEARCH_URL = url
	else delete process.env.MEILISEARCH_URL
	resetEnvCache()
}

afterEach(() => useMeilisearch(undefined))
afterAll(() => useMeilisearch(undefined))

test('while Meilisearch is down, a published change waits in the outbox; it is delivered once Meilisearch answers', async () => {
	useMeilisearch(`http://127.0.0.1:${await unusedPort()}`)
	const document = await createPublishedDocument({
		texts: { en: { title: 'Outbox survivor guide', summary: 'Kept until confirmed.' } },
	})
	expect(pendingSearchUpdates()).toBe(1)

	const now = new Date()
	expect(await deliverSearchOutbox(meiliClient(), now)).toEqual({ delivered: 0, failed: 1 })
	const [waiting] = getDb().select().from(searchOutbox).all()
	expect(waiting).toMatchObject({ itemKey: `document:${document.id}`, attempts: 1, deliveredAt: null })
	expect(waiting!.lastError).toBeTruthy()
	expect(waiting!.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime())
	// Not due yet: nothing is tried.
	expect(await deliverSearchOutbox(meiliClient(), now)).toEqual({ delivered: 0, failed: 0 })

	const meili = await fakeMeilisearch()
	try {
		useMeilisearch(meili.url)
		expect(await deliverSearchOutbox(meiliClient(), new Date(now.getTime() + 60 * 60_000))).toEqual({
			delivered: 1,
			failed: 0,
		})
		expect(pendingSearchUpdates()).toBe(0)
		const pushed = meili.received.find(
			(request) => request.method === 'POST' && request.url.startsWith('/indexes/atlas/documents?'),
		)
		expect(pushed?.body).toEqual([
			expect.objectContaining({
				itemKey: `document:${document.id}`,
				title: 'Outbox survivor guide',
				tier: 'public',
				searchTitle: 'outbox survivor guide',
			}),
		])
		const settings = meili.received.find(
			(request) => request.method === 'PATCH' && request.url === '/indexes/atlas/settings',
		)
		expect(settings?.body).toMatchObject({
			filterableAttributes: expect.arrayContaining(['tier']),
			sortableAttributes: ['publishedOn'],
		})
		// The old documents of the item are removed first, so a removed translation does not linger.
		expect(meili.received.findIndex((request) => request.url === '/indexes/atlas/documents/delete')).toBeLessThan(
			meili.received.indexOf(pushed!),
		)
	} finally {
		await meili.close()
	}
})

test('when Meilisearch does not answer, FTS5 answers the query and the health check says so', async () => {
	await createPublishedDocument({
		texts: { en: { title: 'Fallback harbour protocol', summary: 'Found without Meilisearch.' } },
	})
	useMeilisearch(`http://127.0.0.1:${await unusedPort()}`)
	const results = await runSearch({
		terms: searchTerms('harbour'),
		language: 'en',
		tiers: ['public'],
		filters: {},
		sort: 'relevance',
		page: 1,
		pageSize: 10,
	})
	expect(results.engine).toBe('sqlite')
	expect(results.hits.map((hit) => hit.title)).toEqual(['Fallback harbour protocol'])
	expect((await healthReport()).body).toMatchObject({
		search: 'sqlite',
		searchFallback: true,
	})

	const meili = await fakeMeilisearch()
	try {
		useMeilisearch(meili.url)
		expect((await healthReport()).body).toMatchObject({
			search: 'meilisearch',
			searchFallback: false,
		})
	} finally {
		await meili.close()
	}
	useMeilisearch(undefined)
	expect((await healthReport()).body).toMatchObject({
		status: 'ok',
		search: 'sqlite',
	})
})
