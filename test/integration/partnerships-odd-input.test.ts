import fc from 'fast-check'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import {
	commitmentResults,
	partnershipCommitments,
	partnershipPartners,
	partnerships,
	searchEntries,
} from '#app/db/schema/index.ts'
import { recordCommitment } from '#app/modules/network/partnership-progress.server.ts'
import * as page from '#app/routes/$lang+/network+/partnerships+/$slug.tsx'
import * as edit from '#app/routes/$lang+/network+/partnerships+/$slug_.edit.tsx'
import * as list from '#app/routes/$lang+/network+/partnerships+/_index.tsx'
import * as create from '#app/routes/$lang+/network+/partnerships+/new.tsx'
import { createActor, signIn } from '#test/factories.ts'
import { oddText, oddValue } from '#test/odd-input.ts'
import { createPartnerAdmin, createPartnership } from '#test/partnership-factories.ts'
import { callRoute } from '#test/routes.ts'

const partnershipsState = () =>
	JSON.stringify(
		[partnerships, partnershipPartners, partnershipCommitments, commitmentResults, searchEntries].map((table) =>
			getDb().select().from(table).all(),
		),
	)

test('any odd partnership, commitment, progress or agreement form gets an answer, never a 500, and a refusal changes nothing', async () => {
	const first = await createPartnerAdmin('ES')
	const second = await createPartnerAdmin('MA')
	const partnership = createPartnership(first.admin, { partnerIds: [second.organisation.id] })
	recordCommitment(
		first.admin,
		partnership.slug,
		{ organisationId: first.organisation.id, text: 'Audit two supply chains', language: 'en', dueOn: null },
		new Date(),
	)
	const commitmentId = getDb().select().from(partnershipCommitments).get()!.id
	// Sensible values now and then, so the odd ones reach the checks behind the first.
	const sometimes = (...values: string[]) => fc.oneof(oddValue, fc.constantFrom(...values))
	const fields = {
		sourceLanguage: sometimes('en', 'ar'),
		'title.en': sometimes('Fair recruitment'),
		'goal.en': sometimes('No fees'),
		'title.ar': oddValue,
		'goal.ar': oddValue,
		countries: sometimes('ES', 'MA'),
		startsOn: sometimes('2025-03-01', '2025-02-30'),
		endsOn: sometimes('', '2024-01-01', '2026-01-01'),
		status: sometimes('active', 'ended'),
		partnerIds: sometimes(first.organisation.id, second.organisation.id),
		confirmRemoval: sometimes('on'),
		intent: sometimes('commit', 'report', 'agree', 'withdraw'),
		organisationId: sometimes(first.organisation.id, second.organisation.id),
		text: sometimes('Train 200 recruitment agents'),
		language: sometimes('en', 'fr'),
		dueOn: sometimes('', '2026-12-31'),
		commitmentId: sometimes(commitmentId),
		reportedOn: sometimes('2025-05-01', '2099-01-01'),
		met: sometimes('on'),
	}
	const cookie = signIn(first.admin.id).cookie
	const platformAdmin = signIn((await createActor({ roles: ['platform_admin'] })).id).cookie
	const slug = partnership.slug
	const forms = [
		{ handler: create.action, path: '/en/network/partnerships/new', cookie },
		{ handler: edit.action, path: `/en/network/partnerships/${slug}/edit`, cookie },
		{ handler: page.action, path: `/en/network/partnerships/${slug}`, cookie },
		{ handler: page.action, path: `/en/network/partnerships/${slug}`, cookie: platformAdmin },
	]
	for (const form of forms) {
		await fc.assert(
			fc.asyncProperty(fc.record(fields, { requiredKeys: [] }), async (values) => {
				const before = partnershipsState()
				const response = await callRoute(form.handler, {
					path: form.path,
					params: { slug },
					cookie: form.cookie,
					form: values,
				})
				expect([302, 400, 403, 404]).toContain(response.status)
				if (response.status >= 400) expect(partnershipsState()).toBe(before)
			}),
			{ numRuns: 40 },
		)
	}
})

test('any odd partnerships address or query string gets a page or a 404, never a 500', async () => {
	const { admin } = await createPartnerAdmin('ES')
	createPartnership(admin)
	const cookie = signIn(admin.id).cookie
	await fc.assert(
		fc.asyncProperty(
			fc.dictionary(fc.constantFrom('country', 'status', 'page'), oddText),
			oddText,
			fc.boolean(),
			async (values, slug, signedIn) => {
				const query = new URLSearchParams(values).toString()
				const who = signedIn ? cookie : undefined
				const listed = await callRoute(list.loader, { path: `/en/network/partnerships?${query}`, cookie: who })
				expect(listed.status).toBe(200)
				for (const handler of [page.loader, edit.loader]) {
					const response = await callRoute(handler, {
						path: `/en/network/partnerships/x?${query}`,
						params: { slug },
						cookie: who,
					})
					expect([200, 302, 404]).toContain(response.status)
				}
			},
		),
		{ numRuns: 60 },
	)
})
