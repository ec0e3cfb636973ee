import fs from 'node:fs'
import path from 'node:path'
import { and, eq, isNull } from 'drizzle-orm'
import { z } from 'zod'
import { type Db, writeTransaction } from '#app/db/client.server.ts'
import { campaigns, newsStories, organisations } from '#app/db/schema/index.ts'
import { readYaml } from '#app/platform/content-files.server.ts'
import { languages } from '#app/platform/i18n.ts'
import { slugPattern } from '#app/platform/slugs.ts'
import { indexStory } from './search-entries.server.ts'
import { findStory } from './store.server.ts'
import { storyKinds, storyLimits } from './vocabulary.ts'

/** The sample stories shipped in `content/news` (fictional). */
export const defaultNewsDir = path.resolve('content/news')

const storyText = z.object({
	title: z.string().trim().min(1).max(storyLimits.title),
	summary: z.string().trim().min(1).max(storyLimits.summary),
	body: z.string().trim().min(1).max(storyLimits.body),
})

const storyFileSchema = z.object({
	slug: z.string().regex(slugPattern),
	kind: z.enum(storyKinds),
	organisation: z.string().startsWith('Sample ').max(200),
	campaign: z.string().regex(slugPattern).optional(),
	sourceLanguage: z.enum(languages),
	publishedOn: z.union([
		z.date().transform((value) => value.toISOString().slice(0, 10)),
		z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
	]),
	texts: z.partialRecord(z.enum(languages), storyText),
})

function readStories(dir: string) {
	if (!fs.existsSync(dir)) return []
	return fs
		.readdirSync(dir)
		.filter((file) => file.endsWith('.yaml'))
		.sort()
		.map((file) => ({ file, story: readYaml(path.join(dir, file), storyFileSchema) }))
}

function organisationNamed(tx: Db, name: string) {
	return tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name)).get()?.id
}

function campaignWithSlug(tx: Db, slug: string | undefined) {
	if (!slug) return null
	return tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, slug)).get()?.id ?? null
}

/**
 * Adds the sample stories, published, with no embargo and naming no survivor. Idempotent: a story is matched by
 * its slug and left as it is, except that a campaign imported after it is linked. Organisations are found by their
 * exact name; the network content (imported first) creates them.
 */
export function importNewsContent(dir = defaultNewsDir, now = new Date()): { stories: number } {
	const files = readStories(dir)
	return writeTransaction((tx) => {
		let added = 0
		for (const { file, story } of files) {
			const campaignId = campaignWithSlug(tx, story.campaign)
			const existing = findStory(story.slug, tx)
			if (existing) {
				if (campaignId)
					tx.update(newsStories)
						.set({ campaignId })
						.where(and(eq(newsStories.id, existing.id), isNull(newsStories.campaignId)))
						.run()
				continue
			}
			if (!story.texts[story.sourceLanguage]) throw new Error(`${file}: texts.${story.sourceLanguage}: missing`)
			const organisationId = organisationNamed(tx, story.organisation)
			if (!organisationId) throw new Error(`${file}: organisation "${story.organisation}" does not exist yet`)
			const publishedOn = new Date(`${story.publishedOn}T09:00:00Z`)
			const { id } = tx
				.insert(newsStories)
				.values({
					slug: story.slug,
					kind: story.kind,
					texts: story.texts,
					sourceLanguage: story.sourceLanguage,
					organisationId,
					campaignId,
					state: 'published',
					publishedAt: publishedOn < now ? publishedOn : now,
					namesSurvivor: false,
					createdAt: now,
					updatedAt: now,
				})
				.returning({ id: newsStories.id })
				.get()
			indexStory(tx, id, now)
			added += 1
		}
		return { stories: added }
	})
}
