import { and, eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { jobs } from '#app/db/schema/index.ts'
import { type DocumentFacts, startDocument, submitForReview } from '#app/modules/library/drafts.server.ts'
import { libraryJobHandlers } from '#app/modules/library/jobs.server.ts'
import { findDocument } from '#app/modules/library/store.server.ts'
import { listOutbox, readOutboxMessage } from '#app/platform/email.server.ts'
import { runDueJobs } from '#app/platform/jobs.server.ts'
import * as draftRoute from '#app/routes/$lang+/library+/drafts.$documentId.tsx'
import { createActor, createOrganisation, signIn } from '#test/factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

const facts: DocumentFacts = {
	type: 'guideline',
	tier: 'members',
	topics: ['referral'],
	countries: [],
	regions: [],
	audience: [],
	publishedOn: '2026-02-01',
	sources: [],
}

/** A member's document, written in English and waiting for review, and an editor who may decide on it. */
async function submittedDocument(body: string) {
	const organisation = createOrganisation({ type: 'ngo' })
	const author = await createActor({ roles: ['ngo_member'], organisationId: organisation.id, locale: 'fr' })
	const editor = await createActor({ roles: ['legal_expert'] })
	const title = `Referral checklist ${Date.now()}`
	const started = await startDocument(author, facts, 'en', { title, summary: 'What to check first.', body })
	if (!started.ok) throw new Error(started.reason)
	expect(submitForReview(author, started.id)).toEqual({ ok: true })
	return { author, editor, id: started.id, title }
}

const draftPath = (id: string) => `/en/library/drafts/${id}`

async function mailTo(email: string) {
	const { messages } = await listOutbox({ page: 1, pageSize: 500 })
	return Promise.all(messages.filter((message) => message.to === email).map((message) => readOutboxMessage(message.id)))
}

test('a reviewer sees the submitted document rendered as readers will see it, not only its MDX', async () => {
	const { editor, id } = await submittedDocument(
		'## First contact\n\n<Callout kind="warning">Never let the companion interpret.</Callout>',
	)
	const response = await callRoute(draftRoute.loader, {
		path: draftPath(id),
		cookie: signIn(editor.id).cookie,
		params: { documentId: id },
	})
	expect(response.status).toBe(200)
	const page = await jsonOf<{ mayDecide: boolean; preview: string | null }>(response)
	expect(page.mayDecide).toBe(true)
	expect(page.preview).toContain('<h2>First contact</h2>')
	expect(page.preview).toMatch(
		/<aside class="callout callout--warning" role="note">.*Never let the companion interpret\./s,
	)
})

test('publishing a submission queues an email to its author, in their language, with the link to the document', async () => {
	const { author, editor, id, title } = await submittedDocument('Ask where the person wants to go.')
	const before = (await mailTo(author.email)).length
	const response = await callRoute(draftRoute.action, {
		path: draftPath(id),
		cookie: signIn(editor.id).cookie,
		params: { documentId: id },
		form: { intent: 'publish', draftVersion: String(findDocument(id)!.draftVersion) },
	})
	expect(response.status).toBe(302)
	const slug = findDocument(id)!.slug
	// Queued in the publishing transaction; the job runner writes it moments later.
	const queued = getDb()
		.select()
		.from(jobs)
		.where(and(eq(jobs.kind, 'library-publication-notice'), eq(jobs.status, 'pending')))
		.all()
		.filter((job) => job.payload.documentId === id)
	expect(queued).toHaveLength(1)
	await runDueJobs(libraryJobHandlers)
	await runDueJobs(libraryJobHandlers)
	const mail = (await mailTo(author.email)).slice(before)
	expect(mail).toHaveLength(1)
	expect(mail[0]!.subject).toBe('Votre document est publié dans la bibliothèque Atlas')
	expect(mail[0]!.text).toContain(`« ${title} »`)
	expect(mail[0]!.text).toContain(`/fr/library/${slug}`)
	expect(mail[0]!.text).toContain(`Bonjour ${author.name},`)
})
