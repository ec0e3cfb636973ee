import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { storyKinds, storyStates } from '#app/modules/news/vocabulary.ts'
import { type Language } from '#app/platform/i18n.ts'
import { organisations, users } from './accounts.ts'
import { campaigns } from './campaigns.ts'
import { createdAt, id, timestamp } from './columns.ts'

/** One language's words of a story; `body` is Markdown, rendered like forum posts. */
export type StoryText = { title: string; summary: string; body: string }

/**
 * News and success stories. Reviewed before publishing; public only once published and past its embargo. A story
 * that names or shows a survivor needs the consent recorded by the organisation that supports them.
 */
export const newsStories = sqliteTable(
	'news_stories',
	{
		id: id(),
		slug: text('slug').notNull().unique(),
		kind: text('kind', { enum: storyKinds }).notNull(),
		texts: text('texts', { mode: 'json' }).$type<Partial<Record<Language, StoryText>>>().notNull(),
		sourceLanguage: text('source_language').$type<Language>().notNull(),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisations.id),
		campaignId: text('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
		state: text('state', { enum: storyStates }).notNull().default('draft'),
		/** Not public before this instant, even once approved. */
		embargoUntil: timestamp('embargo_until'),
		/** When it became (or becomes) public: the later of its approval and its embargo. */
		publishedAt: timestamp('published_at'),
		namesSurvivor: integer('names_survivor', { mode: 'boolean' }).notNull().default(false),
		/** The supporting organisation's record of the survivor's consent: which one, and its reference. */
		consentOrganisationId: text('consent_organisation_id').references(() => organisations.id),
		consentReference: text('consent_reference'),
		reviewNote: text('review_note'),
		authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
		/** Who last sent it for review: like its author, never the one to judge it. */
		submittedBy: text('submitted_by').references(() => users.id, { onDelete: 'set null' }),
		reviewedBy: text('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at')
			.notNull()
			.$defaultFn(() => new Date()),
	},
	(table) => [
		index('news_stories_published').on(table.state, table.publishedAt),
		index('news_stories_organisation').on(table.organisationId),
	],
)
