import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { type AgreementText } from '#app/modules/laws/agreement.ts'
import { type Framework } from '#app/modules/laws/framework.ts'
import { type FieldChange } from '#app/modules/laws/changes.ts'
import { agreementKinds, lawRegions, proposalStates } from '#app/modules/laws/vocabulary.ts'
import { users } from './accounts.ts'
import { createdAt, id, timestamp } from './columns.ts'

/** One current legal framework per country; its content is the published revision. */
export const lawFrameworks = sqliteTable(
	'law_frameworks',
	{
		/** ISO 3166-1 alpha-2, upper case: the address of the country's page. */
		country: text('country').primaryKey(),
		region: text('region', { enum: lawRegions }).notNull(),
		revisionId: text('revision_id').notNull(),
		/** The day a second legal expert last approved a change (or the sample was imported). */
		reviewedAt: timestamp('reviewed_at').notNull(),
		/** Loaded from content/: the pages say it is sample data to verify. */
		isSample: integer('is_sample', { mode: 'boolean' }).notNull().default(false),
		/** Where the sample says to verify it. */
		sources: text('sources', { mode: 'json' }).$type<string[]>().notNull().default([]),
	},
	(table) => [index('law_frameworks_region').on(table.region, table.country)],
)

/** Every published state of a framework, with what changed, who proposed it and who approved it. */
export const lawRevisions = sqliteTable(
	'law_revisions',
	{
		id: id(),
		country: text('country').notNull(),
		number: integer('number').notNull(),
		framework: text('framework', { mode: 'json' }).$type<Framework>().notNull(),
		changes: text('changes', { mode: 'json' }).$type<FieldChange[]>().notNull(),
		note: text('note').notNull().default(''),
		/** Null for content imports. */
		authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
		reviewerId: text('reviewer_id').references(() => users.id, { onDelete: 'set null' }),
		publishedAt: createdAt(),
	},
	(table) => [uniqueIndex('law_revisions_number').on(table.country, table.number)],
)

/** A legal expert's change waiting for a second legal expert (four eyes). */
export const lawProposals = sqliteTable(
	'law_proposals',
	{
		id: id(),
		country: text('country').notNull(),
		/** The revision the change was written against. */
		baseNumber: integer('base_number').notNull(),
		changes: text('changes', { mode: 'json' }).$type<FieldChange[]>().notNull(),
		note: text('note').notNull().default(''),
		state: text('state', { enum: proposalStates }).notNull().default('pending'),
		authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
		reviewerId: text('reviewer_id').references(() => users.id, { onDelete: 'set null' }),
		comment: text('comment'),
		createdAt: createdAt(),
		decidedAt: timestamp('decided_at'),
	},
	(table) => [
		index('law_proposals_waiting').on(table.state, table.createdAt),
		index('law_proposals_country').on(table.country, table.state),
	],
)

/** Agreements between countries: treaties, conventions, memoranda. */
export const lawAgreements = sqliteTable('law_agreements', {
	id: id(),
	slug: text('slug').notNull().unique(),
	kind: text('kind', { enum: agreementKinds }).notNull(),
	text: text('text', { mode: 'json' }).$type<AgreementText>().notNull(),
	signedOn: text('signed_on'),
	inForceOn: text('in_force_on'),
	source: text('source'),
	isSample: integer('is_sample', { mode: 'boolean' }).notNull().default(false),
	updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
	updatedAt: timestamp('updated_at')
		.notNull()
		.$defaultFn(() => new Date()),
})

export const lawAgreementParties = sqliteTable(
	'law_agreement_parties',
	{
		agreementId: text('agreement_id')
			.notNull()
			.references(() => lawAgreements.id, { onDelete: 'cascade' }),
		country: text('country').notNull(),
	},
	(table) => [
		primaryKey({ columns: [table.agreementId, table.country] }),
		index('law_agreement_parties_country').on(table.country),
	],
)
