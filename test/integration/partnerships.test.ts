import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { organisations, partnershipCommitments, partnershipPartners } from '#app/db/schema/index.ts'
import { importPartnershipContent } from '#app/modules/network/partnership-content-import.server.ts'
import { searchAtlas } from '#app/modules/search/search.server.ts'
import { publicPages } from '#app/modules/search/sitemap.server.ts'
import * as page from '#app/routes/$lang+/network+/partnerships+/$slug.tsx'
import * as edit from '#app/routes/$lang+/network+/partnerships+/$slug_.edit.tsx'
import * as list from '#app/routes/$lang+/network+/partnerships+/_index.tsx'
import * as create from '#app/routes/$lang+/network+/partnerships+/new.tsx'
import { databaseSnapshot } from '#test/db-snapshot.ts'
import { createActor, createOrganisation, signIn } from '#test/factories.ts'
import { createPartnerAdmin, createPartnership } from '#test/partnership-factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

type Page = {
	partnership: {
		published: boolean
		waitingFor: string[]
		partners: { id: string; commitments: { id: string; text: string; met: boolean; results: { text: string }[] }[] }[]
	}
}

const openPage = (slug: string, cookie?: string) =>
	callRoute(page.loader, { path: `/en/network/partnerships/${slug}`, params: { slug }, cookie })
const act = (slug: string, cookie: string, form: Record<string, string>) =>
	callRoute(page.action, { path: `/en/network/partnerships/${slug}`, params: { slug }, cookie, form })
const inSiteMap = (slug: string) => publicPages().some((entry) => entry.path === `/network/partnerships/${slug}`)
const foundSignedOut = async (word: string) =>
	(await searchAtlas(null, 'en', { query: word, filters: {}, sort: 'relevance', page: 1 })).hits.length

test('two partners commit, one reports progress; the public sees it only once both agreed, and not after one withdraws', async () => {
	const growers = await createPartnerAdmin('ES')
	const ngo = await createPartnerAdmin('MA')
	const growersCookie = signIn(growers.admin.id).cookie
	const ngoCookie = signIn(ngo.admin.id).cookie
	const created = await callRoute(create.action, {
		path: '/en/network/partnerships/new',
		cookie: growersCookie,
		form: {
			sourceLanguage: 'en',
			'title.en': 'Quetzalcoatl fair harvest partnership',
			'goal.en': 'Seasonal workers pay no recruitment fees.',
			'title.fr': 'Partenariat Quetzalcoatl',
			'goal.fr': 'Aucun frais de recrutement.',
			countries: ['ES', 'MA'],
			startsOn: '2025-03-01',
			endsOn: '2027-02-28',
			status: 'active',
			partnerIds: ngo.organisation.id,
		},
	})
	expect(created.status).toBe(302)
	const slug = created.headers.get('Location')!.split('/').pop()!
	expect(slug).toBe('quetzalcoatl-fair-harvest-partnership')

	expect(
		(
			await act(slug, growersCookie, {
				intent: 'commit',
				organisationId: growers.organisation.id,
				text: 'Audit two supply chains',
				language: 'en',
				dueOn: '2026-03-31',
			})
		).status,
	).toBe(302)
	expect(
		(
			await act(slug, ngoCookie, {
				intent: 'commit',
				organisationId: ngo.organisation.id,
				text: 'Train 200 recruitment agents',
				language: 'en',
				dueOn: '',
			})
		).status,
	).toBe(302)
	const members = await jsonOf<Page>(await openPage(slug, ngoCookie))
	const training = members.partnership.partners.find((partner) => partner.id === ngo.organisation.id)!.commitments[0]!
	expect(
		(
			await act(slug, ngoCookie, {
				intent: 'report',
				commitmentId: training.id,
				reportedOn: '2025-12-15',
				text: '120 agents trained in Tangier',
				language: 'en',
				met: 'on',
			})
		).status,
	).toBe(302)

	expect((await openPage(slug)).status).toBe(404)
	expect(inSiteMap(slug)).toBe(false)
	expect(await foundSignedOut('quetzalcoatl')).toBe(0)

	expect((await act(slug, growersCookie, { intent: 'agree', organisationId: growers.organisation.id })).status).toBe(
		302,
	)
	expect((await openPage(slug)).status).toBe(404)
	expect(inSiteMap(slug)).toBe(false)
	const waiting = await jsonOf<Page>(await openPage(slug, growersCookie))
	expect(waiting.partnership).toMatchObject({ published: false, waitingFor: [ngo.organisation.name] })

	expect((await act(slug, ngoCookie, { intent: 'agree', organisationId: ngo.organisation.id })).status).toBe(302)
	const visitor = await openPage(slug)
	expect(visitor.status).toBe(200)
	const shown = (await jsonOf<Page>(visitor)).partnership
	expect(shown.published).toBe(true)
	const texts = shown.partners.flatMap((partner) => partner.commitments.map((commitment) => commitment.text))
	expect(texts.sort()).toEqual(['Audit two supply chains', 'Train 200 recruitment agents'])
	const progress = shown.partners.flatMap((partner) => partner.commitments).find((c) => c.id === training.id)!
	expect(progress).toMatchObject({ met: true, results: [{ text: '120 agents trained in Tangier' }] })
	expect(inSiteMap(slug)).toBe(true)
	expect(await foundSignedOut('quetzalcoatl')).toBeGreaterThan(0)
	// The commitments are searchable too, now that the page is public.
	expect(await foundSignedOut('recruitment agents')).toBeGreaterThan(0)

	expect((await act(slug, ngoCookie, { intent: 'withdraw', organisationId: ngo.organisation.id })).status).toBe(302)
	expect((await openPage(slug)).status).toBe(404)
	expect(inSiteMap(slug)).toBe(false)
	expect(await foundSignedOut('quetzalcoatl')).toBe(0)
	expect((await openPage(slug, signIn((await createActor({ roles: ['officer'] })).id).cookie)).status).toBe(200)
})

