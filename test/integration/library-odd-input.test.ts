import fc from 'fast-check'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { libraryDocuments, libraryRevisions, protocolAdoptions } from '#app/db/schema/index.ts'
import { startDocument } from '#app/modules/library/drafts.server.ts'
import * as document from '#app/routes/$lang+/library+/$slug.tsx'
import * as draft from '#app/routes/$lang+/library+/drafts.$documentId.tsx'
import * as submit from '#app/routes/$lang+/library+/submit.tsx'
import * as search from '#app/routes/$lang+/search.tsx'
import * as library from '#app/routes/$lang+/library+/index.tsx'
import { createActor, signIn } from '#test/factories.ts'
import { createPublishedDocument } from '#test/library-factories.ts'
import { oddText, oddValue } from '#test/odd-input.ts'
import { callRoute } from '#test/routes.ts'

const factFields = [
	'type',
	'tier',
	'topics',
	'regions',
	'audience',
	'publishedOn',
	'sources',
	'protocolVersion',
	'protocolStatus',
	'country1',
	'country2',
	'country3',
]
const textFields = ['title', 'summary', 'body', 'changelog', 'language', 'draftVersion']

const libraryState = () =>
	JSON.stringify([
		getDb().select().from(libraryDocuments).all(),
		getDb().select().from(libraryRevisions).all(),
		getDb().select().from(protocolAdoptions).all(),
	])

test('any odd submission, draft edit, review or adoption form gets an answer, never a 500, and a 400 changes nothing', async () => {
	const author = await createActor({ roles: ['ngo_member'] })
	const admin = await createActor({ roles: ['org_admin'] })
	const started = await startDocument(
		author,
		{
			type: 'guideline',
			tier: 'members',
			topics: ['referral'],
			countries: [],
			regions: [],
			audience: [],
			publishedOn: '2026-01-01',
			sources: [],
		},
		'en',
		{ title: 'Odd input target', summary: 'S.', body: 'B.' },
	)
	if (!started.ok) throw new Error(started.reason)
	const protocol = await createPublishedDocument({
		type: 'protocol',
		protocol: { version: 1, status: 'adopted', changelog: { en: 'First.' } },
		texts: { en: { title: 'Odd protocol', summary: 'S.' } },
	})
	const forms = [
		{
			handler: submit.action,
			path: '/en/library/submit',
			cookie: signIn(author.id).cookie,
			fields: [...factFields, ...textFields],
			params: {} as Record<string, string>,
		},
		{
			handler: draft.action,
			path: `/en/library/drafts/${started.id}`,
			cookie: signIn(author.id).cookie,
			fields: ['intent', 'hash', 'comment', ...factFields, ...textFields],
			params: { documentId: started.id },
		},
		{
			handler: document.action,
			path: `/en/library/${protocol.slug}`,
			cookie: signIn(admin.id, { twoFactorVerified: true }).cookie,
			fields: ['version', 'adoptedOn'],
			params: { slug: protocol.slug } as Record<string, string>,
		},
	]
	for (const form of forms) {
		await fc.assert(
			fc.asyncProperty(fc.dictionary(fc.constantFrom(...form.fields), oddValue), async (values) => {
				const before = libraryState()
				const response = await callRoute(form.handler, {
					path: form.path,
					cookie: form.cookie,
					params: form.params,
					form: values,
				})
				expect([200, 302, 400]).toContain(response.status)
				if (response.status === 400) expect(libraryState()).toBe(before)
			}),
			{ numRuns: 40 },
		)
	}
})

test('any odd search or library query string gets a normal page, never a 500', async () => {
	const parameters = ['q', 'type', 'topic', 'country', 'language', 'tier', 'kind', 'sort', 'page']
	await fc.assert(
		fc.asyncProperty(fc.dictionary(fc.constantFrom(...parameters), oddText), async (values) => {
			const query = new URLSearchParams(values).toString()
			for (const [handler, path] of [
				[search.loader, '/en/search'],
				[library.loader, '/en/library'],
			] as const) {
				const response = await callRoute(handler, { path: `${path}?${query}` })
				expect(response.status).toBe(200)
			}
		}),
		{ numRuns: 60 },
	)
})
