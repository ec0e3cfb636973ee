import { generateHOTP } from '@oslojs/otp'
import { getDb } from '#app/db/client.server.ts'
import { organisations, userRoles, users } from '#app/db/schema/index.ts'
import { hashPassword } from '#app/modules/accounts/password.server.ts'
import { type Role } from '#app/platform/roles.ts'
import { getAccountUser } from '#app/modules/accounts/users.server.ts'
import { encryptSecret } from '#app/platform/keys.server.ts'
import { createSession, sessionCookieName } from '#app/platform/session.server.ts'

let sequence = 0
const next = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`

export const testPassword = 'a perfectly fine test passphrase'
let testPasswordHash: Promise<string> | undefined

export function createOrganisation(overrides: Partial<typeof organisations.$inferInsert> = {}) {
	return getDb()
		.insert(organisations)
		.values({ name: `Test organisation ${next()}`, country: 'FR', type: 'agency', status: 'approved', ...overrides })
		.returning()
		.get()
}

type UserOptions = {
	roles?: Role[]
	status?: 'pending' | 'active' | 'refused' | 'suspended'
	emailConfirmed?: boolean
	organisationId?: string
	twoFactor?: boolean
	locale?: string
}

export async function createUser(options: UserOptions = {}) {
	testPasswordHash ??= hashPassword(testPassword)
	const organisationId = options.organisationId ?? createOrganisation().id
	const totpKey =
		options.twoFactor || options.roles?.some((role) => role.endsWith('admin'))
			? crypto.getRandomValues(new Uint8Array(20))
			: null
	const user = getDb()
		.insert(users)
		.values({
			email: `person-${next()}@example.org`,
			name: `Test Person ${next()}`,
			passwordHash: await testPasswordHash,
			country: 'FR',
			organisationId,
			requestedRole: 'officer',
			status: options.status ?? 'active',
			emailConfirmedAt: options.emailConfirmed === false ? null : new Date(),
			locale: options.locale ?? 'en',
			totpKey: totpKey ? encryptSecret(totpKey) : null,
			totpEnabledAt: totpKey ? new Date() : null,
		})
		.returning()
		.get()
	if (options.roles?.length) {
		getDb()
			.insert(userRoles)
			.values(options.roles.map((role) => ({ userId: user.id, role })))
			.run()
	}
	return { ...user, totpKey }
}

/** A user as the rules see them (an actor with roles), for calling module functions directly. */
export async function createActor(options: UserOptions = {}) {
	const user = await createUser(options)
	return getAccountUser(user.id)!
}

export function totpCodeFor(key: Uint8Array, at = Date.now()) {
	return generateHOTP(key, BigInt(Math.floor(at / 30_000)), 6)
}

/** A cookie header for a fresh, fully verified session of this user. */
export function signIn(userId: string, options: { twoFactorVerified?: boolean; now?: Date } = {}) {
	const { token, session } = createSession(userId, {
		twoFactorVerified: options.twoFactorVerified ?? true,
		device: 'Test',
		now: options.now,
	})
	return { cookie: `${sessionCookieName}=${token}`, token, session }
}
