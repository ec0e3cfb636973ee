import fs from 'node:fs'
import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { databasePath, getDb } from '#app/db/client.server.ts'
import { interestRequests, programmeMonthlyCounts, programmes } from '#app/db/schema/index.ts'
import { getAccountUser } from '#app/modules/accounts/users.server.ts'
import { closeInterest, listInbox, sendInterest } from '#app/modules/programmes/interest.server.ts'
import { runCatalogueHousekeeping } from '#app/modules/programmes/housekeeping.server.ts'
import { listOutbox, readOutboxMessage } from '#app/platform/email.server.ts'
import * as programmePage from '#app/routes/$lang+/programmes+/$slug.tsx'
import { createOrganisation, createUser } from '#test/factories.ts'
import { createProgramme } from '#test/programme-factories.ts'
import { callRoute } from '#test/routes.ts'

const day = 86_400_000

async function provider() {
	const organisation = createOrganisation({ type: 'ngo' })
	const user = await createUser({ roles: ['ngo_member', 'programme_editor'], organisationId: organisation.id })
	const editor = getAccountUser(user.id)!
	return { organisation, editor, programme: createProgramme({ organisationId: organisation.id }) }
}

function databaseBytes() {
	getDb().$client.pragma('wal_checkpoint(TRUNCATE)')
	const wal = `${databasePath()}-wal`
	return Buffer.concat([
		fs.readFileSync(databasePath()),
		fs.existsSync(wal) ? fs.readFileSync(wal) : Buffer.alloc(0),
	]).toString('latin1')
}

test('an interest request is unreadable in the database file and readable in the provider’s inbox', async () => {
	const { editor, organisation, programme } = await provider()
	const canary = 'canary-contact-5512@example.org'
	expect(
		await sendInterest(programme.slug, {
			alias: 'Canary Alias',
			contactMethod: 'email',
			contact: canary,
			language: 'ar',
		}),
	).toMatchObject({ ok: true })
	const bytes = databaseBytes()
	expect(bytes).not.toContain(canary)
	expect(bytes).not.toContain('Canary Alias')
	const inbox = listInbox(editor, organisation.id, 'en')
	if (!inbox.ok) throw new Error('the editor may read their own inbox')
	expect(inbox.requests).toHaveLength(1)
	expect(inbox.requests[0]).toMatchObject({ contact: canary, alias: 'Canary Alias', language: 'ar', status: 'open' })
	// The editors hear that something arrived, never what.
	const { messages } = await listOutbox({ page: 1 })
	const notice = (await readOutboxMessage(messages.find((message) => message.to === editor.email)!.id))!
	expect(notice.text).toContain('/provider/inbox')
	expect(notice.text).not.toContain(canary)
	// Only a monthly total is counted.
	const counts = getDb()
		.select()
		.from(programmeMonthlyCounts)
		.where(eq(programmeMonthlyCounts.programmeId, programme.id))
		.all()
	expect(counts).toEqual([expect.objectContaining({ interests: 1 })])
})

test('requests are deleted 30 days after closing, and 90 days after arriving in any case', async () => {
	const { editor, programme } = await provider()
	const start = new Date('2026-01-01T10:00:00Z')
	await sendInterest(programme.slug, { contactMethod: 'phone', contact: '1', language: 'en' }, start)
	await sendInterest(programme.slug, { contactMethod: 'phone', contact: '2', language: 'en' }, start)
	const [first] = getDb().select().from(interestRequests).where(eq(interestRequests.programmeId, programme.id)).all()
	expect(closeInterest(editor, first!.id, new Date(start.getTime() + 5 * day))).toMatchObject({ ok: true })
	const remaining = () =>
		getDb().select().from(interestRequests).where(eq(interestRequests.programmeId, programme.id)).all().length
	await runCatalogueHousekeeping(new Date(start.getTime() + 34 * day))
	expect(remaining()).toBe(2)
	await runCatalogueHousekeeping(new Date(start.getTime() + 35 * day))
	expect(remaining()).toBe(1)
	await runCatalogueHousekeeping(new Date(start.getTime() + 90 * day))
	expect(remaining()).toBe(0)
})

test('a provider cannot read or close another organisation’s requests', async () => {
	const mine = await provider()
	const theirs = await provider()
	await sendInterest(theirs.programme.slug, { contactMethod: 'phone', contact: 'secret', language: 'en' })
	expect(listInbox(mine.editor, theirs.organisation.id, 'en')).toMatchObject({ ok: false, reason: 'forbidden' })
	const [request] = getDb()
		.select()
		.from(interestRequests)
		.where(eq(interestRequests.programmeId, theirs.programme.id))
		.all()
	expect(closeInterest(mine.editor, request!.id)).toMatchObject({ ok: false, reason: 'not-found' })
	expect(getDb().select().from(interestRequests).where(eq(interestRequests.id, request!.id)).get()!.status).toBe('open')
})

test('the form refuses bad input with field errors, and a filled honeypot stores nothing', async () => {
	const { programme } = await provider()
	const stored = () =>
		getDb().select().from(interestRequests).where(eq(interestRequests.programmeId, programme.id)).all().length
	const path = `/en/programmes/${programme.slug}`
	const params = { lang: 'en', slug: programme.slug }
	const bad = await callRoute(programmePage.action, {
		path,
		params,
		form: { contactMethod: 'pigeon', contact: '', language: 'en' },
	})
	expect(bad.status).toBe(400)
	const { fieldErrors } = await bad.json()
	expect(fieldErrors).toMatchObject({ contactMethod: ['errors.choose'], contact: ['errors.required'] })
	const bot = await callRoute(programmePage.action, {
		path,
		params,
		form: { contactMethod: 'phone', contact: 'x', language: 'en', website: 'spam' },
	})
	expect(bot.headers.get('Location')).toBe(`${path}/sent`)
	expect(stored()).toBe(0)
	const person = await callRoute(programmePage.action, {
		path,
		params,
		form: { contactMethod: 'phone', contact: 'x', language: 'en' },
	})
	expect(person.headers.get('Location')).toBe(`${path}/sent`)
	expect(stored()).toBe(1)
})

test('providers are reminded once, 30 days before a listing must be re-verified', async () => {
	const { editor, programme } = await provider()
	const now = new Date()
	getDb()
		.update(programmes)
		.set({ verifiedAt: new Date(now.getTime() - 350 * day) })
		.where(eq(programmes.id, programme.id))
		.run()
	const before = (await listOutbox({ page: 1 })).messages.filter((message) => message.to === editor.email).length
	await runCatalogueHousekeeping(now)
	await runCatalogueHousekeeping(now)
	const after = (await listOutbox({ page: 1 })).messages.filter((message) => message.to === editor.email).length
	expect(after - before).toBe(1)
})
