import { and, eq } from 'drizzle-orm'
import { writeTransaction } from '#app/db/client.server.ts'
import { organisations, users } from '#app/db/schema/index.ts'
import { type organisationTypes, type RequestableRole } from './vocabulary.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { issueAccountToken } from './account-tokens.server.ts'
import { type AccountEmail, sendAccountEmail } from './emails.server.ts'
import { hashPassword } from './password.server.ts'
import { findUserByEmail, normaliseEmail } from './users.server.ts'

export type Application = {
	name: string
	email: string
	password: string
	country: string
	role: RequestableRole
	timeZone: string
	organisation:
		| { kind: 'existing'; id: string }
		| { kind: 'proposed'; name: string; type: (typeof organisationTypes)[number]; country: string }
}

/** Who is written to once the application is stored, and what they are told. */
type Recipient = { user: { email: string; name: string; locale: string }; message: AccountEmail }

/**
 * Records a membership application. The answer is the same whether or not the
 * email is already registered: the owner of that address is told by email instead.
 */
export async function applyForMembership(
	application: Application,
	language: Language,
): Promise<Outcome<'organisationUnknown' | 'organisationInOtherCountry'>> {
	const passwordHash = await hashPassword(application.password)
	const email = normaliseEmail(application.email)
	const outcome = writeTransaction((tx): Outcome<'organisationUnknown' | 'organisationInOtherCountry', Recipient> => {
		// Everything the applicant chose is checked before the address is looked up: a refusal that came only
		// for unregistered addresses would tell which ones have an account.
		const joining =
			application.organisation.kind === 'existing'
				? tx
						.select({ id: organisations.id, country: organisations.country })
						.from(organisations)
						.where(and(eq(organisations.id, application.organisation.id), eq(organisations.status, 'approved')))
						.get()
				: null
		if (joining === undefined) return refuse('organisationUnknown', { field: 'organisationId' })
		// The form lists only the chosen country's organisations; a member works where their organisation is.
		if (joining && joining.country !== application.country) {
			return refuse('organisationInOtherCountry', { field: 'organisationId' })
		}
		const existing = findUserByEmail(email, tx)
		if (existing) {
			return done({
				user: existing,
				message: { kind: 'already-registered', link: `/${existing.locale}/forgot-password` },
			})
		}
		const organisationId =
			application.organisation.kind === 'existing'
				? joining!.id
				: tx
						.insert(organisations)
						.values({
							name: application.organisation.name,
							type: application.organisation.type,
							country: application.organisation.country,
							status: 'pending',
						})
						.returning({ id: organisations.id })
						.get().id
		const user = tx
			.insert(users)
			.values({
				email,
				name: application.name,
				passwordHash,
				country: application.country,
				organisationId,
				requestedRole: application.role,
				locale: language,
				timeZone: application.timeZone,
			})
			.returning()
			.get()
		const token = issueAccountToken(user.id, 'confirm-email', tx)
		recordAudit({ event: 'sign-up', subjectUserId: user.id, organisationId, details: { role: application.role } }, tx)
		return done({ user, message: { kind: 'confirm-email', link: `/${language}/confirm-email?token=${token}` } })
	})
	if (!outcome.ok) return outcome
	// Sent once the application is committed, so no email tells of an account that was never stored.
	await sendAccountEmail(outcome.user, outcome.message)
	return done()
}
