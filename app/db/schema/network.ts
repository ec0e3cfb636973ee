import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { type AreaOfWork, channelKinds, partnershipStatuses, profileKinds } from '#app/modules/network/vocabulary.ts'
import { type Language } from '#app/platform/i18n.ts'
import { organisations, users } from './accounts.ts'
import { createdAt, id, timestamp } from './columns.ts'

/** Text an organisation writes in as many of Atlas's languages as it can. */
export type TextsByLanguage = Partial<Record<Language, string>>

/**
 * What a vetted organisation says about itself for the partner network; its admins edit it. A profile is public
 * only when its admins tick so and its kind allows it (`mayBePublic`); law-enforcement bodies are for members.
 */
export const organisationProfiles = sqliteTable(
	'organisation_profiles',
	{
		organisationId: text('organisation_id')
			.primaryKey()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: profileKinds }).notNull(),
		/** Countries served, ISO codes; the organisation's own country is always one. */
		countries: text('countries', { mode: 'json' }).$type<string[]>().notNull(),
		regions: text('regions', { mode: 'json' }).$type<string[]>().notNull(),
		areas: text('areas', { mode: 'json' }).$type<AreaOfWork[]>().notNull(),
		languages: text('languages', { mode: 'json' }).$type<string[]>().notNull(),
		descriptions: text('descriptions', { mode: 'json' }).$type<TextsByLanguage>().notNull(),
		website: text('website'),
		isPublic: integer('is_public', { mode: 'boolean' }).notNull().default(false),
		updatedAt: timestamp('updated_at')
			.notNull()
			.$defaultFn(() => new Date()),
		updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
	},
	(table) => [index('organisation_profiles_kind').on(table.kind)],
)

/**
 * A function an organisation answers on ("liaison officer for Spain"), never a private person: the channel is the
 * organisation's. For members only: never in the site map, a signed-out search or any export.
 */
export const focalPoints = sqliteTable(
	'focal_points',
	{
		id: id(),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		titles: text('titles', { mode: 'json' }).$type<TextsByLanguage>().notNull(),
		/** The countries this contact is for; the organisation's own by default. */
		countries: text('countries', { mode: 'json' }).$type<string[]>().notNull(),
		areas: text('areas', { mode: 'json' }).$type<AreaOfWork[]>().notNull(),
		languages: text('languages', { mode: 'json' }).$type<string[]>().notNull(),
		channelKind: text('channel_kind', { enum: channelKinds }).notNull(),
		channel: text('channel').notNull(),
		available24h: integer('available_24h', { mode: 'boolean' }).notNull().default(false),
		confirmedAt: timestamp('confirmed_at').notNull(),
		confirmedBy: text('confirmed_by').references(() => users.id, { onDelete: 'set null' }),
		/** When its admins were last told it may be out of date; reminders repeat only after a pause. */
		remindedAt: timestamp('reminded_at'),
		createdAt: createdAt(),
	},
	(table) => [
		index('focal_points_organisation').on(table.organisationId),
		index('focal_points_confirmed').on(table.confirmedAt),
	],
)

/** A public-private partnership: several organisations, often from several countries, working to one goal. */
export const partnerships = sqliteTable(
	'partnerships',
	{
		id: id(),
		slug: text('slug').notNull().unique(),
		texts: text('texts', { mode: 'json' })
			.$type<Partial<Record<Language, { title: string; goal: string }>>>()
			.notNull(),
		sourceLanguage: text('source_language').$type<Language>().notNull(),
		countries: text('countries', { mode: 'json' }).$type<string[]>().notNull(),
		startsOn: text('starts_on').notNull(),
		endsOn: text('ends_on'),
		status: text('status', { enum: partnershipStatuses }).notNull(),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at')
			.notNull()
			.$defaultFn(() => new Date()),
	},
	(table) => [index('partnerships_starts_on').on(table.startsOn)],
)

/** A partner of a partnership and whether it agrees to a public page: the page is public only when all agree. */
export const partnershipPartners = sqliteTable(
	'partnership_partners',
	{
		partnershipId: text('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisations.id),
		agreesToPublish: integer('agrees_to_publish', { mode: 'boolean' }).notNull().default(false),
		agreedAt: timestamp('agreed_at'),
		agreedBy: text('agreed_by').references(() => users.id, { onDelete: 'set null' }),
	},
	(table) => [
		primaryKey({ columns: [table.partnershipId, table.organisationId] }),
		index('partnership_partners_organisation').on(table.organisationId),
	],
)

/** What one partner undertook to do ("train 200 recruitment agents"), in the language it was written in. */
export const partnershipCommitments = sqliteTable(
	'partnership_commitments',
	{
		id: id(),
		partnershipId: text('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisations.id),
		text: text('text').notNull(),
		language: text('language').$type<Language>().notNull(),
		dueOn: text('due_on'),
		met: integer('met', { mode: 'boolean' }).notNull().default(false),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
	},
	(table) => [index('partnership_commitments_partnership').on(table.partnershipId, table.createdAt)],
)

/** Progress a partner reported against one of its commitments, dated. */
export const commitmentResults = sqliteTable(
	'commitment_results',
	{
		id: id(),
		commitmentId: text('commitment_id')
			.notNull()
			.references(() => partnershipCommitments.id, { onDelete: 'cascade' }),
		reportedOn: text('reported_on').notNull(),
		text: text('text').notNull(),
		language: text('language').$type<Language>().notNull(),
		reportedBy: text('reported_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
	},
	(table) => [index('commitment_results_commitment').on(table.commitmentId, table.reportedOn)],
)
