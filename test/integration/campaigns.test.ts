import fs from 'node:fs'
import path from 'node:path'
import { and, eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import {
	campaignMaterials,
	campaignReach,
	campaigns,
	organisationProfiles,
	reportedReach,
} from '#app/db/schema/index.ts'
import { importCampaignContent } from '#app/modules/campaigns/content-import.server.ts'
import { reachMonth } from '#app/modules/campaigns/campaign.ts'
import { searchAtlas } from '#app/modules/search/search.server.ts'
import { publicPages } from '#app/modules/search/sitemap.server.ts'
import { getEnv } from '#app/platform/env.server.ts'
import * as campaignPage from '#app/routes/$lang+/campaigns+/$slug.tsx'
import * as edit from '#app/routes/$lang+/campaigns+/$slug_.edit.tsx'
import * as kit from '#app/routes/$lang+/campaigns+/$slug_.kit.tsx'
import * as kitFile from '#app/routes/$lang+/campaigns+/$slug_.kit_.$materialId.ts'
import * as reach from '#app/routes/$lang+/campaigns+/$slug_.reach.tsx'
import * as list from '#app/routes/$lang+/campaigns+/_index.tsx'
import * as newCampaign from '#app/routes/$lang+/campaigns+/new.tsx'
import { createCampaign, htmlBytes, pdfBytes, pngBytes, postKitFile } from '#test/campaign-factories.ts'
import { databaseSnapshot } from '#test/db-snapshot.ts'
import { createActor, createOrganisation, signIn } from '#test/factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

const storedFiles = () => {
	const folder = path.join(getEnv().DATA_DIR, 'library')
	return fs.existsSync(folder) ? fs.readdirSync(folder).sort() : []
}
const reachOf = (campaignId: string) =>
	getDb().select().from(campaignReach).where(eq(campaignReach.campaignId, campaignId)).all()
const page = (slug: string, query = '', cookie?: string) =>
	callRoute(campaignPage.loader, { path: `/en/campaigns/${slug}${query}`, params: { slug }, cookie })
const file = (slug: string, materialId: string, query = '', cookie?: string) =>
	callRoute(kitFile.loader, {
		path: `/en/campaigns/${slug}/kit/${materialId}${query}`,
		params: { slug, materialId },
		cookie,
	})

async function mediaPartner() {
	const radio = createOrganisation({ name: 'Coastal Voices Radio (test)', country: 'FR', type: 'ngo' })
	getDb()
		.insert(organisationProfiles)
		.values({
			organisationId: radio.id,
			kind: 'media',
			countries: ['FR'],
			regions: [],
			areas: [],
			languages: ['fr'],
			descriptions: {},
			isPublic: true,
		})
		.run()
	const admin = await createActor({ roles: ['org_admin'], organisationId: radio.id })
	return { radio, admin }
}

test('an NGO admin builds a campaign in two languages with a poster in each, a media partner, and publishes it; a visitor’s view and download are counted once, with no cookie', async () => {
	const ngo = createOrganisation({ name: 'Safe Passage (test)', country: 'MA', type: 'ngo' })
	const admin = await createActor({ roles: ['org_admin'], organisationId: ngo.id })
	const { radio } = await mediaPartner()
	const cookie = signIn(admin.id).cookie
	const created = await callRoute(newCampaign.action, {
		path: '/en/campaigns/new',
		cookie,
		form: {
			sourceLanguage: 'en',
			'title.en': 'Zanzibarite: check the job before you go',
			'message.en': 'Most offers abroad are honest. Some are traps.',
			'signs.en': 'You pay to get the job\nSomeone keeps your passport',
			'title.fr': 'Vérifiez l’emploi avant de partir',
			'message.fr': 'La plupart des offres sont honnêtes. Certaines sont des pièges.',
			countries: ['MA', 'FR'],
			audiences: ['job-seekers', 'travellers'],
			startsOn: '2026-01-01',
			endsOn: '2099-12-31',
			organisationId: ngo.id,
			partnerIds: [radio.id],
			pressName: 'Press office',
			pressEmail: 'press@safe-passage.example',
		},
	})
	expect(created.status).toBe(302)
	const slug = created.headers.get('Location')!.split('/')[3]!
	for (const language of ['en', 'fr'])
		expect(
			(
				await postKitFile(kit.action, {
					slug,
					cookie,
					bytes: pngBytes(600, 800, language),
					name: `poster-${language}.png`,
					fields: { kind: 'poster', language },
				})
			).status,
		).toBe(302)
	const campaign = getDb().select().from(campaigns).where(eq(campaigns.slug, slug)).get()!
	const posters = getDb().select().from(campaignMaterials).where(eq(campaignMaterials.campaignId, campaign.id)).all()
	expect(posters.map((poster) => [poster.language, poster.type, poster.width])).toEqual([
		['en', 'image/png', 600],
		['fr', 'image/png', 600],
	])

	// A draft is for its organisation's admins only: its page and its files are missing to everyone else.
	const other = await createActor({ roles: ['org_admin'] })
	expect((await page(slug)).status).toBe(404)
	expect((await page(slug, '', signIn(other.id).cookie)).status).toBe(404)
	expect((await file(slug, posters[0]!.id)).status).toBe(404)
	expect((await page(slug, '', cookie)).status).toBe(200)

	expect(
		(
			await callRoute(edit.action, {
				path: `/en/campaigns/${slug}/edit?intent=publish`,
				params: { slug },
				cookie,
				form: {},
			})
		).status,
	).toBe(302)
	const english = posters.find((poster) => poster.language === 'en')!
	const view = await page(slug, '?country=FR')
	expect(view.status).toBe(200)
	expect(view.headers.get('Set-Cookie')).toBeNull()
	const shown = await jsonOf<{
		campaign: {
			country: string
			partners: { name: string; kind: string | null; hasProfile: boolean }[]
			kit: { language: string }[]
		}
	}>(view)
	expect(shown.campaign.country).toBe('FR')
	expect(shown.campaign.partners).toEqual([
		expect.objectContaining({ name: radio.name, kind: 'media', hasProfile: true }),
	])
	expect(shown.campaign.kit.map((material) => material.language)).toEqual(['en', 'fr'])
	const download = await file(slug, english.id, '?country=FR')
	expect(download.status).toBe(200)
	expect(download.headers.get('Set-Cookie')).toBeNull()
	expect(download.headers.get('Content-Type')).toBe('image/png')
	expect(download.headers.get('X-Content-Type-Options')).toBe('nosniff')
	expect(download.headers.get('Content-Disposition')).toBe(
		`attachment; filename="poster-en.png"; filename*=UTF-8''poster-en.png`,
	)
	const preview = await file(slug, english.id, '?preview=1')
	expect(preview.headers.get('Content-Disposition')).toBe('inline')
	expect(reachOf(campaign.id)).toEqual([
		{ campaignId: campaign.id, country: 'FR', month: reachMonth(new Date()), views: 1, downloads: 1 },
	])

	// Published, the campaign is public in every language it is written in, in the site map and the search.
	const paths = publicPages().map((entry) => `/${entry.language}${entry.path}`)
	expect(paths).toEqual(expect.arrayContaining([`/en/campaigns/${slug}`, `/fr/campaigns/${slug}`]))
	const found = async () =>
		(await searchAtlas(null, 'en', { query: 'zanzibarite', filters: {}, sort: 'relevance', page: 1 })).hits.length
	expect(await found()).toBe(1)
	const listed = await jsonOf<{ campaigns: { slug: string }[] }>(
		await callRoute(list.loader, { path: '/en/campaigns?country=MA' }),
	)
	expect(listed.campaigns.map((entry) => entry.slug)).toContain(slug)

	expect(
		(
			await callRoute(edit.action, {
				path: `/en/campaigns/${slug}/edit?intent=withdraw`,
				params: { slug },
				cookie,
				form: {},
			})
		).status,
	).toBe(302)
	expect(publicPages().filter((entry) => entry.path.endsWith(slug))).toEqual([])
	expect(await found()).toBe(0)
	expect((await page(slug)).status).toBe(404)
})

test('a file that is not what its name says is refused at the file field, and nothing is stored', async () => {
	const admin = await createActor({ roles: ['org_admin'] })
	const { slug } = createCampaign(admin)
	const cookie = signIn(admin.id).cookie
	for (const [bytes, name, reason] of [
		[pdfBytes('a pdf'), 'poster.png', 'name-mismatch'],
		[htmlBytes(), 'leaflet.pdf', 'unknown-type'],
	] as const) {
		const before = { database: databaseSnapshot(), files: storedFiles() }
		const answer = await postKitFile(kit.action, { slug, cookie, bytes, name })
		expect(answer.status).toBe(400)
		expect((await jsonOf<{ fieldErrors: Record<string, string[]> }>(answer)).fieldErrors).toEqual({
			file: [`campaigns:errors.${reason}`],
		})
		expect({ database: databaseSnapshot(), files: storedFiles() }).toEqual(before)
	}
})

test('partners’ admins follow the reach and report their own; other organisations cannot', async () => {
	const admin = await createActor({ roles: ['org_admin'] })
	const { radio, admin: partner } = await mediaPartner()
	const outsider = await createActor({ roles: ['org_admin'] })
	const { slug, id } = createCampaign(admin, { partnerIds: [radio.id] }, { publish: true })
	const report = (cookie: string, organisationId: string) =>
		callRoute(reach.action, {
			path: `/en/campaigns/${slug}/reach`,
			params: { slug },
			cookie,
			form: {
				organisationId,
				kind: 'broadcast-audience',
				amount: '120000',
				country: 'FR',
				month: reachMonth(new Date()),
				source: 'Station audience survey',
			},
		})
	expect(
		(
			await callRoute(reach.loader, {
				path: `/en/campaigns/${slug}/reach`,
				params: { slug },
				cookie: signIn(partner.id).cookie,
			})
		).status,
	).toBe(200)
	expect((await report(signIn(partner.id).cookie, radio.id)).status).toBe(302)
	// A partner speaks for its own organisation only, and an outsider sees nothing of the reach.
	expect((await report(signIn(partner.id).cookie, admin.organisationId)).status).toBe(403)
	expect((await report(signIn(outsider.id).cookie, outsider.organisationId)).status).toBe(403)
	expect(
		(
			await callRoute(reach.loader, {
				path: `/en/campaigns/${slug}/reach`,
				params: { slug },
				cookie: signIn(outsider.id).cookie,
			})
		).status,
	).toBe(403)
	const future = await callRoute(reach.action, {
		path: `/en/campaigns/${slug}/reach`,
		params: { slug },
		cookie: signIn(partner.id).cookie,
		form: { organisationId: radio.id, kind: 'other', amount: '5', month: '2999-01', source: 'Guess' },
	})
	expect(future.status).toBe(400)
	const rows = getDb()
		.select()
		.from(reportedReach)
		.where(and(eq(reportedReach.campaignId, id)))
		.all()
	expect(rows.map((row) => [row.organisationId, row.amount, row.country])).toEqual([[radio.id, 120000, 'FR']])
})

test('publishing needs a period and a target country; the form says what is missing', async () => {
	const admin = await createActor({ roles: ['org_admin'] })
	const { slug } = createCampaign(admin, { startsOn: '', endsOn: '', countries: [] })
	const answer = await callRoute(edit.action, {
		path: `/en/campaigns/${slug}/edit?intent=publish`,
		params: { slug },
		cookie: signIn(admin.id).cookie,
		form: {},
	})
	expect(answer.status).toBe(400)
	expect((await jsonOf<{ fieldErrors: Record<string, string[]> }>(answer)).fieldErrors).toEqual({
		status: ['campaigns:errors.period-required'],
	})
})

test('the sample campaign is imported once, published and searchable, from the network’s sample organisations', async () => {
	for (const [name, country] of [
		['Sample Safe Passage NGO', 'MA'],
		['Sample Coastal Voices Radio', 'FR'],
		['Sample Regional Migration Office', 'CH'],
	] as const)
		createOrganisation({ name, country, isSample: true })
	expect(importCampaignContent()).toEqual({ campaigns: 1 })
	expect(importCampaignContent()).toEqual({ campaigns: 0 })
	const slug = 'sample-know-the-signs-before-you-travel-for-work'
	const shown = await jsonOf<{
		campaign: { runner: { isSample: boolean }; partners: unknown[]; signs: string[]; title: string }
	}>(await page(slug))
	expect(shown.campaign).toMatchObject({
		runner: { isSample: true },
		title: 'Sample: Know the signs before you travel for work',
	})
	expect(shown.campaign.partners).toHaveLength(2)
	expect(publicPages().map((entry) => `/${entry.language}${entry.path}`)).toContain(`/ar/campaigns/${slug}`)
})

test("a partner's admin is shown the way to the campaign's reach; an admin of an organisation outside it is not", async () => {
	const organiser = await createActor({ roles: ['org_admin'] })
	const partner = await mediaPartner()
	const campaign = createCampaign(organiser, { partnerIds: [partner.radio.id] }, { publish: true })
	const outsider = await createActor({ roles: ['org_admin'] })
	const shown = async (cookie?: string) =>
		(await jsonOf<{ campaign: { followsReach: boolean; editor: boolean } }>(await page(campaign.slug, '', cookie)))
			.campaign
	expect(await shown(signIn(partner.admin.id).cookie)).toMatchObject({ followsReach: true, editor: false })
	expect(await shown(signIn(organiser.id).cookie)).toMatchObject({ followsReach: true, editor: true })
	expect(await shown(signIn(outsider.id).cookie)).toMatchObject({ followsReach: false, editor: false })
	expect(await shown()).toMatchObject({ followsReach: false, editor: false })
})

test('the list says it holds sample data only when a listed campaign is run by a sample organisation', async () => {
	const listed = async (country: string) =>
		(await jsonOf<{ sample: boolean }>(await callRoute(list.loader, { path: `/en/campaigns?country=${country}` })))
			.sample
	const real = await createActor({ roles: ['org_admin'], organisationId: createOrganisation({ country: 'PT' }).id })
	createCampaign(real, { countries: ['PT'] }, { publish: true })
	expect(await listed('PT')).toBe(false)
	const sample = createOrganisation({ country: 'CV', isSample: true })
	createCampaign(
		await createActor({ roles: ['org_admin'], organisationId: sample.id }),
		{ countries: ['CV'] },
		{
			publish: true,
		},
	)
	expect(await listed('CV')).toBe(true)
})
