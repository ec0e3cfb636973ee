import { eq } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { newsStories } from '#app/db/schema/index.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { scheduleJob } from '#app/platform/jobs.server.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { embargoLiftsJobKind } from './jobs.server.ts'
import { indexStory } from './search-entries.server.ts'
import { checkSurvivorConsent, isPublicAt, publicationTime } from './story.ts'
import { findStory, mayWriteStory, type StoryRow } from './store.server.ts'

export type ReviewRefusal = 'forbidden' | 'not-found' | 'not-submitted' | 'own-story' | 'consent-missing'

/** Nobody judges a story they wrote or sent for review, platform admins included. */
export function isOwnStory(actor: Actor, story: Pick<StoryRow, 'authorId' | 'submittedBy'>) {
	return story.authorId === actor.id || story.submittedBy === actor.id
}

/** A story for a reviewer's page, with whether they may decide on it now. */
export function storyForReview(actor: Actor, slug: string, db: Db = getDb()) {
	const story = findStory(slug, db)
	if (!story) return refuse('not-found')
	if (!can(actor, 'news:review')) return refuse('forbidden')
	return done({
		story,
		own: isOwnStory(actor, story),
		mayDecide: story.state === 'submitted' && !isOwnStory(actor, story),
	})
}

function decide(actor: Actor, slug: string, work: (tx: Db, story: StoryRow) => Outcome<ReviewRefusal>) {
	return writeTransaction((tx): Outcome<ReviewRefusal> => {
		const story = findStory(slug, tx)
		if (!story) return refuse('not-found')
		if (!can(actor, 'news:review')) return refuse('forbidden')
		if (story.state !== 'submitted') return refuse('not-submitted')
		if (isOwnStory(actor, story)) return refuse('own-story')
		return work(tx, story)
	})
}

/**
 * Publishes a submitted story: public at once, or when its embargo lifts. Search (and so the site map) gets it
 * only when it is public: now, or from a job scheduled in this same transaction for the embargo's end.
 */
export function publishStory(actor: Actor, slug: string, now: Date) {
	return decide(actor, slug, (tx, story) => {
		// Checked here as well as on submitting: no way round the form may publish a survivor's name unconsented.
		if (!checkSurvivorConsent(story).ok) return refuse('consent-missing')
		const publishedAt = publicationTime(now, story.embargoUntil)
		tx.update(newsStories)
			.set({ state: 'published', publishedAt, reviewedBy: actor.id, reviewNote: null, updatedAt: now })
			.where(eq(newsStories.id, story.id))
			.run()
		if (publishedAt <= now) indexStory(tx, story.id, now)
		else
			scheduleJob(tx, {
				kind: embargoLiftsJobKind,
				key: `${embargoLiftsJobKind}:${story.id}:${publishedAt.getTime()}`,
				payload: { storyId: story.id },
				runAt: publishedAt,
			})
		recordStoryDecision(tx, 'story-published', actor, story)
		return done()
	})
}

/** Sends a submitted story back to its writers as a draft, with what to change. */
export function returnStory(actor: Actor, slug: string, note: string, now: Date) {
	return decide(actor, slug, (tx, story) => {
		tx.update(newsStories)
			.set({ state: 'draft', reviewNote: note, reviewedBy: actor.id, updatedAt: now })
			.where(eq(newsStories.id, story.id))
			.run()
		recordStoryDecision(tx, 'story-returned', actor, story)
		return done()
	})
}

/** Whether this person may take a published story down: a reviewer, or its organisation's admins. */
export function mayWithdraw(actor: Actor | null, story: StoryRow) {
	return story.state === 'published' && (can(actor, 'news:review') || mayWriteStory(actor, story))
}

type WithdrawalOutcome = Outcome<'forbidden' | 'not-found' | 'not-published'>

function withdrawalRefusal(actor: Actor, story: StoryRow | undefined, now: Date): WithdrawalOutcome {
	if (!story) return refuse('not-found')
	// Someone who may not see a story before it is public learns nothing of one that is not public yet.
	if (!can(actor, 'news:review') && !mayWriteStory(actor, story))
		return refuse(isPublicAt(story, now) ? 'forbidden' : 'not-found')
	if (story.state !== 'published') return refuse('not-published')
	return done()
}

/** Whether this person may withdraw this story now: asked before reading their form, so a stranger gets 403. */
export function checkWithdrawal(actor: Actor, slug: string, now: Date, db: Db = getDb()) {
	return withdrawalRefusal(actor, findStory(slug, db), now)
}

/** Takes a published story (public or still under embargo) off its page, the list, the feed, search and the site map. */
export function withdrawStory(actor: Actor, slug: string, now: Date): WithdrawalOutcome {
	return writeTransaction((tx) => {
		const story = findStory(slug, tx)
		const refused = withdrawalRefusal(actor, story, now)
		if (!refused.ok || !story) return refused
		tx.update(newsStories).set({ state: 'withdrawn', updatedAt: now }).where(eq(newsStories.id, story.id)).run()
		indexStory(tx, story.id, now)
		recordStoryDecision(tx, 'story-withdrawn', actor, story)
		return done()
	})
}

function recordStoryDecision(
	tx: Db,
	event: 'story-published' | 'story-returned' | 'story-withdrawn',
	actor: Actor,
	story: StoryRow,
) {
	recordAudit(
		{ event, actorUserId: actor.id, organisationId: story.organisationId, details: { story: story.slug } },
		tx,
	)
}