test('a partner’s admin speaks only for their own organisation: no commitment, report or agreement for another', async () => {
	const first = await createPartnerAdmin('ES')
	const second = await createPartnerAdmin('MA')
	const partnership = createPartnership(first.admin, { partnerIds: [second.organisation.id] })
	const secondCookie = signIn(second.admin.id).cookie
	await act(partnership.slug, signIn(first.admin.id).cookie, {
		intent: 'commit',
		organisationId: first.organisation.id,
		text: 'Audit two supply chains',
		language: 'en',
	})
	const commitment = getDb()
		.select()
		.from(partnershipCommitments)
		.where(eq(partnershipCommitments.partnershipId, partnership.id))
		.get()!
	const before = databaseSnapshot()
	const forms: Record<string, string>[] = [
		{ intent: 'commit', organisationId: first.organisation.id, text: 'We promise for them', language: 'en' },
		{
			intent: 'report',
			commitmentId: commitment.id,
			reportedOn: '2025-05-01',
			text: 'Done for them',
			language: 'en',
			met: 'on',
		},
		{ intent: 'agree', organisationId: first.organisation.id },
		{ intent: 'withdraw', organisationId: first.organisation.id },
	]
	for (const form of forms) expect((await act(partnership.slug, secondCookie, form)).status).toBe(403)
	expect(databaseSnapshot()).toEqual(before)
	// A platform admin may act for any partner.
	const platformAdmin = await createActor({ roles: ['platform_admin'] })
	const adminCookie = signIn(platformAdmin.id).cookie
	expect(
		(await act(partnership.slug, adminCookie, { intent: 'agree', organisationId: second.organisation.id })).status,
	).toBe(302)
})

