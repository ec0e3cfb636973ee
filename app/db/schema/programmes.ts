import { blob, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import {
	currencies,
	legalStatuses,
	literacyLevels,
	programmeFormats,
	programmeKinds,
	schedules,
	sectors,
	serviceTypes,
	type OfferedLanguage,
} from '#app/modules/programmes/vocabulary.ts'
import { organisations } from './accounts.ts'
import { createdAt, id, timestamp } from './columns.ts'

const updatedAt = () =>
	timestamp('updated_at')
		.notNull()
		.$defaultFn(() => new Date())

/** When a provider last confirmed the listing is true; after 12 months it leaves the catalogue. */
const verifiedAt = () => timestamp('verified_at').notNull()

/** A job-readiness programme run by a vetted NGO. Texts per language live in programme_texts. */
export const programmes = sqliteTable(
	'programmes',
	{
		id: id(),
		slug: text('slug').notNull().unique(),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisations.id),
		sourceLanguage: text('source_language').notNull(),
		kind: text('kind', { enum: programmeKinds }).notNull(),
		sector: text('sector', { enum: sectors }).notNull(),
		format: text('format', { enum: programmeFormats }).notNull(),
		country: text('country').notNull(),
		region: text('region').notNull(),
		languages: text('languages', { mode: 'json' }).$type<OfferedLanguage[]>().notNull(),
		durationWeeks: integer('duration_weeks').notNull(),
		schedule: text('schedule', { enum: schedules }).notNull(),
		/** Null when the programme is free. */
		costAmount: integer('cost_amount'),
		costCurrency: text('cost_currency', { enum: currencies }),
		stipend: integer('stipend', { mode: 'boolean' }).notNull(),
		childcare: integer('childcare', { mode: 'boolean' }).notNull(),
		transportHelp: integer('transport_help', { mode: 'boolean' }).notNull(),
		jobPlacement: integer('job_placement', { mode: 'boolean' }).notNull(),
		minimumAge: integer('minimum_age').notNull(),
		legalStatus: text('legal_status', { enum: legalStatuses }).notNull(),
		literacy: text('literacy', { enum: literacyLevels }).notNull(),
		phone: text('phone'),
		interestForm: integer('interest_form', { mode: 'boolean' }).notNull(),
		walkIn: integer('walk_in', { mode: 'boolean' }).notNull(),
		verifiedAt: verifiedAt(),
		reminderSentAt: timestamp('reminder_sent_at'),
		isSample: integer('is_sample', { mode: 'boolean' }).notNull().default(false),
		createdAt: createdAt(),
		updatedAt: updatedAt(),
	},
	(table) => [
		index('programmes_country_idx').on(table.country, table.region),
		index('programmes_organisation_idx').on(table.organisationId),
	],
)

export const programmeTexts = sqliteTable(
	'programme_texts',
	{
		programmeId: text('programme_id')
			.notNull()
			.references(() => programmes.id, { onDelete: 'cascade' }),
		language: text('language').notNull(),
		title: text('title').notNull(),
		summary: text('summary').notNull(),
		skills: text('skills').notNull(),
		eligibility: text('eligibility').notNull(),
		certification: text('certification').notNull(),
		accessibility: text('accessibility').notNull(),
		walkInHours: text('walk_in_hours').notNull().default(''),
		updatedAt: updatedAt(),
	},
	(table) => [primaryKey({ columns: [table.programmeId, table.language] })],
)

/** The referral directory: hotlines, legal aid, medical care, counselling, shelters (never an address). */
export const supportServices = sqliteTable(
	'support_services',
	{
		id: id(),
		slug: text('slug').notNull().unique(),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisations.id),
		sourceLanguage: text('source_language').notNull(),
		type: text('type', { enum: serviceTypes }).notNull(),
		country: text('country').notNull(),
		region: text('region').notNull(),
		languages: text('languages', { mode: 'json' }).$type<OfferedLanguage[]>().notNull(),
		phone: text('phone'),
		open24h: integer('open_24h', { mode: 'boolean' }).notNull(),
		verifiedAt: verifiedAt(),
		reminderSentAt: timestamp('reminder_sent_at'),
		isSample: integer('is_sample', { mode: 'boolean' }).notNull().default(false),
		createdAt: createdAt(),
		updatedAt: updatedAt(),
	},
	(table) => [
		index('support_services_country_idx').on(table.country, table.type),
		index('support_services_organisation_idx').on(table.organisationId),
	],
)

export const supportServiceTexts = sqliteTable(
	'support_service_texts',
	{
		serviceId: text('service_id')
			.notNull()
			.references(() => supportServices.id, { onDelete: 'cascade' }),
		language: text('language').notNull(),
		name: text('name').notNull(),
		summary: text('summary').notNull(),
		hours: text('hours').notNull(),
		contact: text('contact').notNull(),
		updatedAt: updatedAt(),
	},
	(table) => [primaryKey({ columns: [table.serviceId, table.language] })],
)

export const interestStatuses = ['open', 'closed'] as const

/** `request-key`: sealed under the request's own key in the vault; `app-key`: sealed before decision 015, until resealed. */
export const interestSealings = ['app-key', 'request-key'] as const

/**
 * "I'm interested" requests from survivors. What they chose to give is sealed (AES-GCM) in
 * `sealed` under the request's own key, kept in the vault (`app/db/vault.server.ts`), never
 * in this file or a backup; the row itself holds nothing readable about them. `deleteAfter`
 * is when housekeeping removes the row and destroys its key.
 */
export const interestRequests = sqliteTable(
	'interest_requests',
	{
		id: id(),
		programmeId: text('programme_id')
			.notNull()
			.references(() => programmes.id, { onDelete: 'cascade' }),
		sealed: blob('sealed', { mode: 'buffer' }).notNull(),
		// Rows from before this column were sealed with the app key, so that is what the column says by default.
		sealing: text('sealing', { enum: interestSealings }).notNull().default('app-key'),
		status: text('status', { enum: interestStatuses }).notNull().default('open'),
		receivedAt: createdAt(),
		closedAt: timestamp('closed_at'),
		deleteAfter: timestamp('delete_after').notNull(),
	},
	(table) => [
		index('interest_requests_programme_idx').on(table.programmeId, table.status),
		index('interest_requests_delete_after_idx').on(table.deleteAfter),
	],
)

/** Aggregate counters per programme and month (YYYY-MM, UTC). Never anything per visitor. */
export const programmeMonthlyCounts = sqliteTable(
	'programme_monthly_counts',
	{
		programmeId: text('programme_id')
			.notNull()
			.references(() => programmes.id, { onDelete: 'cascade' }),
		month: text('month').notNull(),
		views: integer('views').notNull().default(0),
		interests: integer('interests').notNull().default(0),
	},
	(table) => [primaryKey({ columns: [table.programmeId, table.month] })],
)
