import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import {
	type CampaignAudience,
	campaignStatuses,
	materialKinds,
	reportedReachKinds,
} from '#app/modules/campaigns/vocabulary.ts'
import { type Language } from '#app/platform/i18n.ts'
import { organisations, users } from './accounts.ts'
import { createdAt, id, timestamp } from './columns.ts'

/** One language's words of a campaign; `signs` holds the "recognise the signs" key messages, one per line. */
export type CampaignText = { title: string; message: string; signs: string }

/** A cross-border awareness campaign, run by one organisation with partners (media among them). */
export const campaigns = sqliteTable(
	'campaigns',
	{
		id: id(),
		slug: text('slug').notNull().unique(),
		texts: text('texts', { mode: 'json' }).$type<Partial<Record<Language, CampaignText>>>().notNull(),
		sourceLanguage: text('source_language').$type<Language>().notNull(),
		countries: text('countries', { mode: 'json' }).$type<string[]>().notNull(),
		audiences: text('audiences', { mode: 'json' }).$type<CampaignAudience[]>().notNull(),
		startsOn: text('starts_on').notNull(),
		endsOn: text('ends_on').notNull(),
		status: text('status', { enum: campaignStatuses }).notNull().default('draft'),
		/** The organisation that runs it; its admins edit it. */
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisations.id),
		/** The press contact: a function or press office with its service email and switchboard. */
		pressName: text('press_name').notNull(),
		pressEmail: text('press_email').notNull(),
		pressPhone: text('press_phone'),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at')
			.notNull()
			.$defaultFn(() => new Date()),
		publishedAt: timestamp('published_at'),
	},
	(table) => [index('campaigns_status_starts').on(table.status, table.startsOn)],
)

export const campaignPartners = sqliteTable(
	'campaign_partners',
	{
		campaignId: text('campaign_id')
			.notNull()
			.references(() => campaigns.id, { onDelete: 'cascade' }),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisations.id),
	},
	(table) => [
		primaryKey({ columns: [table.campaignId, table.organisationId] }),
		index('campaign_partners_organisation').on(table.organisationId),
	],
)

/** A file of the material kit in one language, its type told from its bytes at upload. */
export const campaignMaterials = sqliteTable(
	'campaign_materials',
	{
		id: id(),
		campaignId: text('campaign_id')
			.notNull()
			.references(() => campaigns.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: materialKinds }).notNull(),
		language: text('language').$type<Language>().notNull(),
		hash: text('hash').notNull(),
		name: text('name').notNull(),
		type: text('type').notNull(),
		size: integer('size').notNull(),
		/** An image's size in pixels, read from its bytes, so its preview keeps its place while it loads. */
		width: integer('width'),
		height: integer('height'),
		uploadedBy: text('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
	},
	(table) => [index('campaign_materials_campaign').on(table.campaignId, table.language)],
)

/**
 * Page views and kit downloads, counted without tracking anyone: per campaign, the country the visitor chose on
 * the page ('' when none, never from their address) and month, as counts only.
 */
export const campaignReach = sqliteTable(
	'campaign_reach',
	{
		campaignId: text('campaign_id')
			.notNull()
			.references(() => campaigns.id, { onDelete: 'cascade' }),
		country: text('country').notNull(),
		/** YYYY-MM */
		month: text('month').notNull(),
		views: integer('views').notNull().default(0),
		downloads: integer('downloads').notNull().default(0),
	},
	(table) => [primaryKey({ columns: [table.campaignId, table.country, table.month] })],
)

/** Reach a partner reports itself (a broadcast's audience, leaflets handed out), with its source. */
export const reportedReach = sqliteTable(
	'reported_reach',
	{
		id: id(),
		campaignId: text('campaign_id')
			.notNull()
			.references(() => campaigns.id, { onDelete: 'cascade' }),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisations.id),
		kind: text('kind', { enum: reportedReachKinds }).notNull(),
		amount: integer('amount').notNull(),
		country: text('country'),
		/** YYYY-MM */
		month: text('month').notNull(),
		source: text('source').notNull(),
		reportedBy: text('reported_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
	},
	(table) => [index('reported_reach_campaign').on(table.campaignId, table.month)],
)
