import { type Db, getDb } from '#app/db/client.server.ts'
import { renderPostMarkdown } from '#app/modules/forums/markdown.ts'
import { profilesOpenTo } from '#app/modules/network/store.server.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { type AtomFeed, atomXml } from './atom.ts'
import { mayWithdraw } from './review.server.ts'
import { isPublicAt } from './story.ts'
import {
	feedStories,
	findStory,
	listPublicStories,
	maySeeUnpublished,
	mayWriteStory,
	organisationOf,
	publishedCampaign,
	type StoryRow,
} from './store.server.ts'
import { type StoryKind } from './vocabulary.ts'
import { isEditable } from './writing.server.ts'

/** What a list row shows of a story, in the reader's language or its source language. */
export function storySummary(row: { story: StoryRow; organisationName: string }, language: Language) {
	const { story } = row
	const { text, language: textLanguage, fallback } = textIn(story.texts, language, story.sourceLanguage)
	return {
		slug: story.slug,
		kind: story.kind,
		title: text.title,
		summary: text.summary,
		textLanguage,
		fallback,
		organisationName: row.organisationName,
		state: story.state,
		reviewNote: story.reviewNote,
		publishedAt: story.publishedAt?.toISOString() ?? null,
		embargoUntil: story.embargoUntil?.toISOString() ?? null,
	}
}

export type StorySummaryView = ReturnType<typeof storySummary>

/** One page of public stories; `sample` when any is by a sample organisation, so the list says it once. */
export function publicStoriesPage(
	filter: { kind?: StoryKind },
	page: number,
	language: Language,
	now: Date,
	db: Db = getDb(),
) {
	const { rows, total } = listPublicStories(filter, page, now, db)
	return {
		total,
		stories: rows.map((row) => storySummary(row, language)),
		sample: rows.some((row) => row.organisationIsSample),
	}
}

/**
 * Everything a story page shows: null for anyone but its writers and the reviewers until it is published and its
 * embargo has lifted, and again once it is withdrawn (the page answers 404, as for a story that does not exist).
 */
export function presentStory(actor: Actor | null, slug: string, language: Language, now: Date, db: Db = getDb()) {
	const story = findStory(slug, db)
	if (!story) return null
	const isPublic = isPublicAt(story, now)
	const insider = maySeeUnpublished(actor, story)
	if (!isPublic && !insider) return null
	return presentedStory(actor, story, language, now, db)
}

/** The page's view of a story the reader may see (also what a reviewer sees before deciding). */
export function presentedStory(actor: Actor | null, story: StoryRow, language: Language, now: Date, db: Db = getDb()) {
	const organisation = organisationOf(story.organisationId, db)!
	const { text, language: textLanguage, fallback } = textIn(story.texts, language, story.sourceLanguage)
	const writer = mayWriteStory(actor, story)
	const insider = maySeeUnpublished(actor, story)
	const consentOrganisation =
		insider && story.consentOrganisationId ? organisationOf(story.consentOrganisationId, db) : undefined
	return {
		slug: story.slug,
		kind: story.kind,
		title: text.title,
		summary: text.summary,
		html: renderPostMarkdown(text.body),
		textLanguage,
		fallback,
		languagesWritten: Object.keys(story.texts),
		organisation: {
			id: organisation.id,
			name: organisation.name,
			isSample: organisation.isSample,
			hasProfile: profilesOpenTo(actor, [organisation.id], db).has(organisation.id),
		},
		campaign: publishedCampaign(story.campaignId, language, db),
		publishedAt: story.publishedAt?.toISOString() ?? null,
		embargoUntil: story.embargoUntil?.toISOString() ?? null,
		isPublic: isPublicAt(story, now),
		// What only its writers and the reviewers see: where it stands, the reviewer's note and the consent record.
		insider: insider
			? {
					state: story.state,
					reviewNote: story.reviewNote,
					namesSurvivor: story.namesSurvivor,
					consent: story.namesSurvivor
						? { organisation: consentOrganisation?.name ?? null, reference: story.consentReference }
						: null,
				}
			: null,
		mayEdit: writer && isEditable(story),
		mayReview: can(actor, 'news:review') && story.state === 'submitted',
		mayWithdraw: mayWithdraw(actor, story),
	}
}

export type PresentedStory = ReturnType<typeof presentedStory>

/** One language's Atom feed: the newest public stories written in that language. */
export function newsFeed(language: Language, now: Date, db: Db = getDb()) {
	const base = getEnv().PUBLIC_URL.replace(/\/+$/, '')
	const t = serverI18n(language).getFixedT(language, 'news')
	const feed: AtomFeed = {
		id: `${base}/${language}/news`,
		title: t('feed.title'),
		language,
		selfLink: `${base}/${language}/news.atom`,
		alternateLink: `${base}/${language}/news`,
		authorName: 'Atlas',
		entries: feedStories(language, now, db).map(({ story, organisationName }) => {
			const text = story.texts[language]!
			return {
				id: `urn:uuid:${story.id}`,
				title: text.title,
				link: `${base}/${language}/news/${story.slug}`,
				published: story.publishedAt!,
				// Stories cannot change once published, so they were last updated when they went public.
				updated: story.publishedAt!,
				summary: text.summary,
				contentHtml: renderPostMarkdown(text.body),
				authorName: organisationName,
				category: story.kind,
			}
		}),
	}
	return atomXml(feed)
}
