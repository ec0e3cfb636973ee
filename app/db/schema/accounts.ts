import { blob, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import {
	genders,
	organisationStatuses,
	organisationTypes,
	requestableRoles,
	userStatuses,
} from '#app/modules/accounts/vocabulary.ts'
import { roles } from '#app/platform/roles.ts'
import { createdAt, id, timestamp } from './columns.ts'

export const organisations = sqliteTable(
	'organisations',
	{
		id: id(),
		name: text('name').notNull(),
		country: text('country').notNull(),
		type: text('type', { enum: organisationTypes }).notNull(),
		status: text('status', { enum: organisationStatuses }).notNull(),
		isSample: integer('is_sample', { mode: 'boolean' }).notNull().default(false),
		createdAt: createdAt(),
		decidedAt: timestamp('decided_at'),
	},
	(table) => [index('organisations_status_idx').on(table.status, table.name)],
)

export const users = sqliteTable(
	'users',
	{
		id: id(),
		email: text('email').notNull().unique(),
		name: text('name').notNull(),
		passwordHash: text('password_hash').notNull(),
		country: text('country').notNull(),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisations.id),
		requestedRole: text('requested_role', { enum: requestableRoles }).notNull(),
		status: text('status', { enum: userStatuses }).notNull().default('pending'),
		emailConfirmedAt: timestamp('email_confirmed_at'),
		locale: text('locale').notNull().default('en'),
		timeZone: text('time_zone').notNull().default('UTC'),
		totpKey: blob('totp_key', { mode: 'buffer' }),
		totpEnabledAt: timestamp('totp_enabled_at'),
		totpLastStep: integer('totp_last_step'),
		createdAt: createdAt(),
		decidedAt: timestamp('decided_at'),
		decidedBy: text('decided_by'),
		/** Self-declared in the settings, optional; read only as a breakdown of the training indicators. */
		gender: text('gender', { enum: genders }),
	},
	(table) => [index('users_org_status_idx').on(table.organisationId, table.status)],
)

export const userRoles = sqliteTable(
	'user_roles',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: text('role', { enum: roles }).notNull(),
	},
	(table) => [primaryKey({ columns: [table.userId, table.role] })],
)

export const tokenPurposes = ['confirm-email', 'reset-password'] as const
export type TokenPurpose = (typeof tokenPurposes)[number]

/** Single-use links sent by email. Only a SHA-256 hash of the token is kept. */
export const accountTokens = sqliteTable('account_tokens', {
	id: id(),
	userId: text('user_id')
		.notNull()
		.references(() => users.id, { onDelete: 'cascade' }),
	purpose: text('purpose', { enum: tokenPurposes }).notNull(),
	tokenHash: text('token_hash').notNull().unique(),
	expiresAt: timestamp('expires_at').notNull(),
	usedAt: timestamp('used_at'),
	createdAt: createdAt(),
})

export const recoveryCodes = sqliteTable(
	'recovery_codes',
	{
		id: id(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		codeHash: text('code_hash').notNull(),
		usedAt: timestamp('used_at'),
	},
	(table) => [index('recovery_codes_user_idx').on(table.userId)],
)

/**
 * Failed sign-in attempts (a wrong password or a wrong second-factor code) against one address, for the
 * per-account limit that pauses sign-in for longer after each failure past a threshold. `subject` is a keyed
 * hash of the address typed, so unknown addresses are limited exactly like real ones and no address is kept;
 * attempts from a browser that signed in to the account before (`knownDevice`) are counted apart, so a
 * stranger's failures never pause the owner's own browser. Rows are forgotten a day after the last failure.
 */
export const signInThrottles = sqliteTable(
	'sign_in_throttles',
	{
		subject: text('subject').notNull(),
		knownDevice: integer('known_device', { mode: 'boolean' }).notNull(),
		failures: integer('failures').notNull(),
		pauses: integer('pauses').notNull().default(0),
		pausedUntil: timestamp('paused_until'),
		lastFailureAt: timestamp('last_failure_at').notNull(),
	},
	(table) => [
		primaryKey({ columns: [table.subject, table.knownDevice] }),
		index('sign_in_throttles_last_failure_idx').on(table.lastFailureAt),
	],
)
