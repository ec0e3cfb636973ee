import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { organisations, partnershipPartners } from '#app/db/schema/index.ts'
import { profilesOpenTo } from '#app/modules/network/store.server.ts'
import * as campaignPage from '#app/routes/$lang+/campaigns+/$slug.tsx'
import * as directory from '#app/routes/$lang+/network+/_index.tsx'
import * as organisationPage from '#app/routes/$lang+/network+/organisations.$organisationId.tsx'
import * as partnershipPage from '#app/routes/$lang+/network+/partnerships+/$slug.tsx'
import * as partnershipList from '#app/routes/$lang+/network+/partnerships+/_index.tsx'
import * as newsList from '#app/routes/$lang+/news+/_index.tsx'
import * as storyPage from '#app/routes/$lang+/news+/$slug.tsx'
import { createCampaign } from '#test/campaign-factories.ts'
import { createActor, createOrganisation, signIn } from '#test/factories.ts'
import { createFocalPoint, createProfile } from '#test/network-factories.ts'
import { createPublishedStory } from '#test/news-factories.ts'
import { createPartnership } from '#test/partnership-factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

type Named = { id: string; hasProfile: boolean }

/** Organisations of every standing: a public NGO, a members-only one, a police unit, one with no profile, a suspended one. */
async function organisationsOfEveryStanding() {
	const admin = await createActor({ roles: ['platform_admin'] })
	const profiled = (overrides: Parameters<typeof createProfile>[1]) =>
		createProfile(admin, overrides, createOrganisation().id)
	const publicNgo = profiled({ kind: 'ngo', isPublic: true })
	const membersNgo = profiled({ kind: 'ngo', isPublic: false })
	const police = profiled({ kind: 'police', isPublic: false })
	const noProfile = createOrganisation().id
	const suspended = profiled({ kind: 'media', isPublic: true })
	getDb().update(organisations).set({ status: 'pending' }).where(eq(organisations.id, suspended)).run()
	return { admin, publicNgo, membersNgo, police, noProfile, suspended }
}

const openProfile = (organisationId: string, cookie?: string) =>
	callRoute(organisationPage.loader, {
		path: `/en/network/organisations/${organisationId}`,
		params: { organisationId },
		cookie,
	})

test('a profile is linked for exactly the readers whose profile page opens: the public one for visitors, any profile for members', async () => {
	const { publicNgo, membersNgo, police, noProfile, suspended } = await organisationsOfEveryStanding()
	const officer = await createActor({ roles: ['officer'] })
	const ids = [publicNgo, membersNgo, police, noProfile, suspended]

	expect([...profilesOpenTo(null, ids)]).toEqual([publicNgo])
	expect([...profilesOpenTo(officer, ids)].sort()).toEqual([publicNgo, membersNgo, police].sort())
	expect(profilesOpenTo(null, [])).toEqual(new Set())

	for (const [reader, cookie] of [
		[null, undefined],
		[officer, signIn(officer.id).cookie],
	] as const) {
		const openable = profilesOpenTo(reader, ids)
		for (const id of ids) expect((await openProfile(id, cookie)).status, id).toBe(openable.has(id) ? 200 : 404)
	}
})

