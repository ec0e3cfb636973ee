import { and, count, desc, eq, or, type SQL } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { containsText } from '#app/db/text-search.ts'
import { organisations, userRoles, users } from '#app/db/schema/index.ts'
import { type Role } from '#app/platform/roles.ts'
import { type Gender } from './vocabulary.ts'

export type AccountUser = {
	id: string
	email: string
	name: string
	country: string
	organisationId: string
	organisationName: string
	status: (typeof users.$inferSelect)['status']
	emailConfirmed: boolean
	locale: string
	timeZone: string
	twoFactorEnabled: boolean
	roles: Role[]
}

export function normaliseEmail(email: string) {
	return email.trim().toLowerCase()
}

export function rolesOf(userId: string, db: Db = getDb()): Role[] {
	return db
		.select({ role: userRoles.role })
		.from(userRoles)
		.where(eq(userRoles.userId, userId))
		.all()
		.map((row) => row.role)
}

export function getAccountUser(userId: string, db: Db = getDb()): AccountUser | null {
	const row = db
		.select({ user: users, organisationName: organisations.name })
		.from(users)
		.innerJoin(organisations, eq(organisations.id, users.organisationId))
		.where(eq(users.id, userId))
		.get()
	if (!row) return null
	const { user } = row
	return {
		id: user.id,
		email: user.email,
		name: user.name,
		country: user.country,
		organisationId: user.organisationId,
		organisationName: row.organisationName,
		status: user.status,
		emailConfirmed: user.emailConfirmedAt !== null,
		locale: user.locale,
		timeZone: user.timeZone,
		twoFactorEnabled: user.totpEnabledAt !== null,
		roles: rolesOf(user.id, db),
	}
}

export function findUserByEmail(email: string, db: Db = getDb()) {
	return (
		db
			.select()
			.from(users)
			.where(eq(users.email, normaliseEmail(email)))
			.get() ?? null
	)
}

export function updateProfile(userId: string, profile: { name: string; country: string; gender: Gender | null }) {
	getDb().update(users).set(profile).where(eq(users.id, userId)).run()
}

/** The gender a person chose to state in their settings (null: not stated); only they see it, the indicators count it. */
export function declaredGender(userId: string, db: Db = getDb()): Gender | null {
	return db.select({ gender: users.gender }).from(users).where(eq(users.id, userId)).get()?.gender ?? null
}

export function updatePreferences(userId: string, preferences: { locale: string; timeZone: string }) {
	getDb().update(users).set(preferences).where(eq(users.id, userId)).run()
}

export const usersPageSize = 25

export function listUsers({ page, query }: { page: number; query: string }) {
	const db = getDb()
	const conditions: SQL[] = []
	if (query) {
		conditions.push(or(containsText(users.name, query), containsText(users.email, query))!)
	}
	const where = conditions.length ? and(...conditions) : undefined
	const total = db.select({ n: count() }).from(users).where(where).get()?.n ?? 0
	const rows = db
		.select({
			id: users.id,
			name: users.name,
			email: users.email,
			status: users.status,
			organisationName: organisations.name,
			createdAt: users.createdAt,
		})
		.from(users)
		.innerJoin(organisations, eq(organisations.id, users.organisationId))
		.where(where)
		.orderBy(desc(users.createdAt), users.id)
		.limit(usersPageSize)
		.offset((page - 1) * usersPageSize)
		.all()
	return { total, users: rows.map((row) => ({ ...row, roles: rolesOf(row.id, db) })) }
}
