import { type Db } from '#app/db/client.server.ts'
import { type EntryInput, replaceItemEntries } from '#app/modules/search/entries.server.ts'
import { plainTextOf } from '#app/modules/forums/markdown.ts'
import { type Language } from '#app/platform/i18n.ts'
import { type StoryText } from '#app/db/schema/news.ts'
import { isPublicAt } from './story.ts'
import { findStoryById, organisationOf } from './store.server.ts'

/**
 * Puts a story in search, in each language it is written in, once it is public; takes it out otherwise (returned,
 * withdrawn, or still under embargo). Search entries feed the site map too, so a story must never get one early:
 * call this in the transaction that changes the story, and again from the job that runs when its embargo lifts.
 */
export function indexStory(tx: Db, storyId: string, now: Date) {
	const story = findStoryById(storyId, tx)
	const organisation = story ? organisationOf(story.organisationId, tx) : undefined
	const entries: EntryInput[] =
		story && organisation && isPublicAt(story, now)
			? (Object.entries(story.texts) as [Language, StoryText][]).map(([language, text]) => ({
					kind: 'story' as const,
					path: `/news/${story.slug}`,
					language,
					title: text.title,
					summary: text.summary,
					body: [plainTextOf(text.body), organisation.name].join(' '),
					type: 'story',
					topics: ['prevention'],
					countries: [organisation.country],
					tier: 'public' as const,
					publishedOn: story.publishedAt!.toISOString().slice(0, 10),
				}))
			: []
	replaceItemEntries(tx, `story:${storyId}`, entries)
}
