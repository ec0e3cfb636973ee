import fc from 'fast-check'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { campaignMaterials, campaignPartners, campaignReach, campaigns, reportedReach } from '#app/db/schema/index.ts'
import * as campaignPage from '#app/routes/$lang+/campaigns+/$slug.tsx'
import * as edit from '#app/routes/$lang+/campaigns+/$slug_.edit.tsx'
import * as kit from '#app/routes/$lang+/campaigns+/$slug_.kit.tsx'
import * as kitFile from '#app/routes/$lang+/campaigns+/$slug_.kit_.$materialId.ts'
import * as reach from '#app/routes/$lang+/campaigns+/$slug_.reach.tsx'
import * as list from '#app/routes/$lang+/campaigns+/_index.tsx'
import * as newCampaign from '#app/routes/$lang+/campaigns+/new.tsx'
import { createCampaign, pdfBytes, pngBytes, postKitFile } from '#test/campaign-factories.ts'
import { createActor, createOrganisation, signIn } from '#test/factories.ts'
import { oddText, oddValue } from '#test/odd-input.ts'
import { callRoute } from '#test/routes.ts'

const campaignsState = () =>
	JSON.stringify(
		[campaigns, campaignPartners, campaignMaterials, reportedReach].map((table) => getDb().select().from(table).all()),
	)

const campaignFields = [
	'sourceLanguage',
	'title.en',
	'message.en',
	'signs.en',
	'title.ar',
	'message.ar',
	'signs.fr',
	'countries',
	'audiences',
	'startsOn',
	'endsOn',
	'organisationId',
	'partnerIds',
	'pressName',
	'pressEmail',
	'pressPhone',
	'materialId',
	'kind',
	'language',
	'amount',
	'country',
	'month',
	'source',
	'intent',
]

const allowed = [200, 302, 400, 403, 404]

test('any odd campaign, kit or reach form gets an answer, never a 500, and a refusal changes nothing', async () => {
	const admin = await createActor({ roles: ['org_admin'] })
	const partnerOrganisation = createOrganisation()
	const partner = await createActor({ roles: ['org_admin'], organisationId: partnerOrganisation.id })
	const { slug } = createCampaign(admin, { partnerIds: [partnerOrganisation.id] }, { publish: true })
	const cookie = signIn(admin.id).cookie
	const forms = [
		{ handler: newCampaign.action, path: '/en/campaigns/new', cookie },
		{ handler: edit.action, path: `/en/campaigns/${slug}/edit`, cookie },
		{ handler: edit.action, path: `/en/campaigns/${slug}/edit?intent=publish`, cookie },
		{ handler: edit.action, path: `/en/campaigns/${slug}/edit?intent=withdraw`, cookie },
		{ handler: kit.action, path: `/en/campaigns/${slug}/kit?intent=remove`, cookie },
		{ handler: reach.action, path: `/en/campaigns/${slug}/reach`, cookie: signIn(partner.id).cookie },
	]
	for (const form of forms) {
		await fc.assert(
			fc.asyncProperty(fc.dictionary(fc.constantFrom(...campaignFields), oddValue), async (values) => {
				const before = campaignsState()
				const response = await callRoute(form.handler, {
					path: form.path,
					params: { slug },
					cookie: form.cookie,
					form: values,
				})
				expect(allowed).toContain(response.status)
				if (response.status >= 400) expect(campaignsState()).toBe(before)
			}),
			{ numRuns: 25 },
		)
	}
})

test('any odd upload (file bytes, name, kind, language) is stored only when every part is right, never a 500', async () => {
	const admin = await createActor({ roles: ['org_admin'] })
	const { slug } = createCampaign(admin)
	const cookie = signIn(admin.id).cookie
	const bytes = fc.oneof(
		fc.uint8Array({ maxLength: 200 }),
		fc.constant(pngBytes()),
		fc.constant(pdfBytes()),
		fc.constant(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')),
	)
	const name = fc.oneof(oddText, fc.constantFrom('poster.png', 'leaflet.pdf', 'card', 'script.exe', 'a.png.html'))
	const fields = fc.dictionary(fc.constantFrom('kind', 'language', 'file', 'intent'), oddValue)
	await fc.assert(
		fc.asyncProperty(fc.option(bytes, { nil: undefined }), name, fields, async (file, fileName, values) => {
			const before = campaignsState()
			const response = await postKitFile(kit.action, {
				slug,
				cookie,
				bytes: file,
				name: fileName,
				fields: { kind: 'poster', language: 'en', ...values },
			})
			expect(allowed).toContain(response.status)
			if (response.status >= 400) expect(campaignsState()).toBe(before)
		}),
		{ numRuns: 60 },
	)
})

test('any odd campaigns address or query string gets a page or a clear refusal, never a 500', async () => {
	const admin = await createActor({ roles: ['org_admin'] })
	const { slug } = createCampaign(admin, {}, { publish: true })
	const cookie = signIn(admin.id).cookie
	const parameters = ['country', 'audience', 'page', 'preview', 'intent']
	await fc.assert(
		fc.asyncProperty(fc.dictionary(fc.constantFrom(...parameters), oddText), oddText, async (values, name) => {
			const query = new URLSearchParams(values).toString()
			expect((await callRoute(list.loader, { path: `/en/campaigns?${query}` })).status).toBe(200)
			expect(
				(await callRoute(campaignPage.loader, { path: `/en/campaigns/${slug}?${query}`, params: { slug } })).status,
			).toBe(200)
			for (const [handler, params] of [
				[campaignPage.loader, { slug: name }],
				[kitFile.loader, { slug, materialId: name }],
				[kitFile.loader, { slug: name, materialId: '0f8fad5b-d9cb-469f-a165-70867728950e' }],
				[edit.loader, { slug: name }],
				[kit.loader, { slug: name }],
				[reach.loader, { slug: name }],
			] as const) {
				const response = await callRoute(handler, { path: `/en/campaigns/x?${query}`, params, cookie })
				expect([200, 403, 404]).toContain(response.status)
			}
		}),
		{ numRuns: 40 },
	)
	// Odd country choices are counted as "none chosen", never as what was typed.
	const countries = getDb().select({ country: campaignReach.country }).from(campaignReach).all()
	expect(countries.every((row) => ['', 'MA', 'FR'].includes(row.country))).toBe(true)
})