test('an admin of an organisation that is not a partner cannot edit it or act on its page', async () => {
	const partner = await createPartnerAdmin('ES')
	const outsider = await createPartnerAdmin('FR')
	const partnership = createPartnership(partner.admin)
	const cookie = signIn(outsider.admin.id).cookie
	const before = databaseSnapshot()
	const path = `/en/network/partnerships/${partnership.slug}/edit`
	expect((await callRoute(edit.loader, { path, params: { slug: partnership.slug }, cookie })).status).toBe(403)
	const form = {
		sourceLanguage: 'en',
		'title.en': 'Taken over',
		'goal.en': 'Ours now',
		countries: 'FR',
		startsOn: '2025-01-01',
		status: 'active',
		partnerIds: outsider.organisation.id,
	}
	expect((await callRoute(edit.action, { path, params: { slug: partnership.slug }, cookie, form })).status).toBe(403)
	const commit = await act(partnership.slug, cookie, {
		intent: 'commit',
		organisationId: outsider.organisation.id,
		text: 'Sneaking in',
		language: 'en',
	})
	expect(commit.status).toBe(403)
	expect(databaseSnapshot()).toEqual(before)
	// An officer may read it but not create one.
	const officer = signIn((await createActor({ roles: ['officer'] })).id).cookie
	expect((await callRoute(create.loader, { path: '/en/network/partnerships/new', cookie: officer })).status).toBe(403)
	expect((await callRoute(create.loader, { path: '/en/network/partnerships/new' })).status).toBe(302)
})

test('adding a partner takes the page back to members until the new partner agrees too', async () => {
	const first = await createPartnerAdmin('ES')
	const second = await createPartnerAdmin('MA')
	const partnership = createPartnership(first.admin)
	const firstCookie = signIn(first.admin.id).cookie
	await act(partnership.slug, firstCookie, { intent: 'agree', organisationId: first.organisation.id })
	expect((await openPage(partnership.slug)).status).toBe(200)
	const path = `/en/network/partnerships/${partnership.slug}/edit`
	const values = await jsonOf<{ values: Record<string, string | string[]> }>(
		await callRoute(edit.loader, { path, params: { slug: partnership.slug }, cookie: firstCookie }),
	)
	const saved = await callRoute(edit.action, {
		path,
		params: { slug: partnership.slug },
		cookie: firstCookie,
		form: { ...values.values, partnerIds: [first.organisation.id, second.organisation.id] },
	})
	expect(saved.status).toBe(302)
	expect((await openPage(partnership.slug)).status).toBe(404)
	expect(inSiteMap(partnership.slug)).toBe(false)
	await act(partnership.slug, signIn(second.admin.id).cookie, {
		intent: 'agree',
		organisationId: second.organisation.id,
	})
	expect((await openPage(partnership.slug)).status).toBe(200)
})

test('removing a partner with commitments asks for confirmation, then takes its commitments away; one’s own organisation stays', async () => {
	const first = await createPartnerAdmin('ES')
	const second = await createPartnerAdmin('MA')
	const partnership = createPartnership(first.admin, { partnerIds: [second.organisation.id] })
	await act(partnership.slug, signIn(second.admin.id).cookie, {
		intent: 'commit',
		organisationId: second.organisation.id,
		text: 'Train 200 recruitment agents',
		language: 'en',
	})
	const cookie = signIn(first.admin.id).cookie
	const path = `/en/network/partnerships/${partnership.slug}/edit`
	const form = {
		sourceLanguage: 'en',
		'title.en': 'Fair recruitment',
		'goal.en': 'No fees',
		countries: 'ES',
		startsOn: '2025-03-01',
		status: 'active',
	}
	const before = databaseSnapshot()
	const unconfirmed = await callRoute(edit.action, {
		path,
		params: { slug: partnership.slug },
		cookie,
		form: { ...form, partnerIds: first.organisation.id },
	})
	expect(unconfirmed.status).toBe(400)
	const message = (await jsonOf<{ fieldErrors: { confirmRemoval: string[] } }>(unconfirmed)).fieldErrors
		.confirmRemoval[0]
	expect(message).toContain('removal-needs-confirm')
	expect(new URLSearchParams(message!.split('?')[1]).get('partners')).toBe(second.organisation.name)
	const ownDropped = await callRoute(edit.action, {
		path,
		params: { slug: partnership.slug },
		cookie,
		form: { ...form, partnerIds: second.organisation.id },
	})
	expect(await jsonOf(ownDropped)).toMatchObject({
		fieldErrors: { partnerIds: ['partnerships:errors.keep-own-organisation'] },
	})
	expect(databaseSnapshot()).toEqual(before)
	const confirmed = await callRoute(edit.action, {
		path,
		params: { slug: partnership.slug },
		cookie,
		form: { ...form, partnerIds: first.organisation.id, confirmRemoval: 'on' },
	})
	expect(confirmed.status).toBe(302)
	const rows = (table: typeof partnershipCommitments | typeof partnershipPartners) =>
		getDb().select().from(table).where(eq(table.partnershipId, partnership.id)).all()
	expect(rows(partnershipCommitments)).toEqual([])
	expect(rows(partnershipPartners).map((row) => row.organisationId)).toEqual([first.organisation.id])
})

