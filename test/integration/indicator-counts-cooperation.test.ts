import { and, eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { campaigns, indicatorCounts } from '#app/db/schema/index.ts'
import { awarenessCounters } from '#app/modules/indicators/counters/awareness.server.ts'
import { cooperationCounters } from '#app/modules/indicators/counters/cooperation.server.ts'
import { rollUpIndicators } from '#app/modules/indicators/rollup.server.ts'
import { createCampaign } from '#test/campaign-factories.ts'
import { createActor, createOrganisation } from '#test/factories.ts'
import {
	cellOf,
	countsOf,
	createCommitment,
	createFocalPointConfirmedOn,
	recordCampaignReach,
	reportReach,
} from '#test/indicator-area-factories.ts'
import { createPartnership } from '#test/partnership-factories.ts'

// Snapshot series are counted as things stand at this moment, in March 2026.
const asOf = new Date('2026-03-20T12:00:00Z')
const at = (iso: string) => new Date(iso)

test('focal points count in each of their countries and for their organisation; confirmed ones within the year', () => {
	const spain = createOrganisation({ country: 'ES' })
	const morocco = createOrganisation({ country: 'MA' })
	const refused = createOrganisation({ country: 'FR', status: 'refused' })
	const seeded = [
		{ organisation: spain, countries: ['ES', 'PT'], confirmedAt: at('2026-01-01T00:00:00Z') },
		// No countries of its own: it is the contact for its organisation's country.
		{ organisation: spain, countries: [], confirmedAt: at('2025-01-01T00:00:00Z') },
		{ organisation: morocco, countries: ['MA'], confirmedAt: at('2025-03-21T00:00:00Z') },
		// An organisation that is not (or no longer) vetted is not in the directory, nor counted.
		{ organisation: refused, countries: ['FR'], confirmedAt: at('2026-03-01T00:00:00Z') },
	]
	for (const point of seeded) createFocalPointConfirmedOn(point.organisation.id, point.countries, point.confirmedAt)
	const all = countsOf(cooperationCounters['focal-points'], '2026-03', asOf)
	const confirmed = countsOf(cooperationCounters['focal-points-confirmed'], '2026-03', asOf)

	const listed = seeded.filter((point) => point.organisation.status === 'approved')
	const countriesOf = (point: (typeof seeded)[number]) =>
		point.countries.length ? point.countries : [point.organisation.country]
	const yearBefore = asOf.getTime() - 365 * 24 * 60 * 60 * 1000
	const current = listed.filter((point) => point.confirmedAt.getTime() >= yearBefore)
	expect(cellOf(all)).toBe(listed.length)
	expect(cellOf(all, { place: 'ES' })).toBe(listed.filter((point) => countriesOf(point).includes('ES')).length)
	expect(cellOf(all, { place: 'PT' })).toBe(1)
	expect(cellOf(all, { place: 'FR' })).toBe(0)
	// The Spanish and Portuguese contact counts once in Europe.
	expect(cellOf(all, { place: 'region:europe' })).toBe(2)
	expect(cellOf(all, { organisationId: spain.id })).toBe(2)
	expect(cellOf(confirmed)).toBe(current.length)
	expect(cellOf(confirmed, { place: 'ES' })).toBe(1)
	expect(cellOf(confirmed, { organisationId: morocco.id })).toBe(1)
	expect(cellOf(confirmed, { organisationId: spain.id })).toBe(1)
})

test('an active partnership counts once in the world and once for each partner; commitments for the partner that made them', async () => {
	const coordinator = await createActor({ roles: ['platform_admin'] })
	const spain = createOrganisation({ country: 'ES' })
	const morocco = createOrganisation({ country: 'MA' })
	const france = createOrganisation({ country: 'FR' })
	const strait = createPartnership(coordinator, { countries: ['ES', 'MA'], partnerIds: [spain.id, morocco.id] })
	const ports = createPartnership(coordinator, { countries: ['ES'], partnerIds: [spain.id, france.id] })
	const finished = createPartnership(coordinator, {
		countries: ['FR'],
		partnerIds: [france.id],
		status: 'completed',
		endsOn: '2026-01-31',
	})
	const commitments = [
		{ partnership: strait, organisationId: spain.id, met: true, countries: ['ES', 'MA'], active: true },
		{ partnership: strait, organisationId: spain.id, met: false, countries: ['ES', 'MA'], active: true },
		{ partnership: strait, organisationId: morocco.id, met: true, countries: ['ES', 'MA'], active: true },
		{ partnership: ports, organisationId: france.id, met: false, countries: ['ES'], active: true },
		{ partnership: finished, organisationId: france.id, met: true, countries: ['FR'], active: false },
	]
	for (const one of commitments) createCommitment(one.partnership.id, one.organisationId, one.met)
	const partnerships = countsOf(cooperationCounters.partnerships, '2026-03', asOf)
	const made = countsOf(cooperationCounters.commitments, '2026-03', asOf)
	const met = countsOf(cooperationCounters['commitments-met'], '2026-03', asOf)

	expect(cellOf(partnerships)).toBe(2)
	expect(cellOf(partnerships, { place: 'ES' })).toBe(2)
	expect(cellOf(partnerships, { place: 'MA' })).toBe(1)
	expect(cellOf(partnerships, { place: 'FR' })).toBe(0)
	expect(cellOf(partnerships, { place: 'region:europe' })).toBe(2)
	expect(cellOf(partnerships, { organisationId: spain.id })).toBe(2)
	expect(cellOf(partnerships, { organisationId: morocco.id })).toBe(1)
	expect(cellOf(partnerships, { organisationId: france.id })).toBe(1)

	const active = commitments.filter((one) => one.active)
	const byOrganisation = (list: typeof commitments, id: string) =>
		list.filter((one) => one.organisationId === id).length
	expect(cellOf(made)).toBe(active.length)
	expect(cellOf(made, { place: 'MA' })).toBe(active.filter((one) => one.countries.includes('MA')).length)
	expect(cellOf(made, { place: 'region:africa' })).toBe(3)
	expect(cellOf(made, { organisationId: spain.id })).toBe(byOrganisation(active, spain.id))
	expect(cellOf(made, { organisationId: france.id })).toBe(1)
	const metActive = active.filter((one) => one.met)
	expect(cellOf(met)).toBe(metActive.length)
	expect(cellOf(met, { place: 'ES' })).toBe(2)
	expect(cellOf(met, { organisationId: spain.id })).toBe(byOrganisation(metActive, spain.id))
	expect(cellOf(met, { organisationId: france.id })).toBe(0)
})

test('campaign views, kit downloads and reported reach add up in the month they are for, by campaign', async () => {
	const organiser = await createActor({ roles: ['org_admin'] })
	const partner = createOrganisation({ country: 'MA' })
	const running = createCampaign(organiser, {}, { publish: true })
	const withdrawn = createCampaign(organiser, {}, { publish: true })
	const reach = [
		{ campaign: running, country: 'FR', month: '2026-03', views: 120, downloads: 4 },
		{ campaign: running, country: 'MA', month: '2026-03', views: 30, downloads: 0 },
		// The visitor chose no country: counted in the world only.
		{ campaign: running, country: '', month: '2026-03', views: 10, downloads: 1 },
		{ campaign: running, country: 'FR', month: '2026-02', views: 500, downloads: 50 },
		{ campaign: withdrawn, country: 'MA', month: '2026-03', views: 8, downloads: 2 },
	]
	for (const row of reach) recordCampaignReach(row.campaign.id, row.country, row.month, row.views, row.downloads)
	// Views counted while it was published stay counted after it is withdrawn.
	getDb().update(campaigns).set({ status: 'withdrawn' }).where(eq(campaigns.id, withdrawn.id)).run()
	const reported = [
		{ campaign: running, kind: 'broadcast-audience' as const, amount: 5000, month: '2026-03', country: 'MA' },
		{ campaign: running, kind: 'leaflets-handed-out' as const, amount: 300, month: '2026-03', country: null },
		{ campaign: withdrawn, kind: 'event-attendees' as const, amount: 40, month: '2026-03', country: 'FR' },
		{ campaign: running, kind: 'broadcast-audience' as const, amount: 999, month: '2026-02', country: 'MA' },
	]
	for (const { campaign, ...row } of reported) reportReach(campaign.id, { organisationId: partner.id, ...row })
	const views = countsOf(awarenessCounters['campaign-views'], '2026-03')
	const downloads = countsOf(awarenessCounters['kit-downloads'], '2026-03')
	const partners = countsOf(awarenessCounters['reported-reach'], '2026-03')

	const march = reach.filter((row) => row.month === '2026-03')
	const sum = (rows: { views: number; downloads: number }[], key: 'views' | 'downloads') =>
		rows.reduce((total, row) => total + row[key], 0)
	expect(cellOf(views)).toBe(sum(march, 'views'))
	expect(cellOf(views, { place: 'FR' })).toBe(120)
	expect(cellOf(views, { place: 'region:africa' })).toBe(
		sum(
			march.filter((row) => row.country === 'MA'),
			'views',
		),
	)
	expect(cellOf(views, { breakdown: 'campaign', value: running.id })).toBe(160)
	expect(cellOf(views, { breakdown: 'campaign', value: withdrawn.id })).toBe(8)
	expect(cellOf(downloads)).toBe(sum(march, 'downloads'))
	expect(cellOf(downloads, { place: 'MA', breakdown: 'campaign', value: withdrawn.id })).toBe(2)

	const reportedMarch = reported.filter((row) => row.month === '2026-03')
	expect(cellOf(partners)).toBe(reportedMarch.reduce((total, row) => total + row.amount, 0))
	expect(cellOf(partners, { place: 'MA' })).toBe(5000)
	expect(cellOf(partners, { place: 'region:europe' })).toBe(40)
	expect(cellOf(partners, { breakdown: 'campaign', value: running.id })).toBe(5300)
	expect(cellOf(partners, { breakdown: 'reach-kind', value: 'broadcast-audience' })).toBe(5000)
	expect(cellOf(countsOf(awarenessCounters['reported-reach'], '2026-02'))).toBe(999)
})

test('the roll-up stores what the counters count, month by month', async () => {
	const organiser = await createActor({ roles: ['org_admin'] })
	const campaign = createCampaign(organiser, {}, { publish: true })
	// Months no other test in this file touches.
	recordCampaignReach(campaign.id, 'FR', '2025-11', 11, 1)
	recordCampaignReach(campaign.id, 'MA', '2025-11', 6, 0)
	recordCampaignReach(campaign.id, 'MA', '2025-12', 25, 3)
	await rollUpIndicators({ now: asOf })

	const stored = (month: string, place: string) =>
		getDb()
			.select({ count: indicatorCounts.count })
			.from(indicatorCounts)
			.where(
				and(
					eq(indicatorCounts.series, 'campaign-views'),
					eq(indicatorCounts.month, month),
					eq(indicatorCounts.place, place),
					eq(indicatorCounts.organisationId, ''),
					eq(indicatorCounts.breakdown, ''),
				),
			)
			.get()?.count ?? 0
	expect(stored('2025-11', '')).toBe(11 + 6)
	expect(stored('2025-11', 'MA')).toBe(6)
	expect(stored('2025-12', '')).toBe(25)
	expect(stored('2025-12', 'region:africa')).toBe(25)
})
