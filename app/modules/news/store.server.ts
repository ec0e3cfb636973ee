import { and, asc, desc, eq, lte, or, type SQL, sql } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { campaignPartners, campaigns, newsStories, organisations } from '#app/db/schema/index.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { type Language } from '#app/platform/i18n.ts'
import { readPage } from '#app/platform/paging.server.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { feedSize, newsPageSize, reviewPageSize, type StoryKind } from './vocabulary.ts'

export type StoryRow = typeof newsStories.$inferSelect

export function findStory(slug: string, db: Db = getDb()): StoryRow | undefined {
	return db.select().from(newsStories).where(eq(newsStories.slug, slug)).get()
}

export function findStoryById(id: string, db: Db = getDb()): StoryRow | undefined {
	return db.select().from(newsStories).where(eq(newsStories.id, id)).get()
}

/** Its organisation's admins (and platform admins) write a story; they see it in every state. */
export function mayWriteStory(actor: Actor | null, story: Pick<StoryRow, 'organisationId'>) {
	return can(actor, 'news:write', { organisationId: story.organisationId })
}

/** Who may see a story before it is public: its writers and the reviewers. Everyone else is told it does not exist. */
export function maySeeUnpublished(actor: Actor | null, story: Pick<StoryRow, 'organisationId'>) {
	return mayWriteStory(actor, story) || can(actor, 'news:review')
}

/** Public means published and due; the same condition as `isPublicAt`, in SQL so lists filter before paging. */
export function publicStories(now: Date): SQL {
	return and(eq(newsStories.state, 'published'), lte(newsStories.publishedAt, now))!
}

const listed = {
	story: newsStories,
	organisationName: organisations.name,
	organisationCountry: organisations.country,
	organisationIsSample: organisations.isSample,
}

/** One page of public stories, newest first. */
export function listPublicStories(filter: { kind?: StoryKind }, page: number, now: Date, db: Db = getDb()) {
	const listing = db
		.select(listed)
		.from(newsStories)
		.innerJoin(organisations, eq(organisations.id, newsStories.organisationId))
		.where(and(publicStories(now), filter.kind ? eq(newsStories.kind, filter.kind) : undefined))
		.$dynamic()
	return readPage(db, listing, {
		orderBy: [desc(newsStories.publishedAt), asc(newsStories.id)],
		page,
		pageSize: newsPageSize,
	})
}

/** The newest public stories written in one language, for that language's feed: a feed never falls back. */
export function feedStories(language: Language, now: Date, db: Db = getDb()) {
	return db
		.select(listed)
		.from(newsStories)
		.innerJoin(organisations, eq(organisations.id, newsStories.organisationId))
		.where(and(publicStories(now), sql`json_type(${newsStories.texts}, ${`$.${language}`}) = 'object'`))
		.orderBy(desc(newsStories.publishedAt), asc(newsStories.id))
		.limit(feedSize)
		.all()
}

/** The stories a writer looks after: their organisation's, and any they wrote themselves, latest change first. */
export function writersStories(actor: Actor, page: number, db: Db = getDb()) {
	const listing = db
		.select(listed)
		.from(newsStories)
		.innerJoin(organisations, eq(organisations.id, newsStories.organisationId))
		.where(or(eq(newsStories.organisationId, actor.organisationId), eq(newsStories.authorId, actor.id)))
		.$dynamic()
	return readPage(db, listing, {
		orderBy: [desc(newsStories.updatedAt), asc(newsStories.id)],
		page,
		pageSize: newsPageSize,
	})
}

/** Submitted stories, the longest waiting first. */
export function reviewQueue(page: number, db: Db = getDb()) {
	const listing = db
		.select(listed)
		.from(newsStories)
		.innerJoin(organisations, eq(organisations.id, newsStories.organisationId))
		.where(eq(newsStories.state, 'submitted'))
		.$dynamic()
	return readPage(db, listing, {
		orderBy: [asc(newsStories.updatedAt), asc(newsStories.id)],
		page,
		pageSize: reviewPageSize,
	})
}

export function organisationOf(id: string, db: Db = getDb()) {
	return db
		.select({
			id: organisations.id,
			name: organisations.name,
			country: organisations.country,
			status: organisations.status,
			isSample: organisations.isSample,
		})
		.from(organisations)
		.where(eq(organisations.id, id))
		.get()
}

/** Campaigns a story may belong to: the ones its organisation runs or partners in. */
function campaignsOf(organisationId: string) {
	return or(
		eq(campaigns.organisationId, organisationId),
		sql`${campaigns.id} in (select ${campaignPartners.campaignId} from ${campaignPartners} where ${campaignPartners.organisationId} = ${organisationId})`,
	)
}

export function isCampaignOf(campaignId: string, organisationId: string, db: Db = getDb()) {
	return Boolean(
		db
			.select({ id: campaigns.id })
			.from(campaigns)
			.where(and(eq(campaigns.id, campaignId), campaignsOf(organisationId)))
			.get(),
	)
}

export function campaignChoices(organisationId: string, language: Language, db: Db = getDb()) {
	return db
		.select({ id: campaigns.id, texts: campaigns.texts, sourceLanguage: campaigns.sourceLanguage })
		.from(campaigns)
		.where(campaignsOf(organisationId))
		.orderBy(desc(campaigns.startsOn))
		.limit(200)
		.all()
		.map((campaign) => ({
			value: campaign.id,
			label: textIn(campaign.texts, language, campaign.sourceLanguage).text.title,
		}))
}

/** The campaign a story links to, only once the campaign itself is public. */
export function publishedCampaign(campaignId: string | null, language: Language, db: Db = getDb()) {
	if (!campaignId) return null
	const campaign = db
		.select({ slug: campaigns.slug, texts: campaigns.texts, sourceLanguage: campaigns.sourceLanguage })
		.from(campaigns)
		.where(and(eq(campaigns.id, campaignId), eq(campaigns.status, 'published')))
		.get()
	if (!campaign) return null
	return { slug: campaign.slug, title: textIn(campaign.texts, language, campaign.sourceLanguage).text.title }
}