test('the list shows visitors only published partnerships, filters by country and status, and offers members more', async () => {
	const partner = await createPartnerAdmin('ES')
	const cookie = signIn(partner.admin.id).cookie
	const published = createPartnership(partner.admin, { countries: ['TL'], status: 'completed' })
	const hidden = createPartnership(partner.admin, { countries: ['TL'], status: 'completed' })
	await act(published.slug, cookie, { intent: 'agree', organisationId: partner.organisation.id })
	type List = { total: number; partnerships: { slug: string }[]; mayCreate: boolean }
	const slugsOf = async (query: string, who?: string) =>
		(
			await jsonOf<List>(await callRoute(list.loader, { path: `/en/network/partnerships?${query}`, cookie: who }))
		).partnerships.map((p) => p.slug)
	expect(await slugsOf('country=TL')).toEqual([published.slug])
	expect((await slugsOf('country=TL', cookie)).sort()).toEqual([published.slug, hidden.slug].sort())
	expect(await slugsOf('country=TL&status=planned', cookie)).toEqual([])
	expect(await slugsOf('country=TL&status=completed')).toEqual([published.slug])
	const visitor = await jsonOf<List>(await callRoute(list.loader, { path: '/en/network/partnerships' }))
	expect(visitor.mayCreate).toBe(false)
	const admin = await jsonOf<List>(await callRoute(list.loader, { path: '/en/network/partnerships', cookie }))
	expect(admin.mayCreate).toBe(true)
})

test('the sample partnerships import once, partners found by name, and wait when a partner is missing', () => {
	const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'partnerships-')), 'partnerships.yaml')
	fs.copyFileSync('content/network/partnerships.yaml', file)
	const first = importPartnershipContent(file)
	expect(first.partnerships).toBe(0)
	expect(first.skipped.join('\n')).toContain('"Sample Fair Harvest Growers"')
	for (const name of [
		'Sample Fair Harvest Growers',
		'Sample Seasonal Workers Union',
		'Sample Safe Passage NGO',
		'Sample Coastal Voices Radio',
		'Sample Moroccan Referral Coordination Unit',
	])
		if (!getDb().select().from(organisations).where(eq(organisations.name, name)).get()) createOrganisation({ name })
	expect(importPartnershipContent(file)).toEqual({ partnerships: 2, skipped: [] })
	expect(importPartnershipContent(file)).toEqual({ partnerships: 0, skipped: [] })
	expect(inSiteMap('sample-fair-recruitment-partnership')).toBe(true)
})

test('a platform admin records a partnership for others: their own organisation takes part only when chosen', async () => {
	const platformAdmin = await createActor({ roles: ['platform_admin'] })
	const [first, second] = [createOrganisation({ country: 'ES' }), createOrganisation({ country: 'MA' })]
	const partnership = createPartnership(platformAdmin, { partnerIds: [first.id, second.id] })
	const partners = getDb()
		.select({ id: partnershipPartners.organisationId })
		.from(partnershipPartners)
		.where(eq(partnershipPartners.partnershipId, partnership.id))
		.all()
		.map((row) => row.id)
	expect(partners.sort()).toEqual([first.id, second.id].sort())
})
