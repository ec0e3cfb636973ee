import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { type ApplicationWay, appliedAnswers } from '#app/modules/indicators/vocabulary.ts'
import { type Language } from '#app/platform/i18n.ts'
import { users } from './accounts.ts'
import { certificates } from './certificates.ts'
import { timestamp } from './columns.ts'
import { enrolments } from './courses.ts'

/**
 * The roll-up: what each series counted in a month, for the world (`place` ''), a country or a region
 * (`region:europe`), for all organisations (`organisation_id` '') or one, in total (`breakdown` '') or by one
 * breakdown's value. The dashboard reads only these rows (decision 026).
 */
export const indicatorCounts = sqliteTable(
	'indicator_counts',
	{
		series: text('series').notNull(),
		place: text('place').notNull(),
		organisationId: text('organisation_id').notNull(),
		breakdown: text('breakdown').notNull(),
		value: text('value').notNull(),
		/** YYYY-MM */
		month: text('month').notNull(),
		count: integer('count').notNull(),
	},
	(table) => [
		primaryKey({
			columns: [table.series, table.place, table.organisationId, table.breakdown, table.value, table.month],
		}),
		// The roll-up replaces one series' month at a time.
		index('indicator_counts_month').on(table.series, table.month),
	],
)

/**
 * How far each series has been rolled up: months up to `doneThrough` (YYYY-MM) are final (the next run counts that
 * one again, then goes on); `countedThrough` is the last month with counts written, which a run cut off part-way
 * leaves where it stopped, so the pages never take a month not yet counted for a zero.
 */
export const indicatorRollups = sqliteTable('indicator_rollups', {
	series: text('series').primaryKey(),
	doneThrough: text('done_through').notNull(),
	countedThrough: text('counted_through').notNull(),
	updatedAt: timestamp('updated_at').notNull(),
	/**
	 * New with every write of the series' counts (a random id): the views keep tables solved from the counts under it,
	 * so a change is never served stale and an unchanged series costs no reading.
	 */
	countsToken: text('counts_token').notNull().default(''),
})

/** A coordinator's target for an indicator in a year, for the world (`place` '') or one country. */
export const indicatorTargets = sqliteTable(
	'indicator_targets',
	{
		indicator: text('indicator').notNull(),
		year: integer('year').notNull(),
		place: text('place').notNull(),
		/** A count, or a share in percent for a share indicator. */
		target: integer('target').notNull(),
		setBy: text('set_by').references(() => users.id, { onDelete: 'set null' }),
		setAt: timestamp('set_at').notNull(),
	},
	(table) => [primaryKey({ columns: [table.indicator, table.year, table.place] })],
)

/** What a learner thought of a course on completing it (reaction), answered in their language; one per enrolment. */
export const courseFeedback = sqliteTable(
	'course_feedback',
	{
		enrolmentId: text('enrolment_id')
			.primaryKey()
			.references(() => enrolments.id, { onDelete: 'cascade' }),
		/** 1 (not useful) to 5 (very useful) for the learner's work. */
		usefulness: integer('usefulness').notNull(),
		recommend: integer('recommend', { mode: 'boolean' }).notNull(),
		language: text('language').$type<Language>().notNull(),
		answeredAt: timestamp('answered_at').notNull(),
	},
	(table) => [index('course_feedback_answered').on(table.answeredAt)],
)

/**
 * The follow-up asked three months after a certificate (behaviour): whether and how the officer applied the course
 * at work. The row is made when the question is sent; the answer fills it in.
 */
export const followUpSurveys = sqliteTable(
	'follow_up_surveys',
	{
		certificateId: text('certificate_id')
			.primaryKey()
			.references(() => certificates.id, { onDelete: 'cascade' }),
		sentAt: timestamp('sent_at').notNull(),
		applied: text('applied', { enum: appliedAnswers }),
		ways: text('ways', { mode: 'json' }).$type<ApplicationWay[]>(),
		language: text('language').$type<Language>(),
		answeredAt: timestamp('answered_at'),
	},
	(table) => [
		index('follow_up_surveys_sent').on(table.sentAt),
		index('follow_up_surveys_answered').on(table.answeredAt),
	],
)
