import { eq } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { campaignPartners, campaigns } from '#app/db/schema/index.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { slugWords } from '#app/platform/slugs.ts'
import { type CampaignInput, publishProblems } from './campaign.ts'
import { indexCampaign } from './search-entries.server.ts'
import { approvedCount } from '#app/modules/network/store.server.ts'
import { type CampaignRow, findCampaign, mayRun } from './store.server.ts'
import { maxCampaignPartners } from './vocabulary.ts'

export type RunningRefusal =
	| 'forbidden'
	| 'not-found'
	| 'ends-before-start'
	| 'unknown-organisation'
	| 'too-many-partners'
	| 'period-required'
	| 'country-required'
	| 'not-published'
	| 'already-published'

/** A campaign by its address for someone who runs it; a refusal otherwise (403, or 404 when there is none). */
export function runCampaign(
	actor: Actor,
	slug: string,
	db: Db = getDb(),
): Outcome<'forbidden' | 'not-found', { campaign: CampaignRow }> {
	const campaign = findCampaign(slug, db)
	if (!campaign) return refuse('not-found')
	if (!mayRun(actor, campaign)) return refuse('forbidden')
	return done({ campaign })
}

function uniqueSlug(tx: Db, title: string, startsOn: string) {
	const base = `${slugWords(title) || 'campaign'}${startsOn ? `-${startsOn.slice(0, 4)}` : ''}`.slice(0, 70)
	for (let attempt = 1; ; attempt += 1) {
		const slug = attempt === 1 ? base : `${base}-${attempt}`
		if (!findCampaign(slug, tx)) return slug
	}
}

function checkInput(tx: Db, actor: Actor, input: CampaignInput, published: boolean) {
	if (input.startsOn && input.endsOn && input.endsOn < input.startsOn)
		return refuse('ends-before-start', { field: 'endsOn' })
	// Whoever saves must run it afterwards too: an admin cannot hand a campaign to an organisation not theirs.
	if (!can(actor, 'campaigns:run', { organisationId: input.organisationId }))
		return refuse('forbidden', { field: 'organisationId' })
	if (approvedCount([input.organisationId], tx) !== 1)
		return refuse('unknown-organisation', { field: 'organisationId' })
	const partners = [...new Set(input.partnerIds)].filter((id) => id !== input.organisationId)
	if (partners.length > maxCampaignPartners) return refuse('too-many-partners', { field: 'partnerIds' })
	if (approvedCount(partners, tx) !== partners.length) return refuse('unknown-organisation', { field: 'partnerIds' })
	// A public campaign keeps what made it publishable.
	const [problem] = published ? publishProblems(input) : []
	if (problem) return refuse(problem.reason, { field: problem.field })
	return done({ partners })
}

/** Creates a draft (`existingSlug` null) or saves a change; the search follows in the same transaction. */
export function saveCampaign(
	actor: Actor,
	input: CampaignInput,
	existingSlug: string | null,
	now: Date,
): Outcome<RunningRefusal, { slug: string }> {
	return writeTransaction((tx) => {
		const existing = existingSlug === null ? undefined : findCampaign(existingSlug, tx)
		if (existingSlug !== null && !existing) return refuse('not-found')
		if (existing && !mayRun(actor, existing)) return refuse('forbidden')
		const checked = checkInput(tx, actor, input, existing?.status === 'published')
		if (!checked.ok) return checked
		const { partnerIds: _, ...fields } = input
		const values = { ...fields, updatedAt: now }
		const title = input.texts[input.sourceLanguage]?.title ?? Object.values(input.texts)[0]?.title ?? ''
		const campaign = existing
			? tx.update(campaigns).set(values).where(eq(campaigns.id, existing.id)).returning().get()
			: tx
					.insert(campaigns)
					.values({ ...values, slug: uniqueSlug(tx, title, input.startsOn), createdBy: actor.id, createdAt: now })
					.returning()
					.get()
		tx.delete(campaignPartners).where(eq(campaignPartners.campaignId, campaign.id)).run()
		if (checked.partners.length)
			tx.insert(campaignPartners)
				.values(checked.partners.map((organisationId) => ({ campaignId: campaign.id, organisationId })))
				.run()
		indexCampaign(tx, campaign.id)
		return done({ slug: campaign.slug })
	})
}

/**
 * Publishes a draft or a withdrawn campaign, or withdraws a published one, in the audit log; `updatedAt` and
 * `publishedAt` keep when it last happened.
 */
export function setCampaignStatus(
	actor: Actor,
	slug: string,
	to: 'published' | 'withdrawn',
	now: Date,
): Outcome<RunningRefusal> {
	return writeTransaction((tx) => {
		const running = runCampaign(actor, slug, tx)
		if (!running.ok) return running
		const { campaign } = running
		if (to === 'published') {
			if (campaign.status === 'published') return refuse('already-published')
			const [problem] = publishProblems(campaign)
			if (problem) return refuse(problem.reason, { field: problem.field })
		} else if (campaign.status !== 'published') return refuse('not-published')
		tx.update(campaigns)
			.set({ status: to, updatedAt: now, ...(to === 'published' ? { publishedAt: campaign.publishedAt ?? now } : {}) })
			.where(eq(campaigns.id, campaign.id))
			.run()
		indexCampaign(tx, campaign.id)
		recordAudit(
			{
				event: to === 'published' ? 'campaign-published' : 'campaign-withdrawn',
				actorUserId: actor.id,
				organisationId: campaign.organisationId,
				details: { campaign: campaign.slug },
			},
			tx,
		)
		return done()
	})
}

/** A saved campaign as its form shows it. */
export function campaignFormValues(campaign: CampaignRow, partnerIds: string[]) {
	const values: Record<string, string | string[]> = {
		sourceLanguage: campaign.sourceLanguage,
		countries: campaign.countries,
		audiences: campaign.audiences,
		startsOn: campaign.startsOn,
		endsOn: campaign.endsOn,
		organisationId: campaign.organisationId,
		partnerIds,
		pressName: campaign.pressName,
		pressEmail: campaign.pressEmail,
		pressPhone: campaign.pressPhone ?? '',
	}
	for (const [language, text] of Object.entries(campaign.texts)) {
		values[`title.${language}`] = text.title
		values[`message.${language}`] = text.message
		values[`signs.${language}`] = text.signs
	}
	return values
}
