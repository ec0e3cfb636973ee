import { and, eq } from 'drizzle-orm'
import { writeTransaction } from '#app/db/client.server.ts'
import { organisations, users } from '#app/db/schema/index.ts'
import { type organisationTypes, type RequestableRole } from './vocabulary.ts'
import { recordAudit } from '#app/platform/audit.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { issueAccountToken } from './account-tokens.server.ts'
import { sendAccountEmail } from './emails.server.ts'
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

export type ApplicationResult = { ok: true } | { ok: false; field: 'organisationId'; error: string }

/**
 * Records a membership application. The answer is the same whether or not the
 * email is already registered: the owner of that address is told by email instead.
 */
export async function applyForMembership(application: Application, language: Language): Promise<ApplicationResult> {
	const passwordHash = await hashPassword(application.password)
	const email = normaliseEmail(application.email)
	const outcome = writeTransaction((tx) => {
		const existing = findUserByEmail(email, tx)
		if (existing) return { kind: 'existing' as const, user: existing }
		let organisationId: string
		if (application.organisation.kind === 'existing') {
			const organisation = tx
				.select({ id: organisations.id })
				.from(organisations)
				.where(and(eq(organisations.id, application.organisation.id), eq(organisations.status, 'approved')))
				.get()
			if (!organisation) return { kind: 'unknown-organisation' as const }
			organisationId = organisation.id
		} else {
			organisationId = tx
				.insert(organisations)
				.values({
					name: application.organisation.name,
					type: application.organisation.type,
					country: application.organisation.country,
					status: 'pending',
				})
				.returning({ id: organisations.id })
				.get().id
		}
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
		return { kind: 'created' as const, user, token }
	})
	if (outcome.kind === 'unknown-organisation') {
		return { ok: false, field: 'organisationId', error: 'errors.organisationUnknown' }
	}
	if (outcome.kind === 'existing') {
		await sendAccountEmail(outcome.user, {
			kind: 'already-registered',
			link: `/${outcome.user.locale}/forgot-password`,
		})
	} else {
		await sendAccountEmail(outcome.user, {
			kind: 'confirm-email',
			link: `/${language}/confirm-email?token=${outcome.token}`,
		})
	}
	return { ok: true }
}
