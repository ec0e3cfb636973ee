/**
 * The scale dataset's forums: a category per topic and per region, named as Atlas names topics and regions in each
 * language, and threads started by the dataset's officers over the last two years, each with its replies. A few
 * people write most posts, as in any forum; a few posts were hidden by a moderator, a few threads locked.
 */
import type Database from 'better-sqlite3'
import { forumCategories, forumPosts, forumThreads } from '#app/db/schema/index.ts'
import { type Topic, topics } from '#app/modules/courses/vocabulary.ts'
import { maxTitleLength } from '#app/modules/forums/vocabulary.ts'
import { type AccessTier } from '#app/modules/library/vocabulary.ts'
import { type Language, languages } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { regions } from '#app/platform/regions.ts'
import { inBatches, insertInto, type Report } from '../bench/indicators-writers.ts'
import { activityDays, dayMs, grown, idOf } from '../bench/indicators-world.ts'
import { libraryFacets } from '../bench/library-facets.ts'
import { between, chance, type Random, randomStream, WeightedDraw, zipf } from '../bench/random.ts'
import { scaleStreams } from './sizes.ts'
import { type Texts } from './text.ts'

const hourMs = 3_600_000

type Category = { id: string; slug: string; tier: AccessTier }

/** Law enforcement alone discuss investigations; one topic is open to everyone; members read the rest. */
const topicTiers: Partial<Record<Topic, AccessTier>> = {
	investigation: 'law-enforcement',
	'financial-investigation': 'law-enforcement',
	prevention: 'public',
}

export function writeCategories(sqlite: Database.Database, texts: Texts, options: { seed: number; now: Date }) {
	const random = randomStream(options.seed, scaleStreams.forum, -1)
	const named = [
		...topics.map((topic) => ({ topic, ns: 'common', key: `topics.${topic}`, tier: topicTiers[topic] ?? 'members' })),
		...regions.map((region) => ({ region, ns: 'library', key: `regions.${region}`, tier: 'members' as const })),
	]
	const insert = insertInto(sqlite, forumCategories, [
		...(['id', 'slug', 'kind', 'texts', 'sourceLanguage', 'tier', 'position', 'createdAt'] as const),
	])
	const write = () =>
		named.map((category, position): Category => {
			const description = texts.line(random, 8, 16)
			const slug = 'topic' in category ? `topic-${category.topic}` : `region-${category.region}`
			const id = idOf(options.seed, 'forum-category', slug)
			const names = languages.map((language) => {
				const name = serverI18n(language).t(category.key, { ns: category.ns, lng: language })
				return [language, { name, description: texts.in(language).line(description, '.') }]
			})
			insert({
				id,
				slug,
				kind: 'topic' in category ? 'topic' : 'region',
				texts: JSON.stringify(Object.fromEntries(names)),
				sourceLanguage: 'en',
				tier: category.tier,
				position,
				createdAt: options.now.getTime() - 3 * 365 * dayMs,
			})
			return { id, slug, tier: category.tier }
		})
	return sqlite.transaction(write)()
}

/** A post as people write them: a paragraph or three, sometimes a short list. */
function postBody(texts: Texts, random: Random, language: Language, names: number[]) {
	const write = texts.in(language)
	const paragraphs = Array.from({ length: between(random, 1, 3) }, () =>
		write.paragraph(texts.paragraph(random, 12, 55, names)),
	)
	if (chance(random, 0.1))
		paragraphs.push(
			Array.from({ length: between(random, 2, 4) }, () => `- ${write.line(texts.line(random, 3, 8))}`).join('\n'),
		)
	return paragraphs.join('\n\n')
}

export type ForumWorld = { seed: number; now: Date; categories: Category[]; authors: string[] }

/**
 * Thread n: its category, language and opening post, then replies hours or days apart (a discussion runs to about
 * ten posts, a few to a hundred or more) until the last or until now; one post in a hundred was hidden.
 */
function planThread(
	texts: Texts,
	world: ForumWorld,
	draws: { posters: WeightedDraw; categories: WeightedDraw },
	n: number,
) {
	const random = randomStream(world.seed, scaleStreams.post, n)
	const now = world.now.getTime()
	const language = libraryFacets.languages.draw(random)
	const names = texts.names(random, between(random, 0, 2))
	const person = () => world.authors[draws.posters.draw(random)]!
	const starter = person()
	const createdAt = now - activityDays * dayMs + Math.floor(grown(random()) * activityDays * dayMs)
	const count = Math.min(250, 1 + Math.floor(-Math.log(1 - random()) * 10))
	const posts: { id: string; author: string; body: string; at: number; hidden: boolean }[] = []
	for (let index = 0, at = createdAt; index < count && at <= now; index++) {
		posts.push({
			id: idOf(world.seed, 'post', n, index),
			author: index ? person() : starter,
			body: postBody(texts, random, language, names),
			at,
			hidden: index > 0 && chance(random, 0.01),
		})
		at += Math.floor(-Math.log(1 - random()) * 30 * hourMs)
	}
	return {
		id: idOf(world.seed, 'thread', n),
		category: world.categories[draws.categories.draw(random)]!,
		language,
		title: texts
			.in(language)
			.line(texts.line(random, 5, 12, names))
			.slice(0, maxTitleLength),
		starter,
		locked: chance(random, 0.03),
		createdAt,
		posts,
		reason: texts.in(language).line(texts.line(random, 4, 9), '.'),
	}
}

/** Writes the threads and their posts; answers how many posts. */
export function writeThreads(
	sqlite: Database.Database,
	texts: Texts,
	world: ForumWorld,
	count: number,
	report: Report,
) {
	const draws = {
		// A fifth of the officers ever post, and the first of them most often.
		posters: zipf(Math.max(1, Math.round(world.authors.length / 5)), 0.9),
		categories: new WeightedDraw(world.categories.map((_, rank) => 1 / (rank + 1) ** 0.5)),
	}
	const insertThread = insertInto(sqlite, forumThreads, [
		...(['id', 'categoryId', 'title', 'language', 'authorId', 'state', 'postCount', 'lastPostAt'] as const),
		'createdAt',
	])
	const insertPost = insertInto(sqlite, forumPosts, [
		...(['id', 'threadId', 'authorId', 'body', 'language', 'state', 'moderationReason', 'createdAt'] as const),
		'publishedAt',
	])
	let posts = 0
	inBatches(
		sqlite,
		count,
		1_000,
		(n) => {
			const thread = planThread(texts, world, draws, n)
			const published = thread.posts.filter((post) => !post.hidden)
			insertThread({
				id: thread.id,
				categoryId: thread.category.id,
				title: thread.title,
				language: thread.language,
				authorId: thread.starter,
				state: thread.locked ? 'locked' : 'open',
				postCount: published.length,
				lastPostAt: published.at(-1)!.at,
				createdAt: thread.createdAt,
			})
			for (const post of thread.posts)
				insertPost({
					id: post.id,
					threadId: thread.id,
					authorId: post.author,
					body: post.body,
					language: thread.language,
					state: post.hidden ? 'hidden' : 'published',
					moderationReason: post.hidden ? thread.reason : null,
					createdAt: post.at,
					publishedAt: post.at,
				})
			posts += thread.posts.length
		},
		report,
	)
	return posts
}
