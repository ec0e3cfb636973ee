import fc from 'fast-check'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { lawAgreementParties, lawAgreements, lawFrameworks, lawProposals, lawRevisions } from '#app/db/schema/index.ts'
import { storeAgreement } from '#app/modules/laws/agreements.server.ts'
import { proposeChange } from '#app/modules/laws/proposals.server.ts'
import { elementsOf } from '#app/modules/laws/vocabulary.ts'
import { writeTransaction } from '#app/db/client.server.ts'
import * as country from '#app/routes/$lang+/laws+/$country.tsx'
import * as edit from '#app/routes/$lang+/laws+/$country_.edit.$section.tsx'
import * as agreementEdit from '#app/routes/$lang+/laws+/agreements.$slug_.edit.tsx'
import * as agreementNew from '#app/routes/$lang+/laws+/agreements.new.tsx'
import * as agreements from '#app/routes/$lang+/laws+/agreements._index.tsx'
import * as compare from '#app/routes/$lang+/laws+/compare.tsx'
import * as csv from '#app/routes/$lang+/laws+/compare_.csv.tsx'
import * as laws from '#app/routes/$lang+/laws+/index.tsx'
import * as review from '#app/routes/$lang+/laws+/review.$proposalId.tsx'
import { createActor, signIn } from '#test/factories.ts'
import { cited, createFramework } from '#test/law-factories.ts'
import { oddText, oddValue } from '#test/odd-input.ts'
import { callRoute } from '#test/routes.ts'

const lawsState = () =>
	JSON.stringify(
		[lawFrameworks, lawRevisions, lawProposals, lawAgreements, lawAgreementParties].map((table) =>
			getDb().select().from(table).all(),
		),
	)

const elementFields = (group: Parameters<typeof elementsOf>[0]) =>
	elementsOf(group).flatMap((id) =>
		['value', 'instrument', 'article', 'note', 'asOf', 'quote', 'quoteLanguage', 'unofficial'].map(
			(part) => `${id}.${part}`,
		),
	)

test('any odd framework, review or agreement form gets an answer, never a 500, and a refusal changes nothing', async () => {
	createFramework('SE', { recruitment: cited('yes') })
	createFramework('NO')
	const expert = await createActor({ roles: ['legal_expert'] })
	const other = await createActor({ roles: ['legal_expert'] })
	const proposed = proposeChange(other, 'SE', { elements: { threat: cited('partly') } }, '')
	if (!proposed.ok) throw new Error(proposed.reason)
	writeTransaction((tx) =>
		storeAgreement(
			tx,
			{
				slug: 'odd-input-treaty',
				kind: 'mutual-legal-assistance',
				text: { language: 'en', names: { en: 'Odd input treaty' } },
				parties: ['NO', 'SE'],
				signedOn: null,
				inForceOn: null,
				source: null,
			},
			{ userId: null, sample: false },
			new Date(),
		),
	)
	const cookie = signIn(expert.id).cookie
	const agreementFields = [
		'slug',
		'kind',
		'language',
		'name-en',
		'name-fr',
		'name-es',
		'name-ar',
		'parties',
		'signedOn',
		'inForceOn',
		'source',
	]
	const instrumentFields = ['id', 'name', 'language', 'year', 'articles', 'url'].flatMap((part) => [
		`instrument-0.${part}`,
		`instrument-1.${part}`,
	])
	const forms: { handler: typeof edit.action; path: string; params: Record<string, string>; fields: string[] }[] = [
		...(['acts', 'penalties', 'protection'] as const).map((section) => ({
			handler: edit.action,
			path: `/en/laws/SE/edit/${section}`,
			params: { country: 'SE', section },
			fields: ['note', ...elementFields(section)],
		})),
		{
			handler: edit.action,
			path: '/en/laws/SE/edit/instruments',
			params: { country: 'SE', section: 'instruments' },
			fields: ['note', ...instrumentFields],
		},
		{
			handler: edit.action,
			path: '/en/laws/SE/edit/protocol',
			params: { country: 'SE', section: 'protocol' },
			fields: ['note', 'status', 'signedOn', 'joinedOn', 'source', 'asOf'],
		},
		{
			handler: review.action,
			path: `/en/laws/review/${proposed.id}`,
			params: { proposalId: proposed.id },
			fields: ['intent', 'comment'],
		},
		{ handler: agreementNew.action, path: '/en/laws/agreements/new', params: {}, fields: agreementFields },
		{
			handler: agreementEdit.action,
			path: '/en/laws/agreements/odd-input-treaty/edit',
			params: { slug: 'odd-input-treaty' },
			fields: agreementFields,
		},
	]
	for (const form of forms) {
		await fc.assert(
			fc.asyncProperty(fc.dictionary(fc.constantFrom(...form.fields), oddValue), async (values) => {
				const before = lawsState()
				const response = await callRoute(form.handler, { path: form.path, params: form.params, cookie, form: values })
				expect([200, 302, 400, 409]).toContain(response.status)
				if (response.status >= 400) expect(lawsState()).toBe(before)
			}),
			{ numRuns: 25 },
		)
	}
})

test('any odd laws address or query string gets a page or a clear refusal, never a 500', async () => {
	createFramework('PL')
	const parameters = ['countries', 'differences', 'region', 'kind', 'country']
	await fc.assert(
		fc.asyncProperty(fc.dictionary(fc.constantFrom(...parameters), oddText), oddText, async (values, code) => {
			const query = new URLSearchParams(values).toString()
			for (const [handler, path] of [
				[laws.loader, '/en/laws'],
				[compare.loader, '/en/laws/compare'],
				[csv.loader, '/en/laws/compare/csv'],
				[agreements.loader, '/en/laws/agreements'],
			] as const) {
				const response = await callRoute(handler, { path: `${path}?${query}` })
				expect([200, 400]).toContain(response.status)
			}
			const page = await callRoute(country.loader, { path: '/en/laws/x', params: { country: code } })
			expect([200, 302, 404]).toContain(page.status)
		}),
		{ numRuns: 60 },
	)
})
