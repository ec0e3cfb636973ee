import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { certificates, jobs } from '#app/db/schema/index.ts'
import { certificateJobHandlers } from '#app/modules/certificates/jobs.server.ts'
import { listOutbox, readOutboxMessage } from '#app/platform/email.server.ts'
import { runDueJobs } from '#app/platform/jobs.server.ts'
import { createCertificate } from '#test/course-factories.ts'
import { createUser } from '#test/factories.ts'

const day = 24 * 60 * 60 * 1000

async function remindersTo(email: string) {
	const { messages } = await listOutbox({ page: 1, pageSize: 500 })
	return messages.filter((message) => message.to === email)
}

test('holders are reminded before expiry and on the day, in their language, once each, even when the runner runs twice or restarts after downtime', async () => {
	const holder = await createUser({ locale: 'fr' })
	const issuedAt = new Date('2026-02-10T08:00:00Z')
	const certificate = await createCertificate(holder.id, issuedAt)
	const expiresAt = certificate.expiresAt!.getTime()
	expect(
		getDb()
			.select()
			.from(jobs)
			.all()
			.filter((job) => job.key.includes(certificate.id)),
	).toHaveLength(3)

	await runDueJobs(certificateJobHandlers, new Date(expiresAt - 61 * day))
	expect(await remindersTo(holder.email)).toHaveLength(0)
	await runDueJobs(certificateJobHandlers, new Date(expiresAt - 59 * day))
	await runDueJobs(certificateJobHandlers, new Date(expiresAt - 59 * day))
	expect(await remindersTo(holder.email)).toHaveLength(1)
	const first = await readOutboxMessage((await remindersTo(holder.email))[0]!.id)
	expect(first!.subject).toBe('Votre certificat Atlas expire bientôt')
	expect(first!.text).toContain('Test certificate')

	expect(first!.text).toContain('/fr/certificates')

	// Down for weeks: at start the runner catches up, drops the 30-day reminder the expiry overtook, and sends nothing twice.
	await runDueJobs(certificateJobHandlers, new Date(expiresAt + day))
	await runDueJobs(certificateJobHandlers, new Date(expiresAt + 2 * day))
	const all = await remindersTo(holder.email)
	expect(all.map((message) => message.subject).sort()).toEqual([
		'Votre certificat Atlas a expiré',
		'Votre certificat Atlas expire bientôt',
	])
	expect(
		getDb()
			.select()
			.from(jobs)
			.all()
			.filter((job) => job.key.includes(certificate.id))
			.every((job) => job.status === 'done'),
	).toBe(true)
})

test('a job cut off by a crash is tried again after a while, and a failing one is retried later, not lost', async () => {
	const holder = await createUser()
	const certificate = await createCertificate(holder.id)
	const job = getDb()
		.select()
		.from(jobs)
		.all()
		.find((candidate) => candidate.key.endsWith(`${certificate.id}:60`))!
	const due = new Date(job.runAt.getTime() + 1000)
	// Simulate a process killed while sending: the job is left claimed.
	getDb().update(jobs).set({ status: 'running', claimedAt: due }).where(eq(jobs.id, job.id)).run()
	await runDueJobs(certificateJobHandlers, new Date(due.getTime() + 60_000))
	expect(getDb().select().from(jobs).where(eq(jobs.id, job.id)).get()!.status).toBe('running')
	await runDueJobs(certificateJobHandlers, new Date(due.getTime() + 31 * 60_000))
	expect(getDb().select().from(jobs).where(eq(jobs.id, job.id)).get()!.status).toBe('done')

	const failing = { [job.kind]: async () => Promise.reject(new Error('mail server down')) }
	const other = getDb()
		.select()
		.from(jobs)
		.all()
		.find((candidate) => candidate.key.endsWith(`${certificate.id}:30`))!
	const later = new Date(other.runAt.getTime() + 1000)
	await runDueJobs(failing, later)
	const retried = getDb().select().from(jobs).where(eq(jobs.id, other.id)).get()!
	expect(retried).toMatchObject({ status: 'pending', attempts: 1, lastError: 'mail server down' })
	expect(retried.runAt.getTime()).toBeGreaterThan(later.getTime())
})

test('a revoked certificate gets no reminder', async () => {
	const holder = await createUser()
	const certificate = await createCertificate(holder.id)
	getDb().update(certificates).set({ revokedAt: new Date() }).where(eq(certificates.id, certificate.id)).run()
	await runDueJobs(certificateJobHandlers, new Date(certificate.expiresAt!.getTime() + day))
	expect(await remindersTo(holder.email)).toHaveLength(0)
})
