import { decodeBase32IgnorePadding } from '@oslojs/encoding'
import { count } from 'drizzle-orm'
import { getDb, writeTransaction } from '#app/db/client.server.ts'
import { organisations, userRoles, users } from '#app/db/schema/index.ts'
import { hashPassword } from '#app/modules/accounts/password.server.ts'
import { encryptSecret } from '#app/platform/keys.server.ts'
import { demoAccounts, demoOrganisations, demoPassword } from './demo-accounts.ts'

/** Adds the demo organisations and accounts, but only to a database with no users at all. */
export async function seedDemoIfEmpty() {
	const existing = getDb().select({ n: count() }).from(users).get()?.n ?? 0
	if (existing > 0) return false
	const passwordHash = await hashPassword(demoPassword)
	const now = new Date()
	writeTransaction((tx) => {
		const organisationIds = new Map<string, string>()
		for (const organisation of demoOrganisations) {
			const { id } = tx
				.insert(organisations)
				.values({
					name: organisation.name,
					country: organisation.country,
					type: organisation.type,
					status: organisation.status,
					isSample: true,
					decidedAt: organisation.status === 'approved' ? now : null,
				})
				.returning({ id: organisations.id })
				.get()
			organisationIds.set(organisation.key, id)
		}
		for (const account of demoAccounts) {
			const { id } = tx
				.insert(users)
				.values({
					email: account.email,
					name: account.name,
					passwordHash,
					country: account.country,
					organisationId: organisationIds.get(account.organisation)!,
					requestedRole: account.requestedRole,
					status: account.status,
					emailConfirmedAt: account.status === 'active' ? now : null,
					locale: account.locale,
					totpKey: account.totpKey ? encryptSecret(decodeBase32IgnorePadding(account.totpKey)) : null,
					totpEnabledAt: account.totpKey ? now : null,
				})
				.returning({ id: users.id })
				.get()
			if (account.roles.length) {
				tx.insert(userRoles)
					.values(account.roles.map((role) => ({ userId: id, role })))
					.run()
			}
		}
	})
	return true
}