test('partnership, campaign, story and directory pages link a members-only organisation for members only, and never one without a profile', async () => {
	const { admin, publicNgo, police, noProfile } = await organisationsOfEveryStanding()
	const officerCookie = signIn((await createActor({ roles: ['officer'] })).id).cookie
	const linked = (named: Named[]) =>
		Object.fromEntries(named.map((organisation) => [organisation.id, organisation.hasProfile]))

	const partnership = createPartnership(admin, { partnerIds: [publicNgo, police, noProfile] })
	getDb()
		.update(partnershipPartners)
		.set({ agreesToPublish: true })
		.where(eq(partnershipPartners.partnershipId, partnership.id))
		.run()
	const partnersSeenBy = async (cookie?: string) => {
		const response = await callRoute(partnershipPage.loader, {
			path: `/en/network/partnerships/${partnership.slug}`,
			params: { slug: partnership.slug },
			cookie,
		})
		return linked((await jsonOf<{ partnership: { partners: Named[] } }>(response)).partnership.partners)
	}
	// The creating admin's own organisation is a partner too; it has no profile either.
	expect(await partnersSeenBy()).toMatchObject({ [publicNgo]: true, [police]: false, [noProfile]: false })
	expect(await partnersSeenBy(officerCookie)).toMatchObject({ [publicNgo]: true, [police]: true, [noProfile]: false })

	const runner = await createActor({ roles: ['org_admin'], organisationId: publicNgo })
	const campaign = createCampaign(runner, { partnerIds: [police, noProfile] }, { publish: true })
	const campaignSeenBy = async (cookie?: string) => {
		const response = await callRoute(campaignPage.loader, {
			path: `/en/campaigns/${campaign.slug}`,
			params: { slug: campaign.slug },
			cookie,
		})
		const { runner: runBy, partners } = (await jsonOf<{ campaign: { runner: Named; partners: Named[] } }>(response))
			.campaign
		return linked([runBy, ...partners])
	}
	expect(await campaignSeenBy()).toEqual({ [publicNgo]: true, [police]: false, [noProfile]: false })
	expect(await campaignSeenBy(officerCookie)).toEqual({ [publicNgo]: true, [police]: true, [noProfile]: false })

	const policeWriter = await createActor({ roles: ['org_admin'], organisationId: police })
	const story = createPublishedStory(policeWriter, await createActor({ roles: ['moderator'] }))
	const storySeenBy = async (cookie?: string) => {
		const response = await callRoute(storyPage.loader, {
			path: `/en/news/${story.slug}`,
			params: { slug: story.slug },
			cookie,
		})
		return (await jsonOf<{ story: { organisation: Named } }>(response)).story.organisation.hasProfile
	}
	expect(await storySeenBy()).toBe(false)
	expect(await storySeenBy(officerCookie)).toBe(true)

	// A focal point's organisation may have no profile yet: its name is then shown without a link.
	const unprofiledAdmin = await createActor({ roles: ['org_admin'], organisationId: noProfile })
	createFocalPoint(unprofiledAdmin, { titles: { en: 'Liaison officer for Quetzaltenango' } })
	const members = await jsonOf<{ focalPoints: { title: string; hasProfile: boolean }[] }>(
		await callRoute(directory.loader, { path: '/en/network', cookie: officerCookie }),
	)
	expect(members.focalPoints.find((point) => point.title === 'Liaison officer for Quetzaltenango')).toMatchObject({
		hasProfile: false,
	})
})

test('lists say once that they show sample organisations, and only when they do', async () => {
	const sampleOrganisation = createOrganisation({ name: 'Sample Harbour Outreach', isSample: true })
	const sampleAdmin = await createActor({ roles: ['org_admin'], organisationId: sampleOrganisation.id })
	const sample = (response: Response) => jsonOf<{ sample: boolean }>(response).then((data) => data.sample)

	const directoryIn = (kind: string) => callRoute(directory.loader, { path: `/en/network?kind=${kind}` })
	expect(await sample(await directoryIn('trade-union'))).toBe(false)
	createProfile(sampleAdmin, { kind: 'trade-union' })
	expect(await sample(await directoryIn('trade-union'))).toBe(true)

	const partnershipsIn = (country: string) =>
		callRoute(partnershipList.loader, {
			path: `/en/network/partnerships?country=${country}`,
			cookie: signIn(sampleAdmin.id).cookie,
		})
	expect(await sample(await partnershipsIn('IS'))).toBe(false)
	createPartnership(sampleAdmin, { countries: ['IS'] })
	expect(await sample(await partnershipsIn('IS'))).toBe(true)

	const reviewer = await createActor({ roles: ['moderator'] })
	const storiesOfKind = () => callRoute(newsList.loader, { path: '/en/news?kind=success-story' })
	createPublishedStory(await createActor({ roles: ['org_admin'] }), reviewer, { kind: 'success-story' })
	expect(await sample(await storiesOfKind())).toBe(false)
	createPublishedStory(sampleAdmin, reviewer, { kind: 'success-story' })
	expect(await sample(await storiesOfKind())).toBe(true)
})
