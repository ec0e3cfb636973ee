import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { libraryDocuments, libraryRevisions } from '#app/db/schema/index.ts'
import { attachFile, attachmentForReader } from '#app/modules/library/attachments.server.ts'
import { importLibrary } from '#app/modules/library/content-import.server.ts'
import {
	type DocumentFacts,
	saveDocumentFacts,
	saveDocumentText,
	startDocument,
	submitForReview,
} from '#app/modules/library/drafts.server.ts'
import { recordAdoption } from '#app/modules/library/protocols.server.ts'
import { documentForReader } from '#app/modules/library/reading.server.ts'
import { publishSubmission, returnSubmission, reviewHistory, reviewQueue } from '#app/modules/library/review.server.ts'
import { findDocument } from '#app/modules/library/store.server.ts'
import { contentGaps, searchAtlas } from '#app/modules/search/search.server.ts'
import * as draftRoute from '#app/routes/$lang+/library+/drafts.$documentId.tsx'
import * as documentRoute from '#app/routes/$lang+/library+/$slug.tsx'
import * as fileRoute from '#app/routes/$lang+/library+/$slug_.files.$hash.ts'
import * as submitRoute from '#app/routes/$lang+/library+/submit.tsx'
import { createActor, createOrganisation, signIn } from '#test/factories.ts'
import { createPublishedDocument } from '#test/library-factories.ts'
import { callRoute } from '#test/routes.ts'

const facts: DocumentFacts = {
	type: 'case-study',
	tier: 'members',
	topics: ['investigation'],
	countries: ['FR'],
	regions: ['europe'],
	audience: ['ngo-staff'],
	publishedOn: '2026-01-15',
	sources: ['UNODC, Toolkit to Combat Trafficking in Persons (2008)'],
}
const text = {
	title: 'Harbour outreach with fishermen',
	summary: 'How an NGO met fishing crews in port.',
	body: '## Outreach\n\nWe met crews at dawn.',
}

async function people() {
	const organisation = createOrganisation({ type: 'ngo' })
	return {
		member: await createActor({ roles: ['ngo_member'], organisationId: organisation.id }),
		editor: await createActor({ roles: ['legal_expert'] }),
		ngoEditor: await createActor({ roles: ['trainer'], organisationId: organisation.id }),
		officer: await createActor({ roles: ['officer'] }),
	}
}

const search = (actor: Parameters<typeof searchAtlas>[0], query: string) =>
	searchAtlas(actor, 'en', { query, filters: {}, sort: 'relevance', page: 1 })

test('a member submits, an editor returns it with a comment, the member edits and resubmits, the editor publishes: one revision, found by search at once', async () => {
	const { member, editor } = await people()
	const started = await startDocument(member, facts, 'en', text)
	if (!started.ok) throw new Error(started.reason)
	expect((await search(editor, 'fishermen')).total).toBe(0)
	expect(submitForReview(member, started.id)).toEqual({ ok: true })
	// While it waits, nobody changes it.
	expect(await saveDocumentText(member, started.id, 'en', { ...text, title: 'Sneaky change' })).toEqual({
		ok: false,
		reason: 'locked',
	})
	expect(returnSubmission(editor, started.id, 'Please name the ports.')).toEqual({ ok: true })
	expect(
		await saveDocumentText(member, started.id, 'en', {
			...text,
			title: 'Harbour outreach with fishermen in two ports',
		}),
	).toEqual({ ok: true })
	expect(submitForReview(member, started.id)).toEqual({ ok: true })
	expect(publishSubmission(editor, started.id)).toEqual({ ok: true })

	expect(reviewHistory(started.id).map((entry) => [entry.action, entry.comment])).toEqual([
		['submitted', null],
		['returned', 'Please name the ports.'],
		['submitted', null],
		['published', null],
	])
	const revisions = getDb().select().from(libraryRevisions).where(eq(libraryRevisions.documentId, started.id)).all()
	expect(revisions).toEqual([expect.objectContaining({ number: 1, authorId: member.id, publishedBy: editor.id })])
	const found = await search(member, 'fishermen ports')
	expect(found.hits.map((hit) => hit.title)).toEqual(['Harbour outreach with fishermen in two ports'])
	// Members tier: a signed-out visitor finds nothing.
	expect((await search(null, 'fishermen')).total).toBe(0)
})

test('editing a published document keeps readers on the published revision until the change is published', async () => {
	const { member, editor } = await people()
	const started = await startDocument(member, facts, 'en', text)
	if (!started.ok) throw new Error(started.reason)
	submitForReview(member, started.id)
	publishSubmission(editor, started.id)
	const slug = findDocument(started.id)!.slug
	await saveDocumentText(member, started.id, 'en', { ...text, title: 'A draft title nobody reads yet' })
	expect((await documentForReader(member, slug, 'en'))!.title).toBe(text.title)
	expect((await search(member, 'nobody reads')).total).toBe(0)
	submitForReview(member, started.id)
	publishSubmission(editor, started.id)
	const published = await documentForReader(member, slug, 'en')
	expect(published!.title).toBe('A draft title nobody reads yet')
	expect(published!.history.map((revision) => revision.number)).toEqual([1, 2])
})

test('an editor may not review their own document, nor see a submission above their tier', async () => {
	const { member, editor, ngoEditor, officer } = await people()
	const own = await startDocument(editor, facts, 'en', text)
	if (!own.ok) throw new Error(own.reason)
	submitForReview(editor, own.id)
	expect(publishSubmission(editor, own.id)).toEqual({ ok: false, reason: 'own-document' })
	expect(reviewQueue(editor, 'en').map((row) => row.id)).not.toContain(own.id)

	const restricted = await startDocument(officer, { ...facts, tier: 'law-enforcement' }, 'en', {
		...text,
		title: 'Restricted raid plan',
	})
	if (!restricted.ok) throw new Error(restricted.reason)
	submitForReview(officer, restricted.id)
	expect(reviewQueue(ngoEditor, 'en').map((row) => row.title)).not.toContain('Restricted raid plan')
	expect(publishSubmission(ngoEditor, restricted.id)).toEqual({ ok: false, reason: 'forbidden' })
	const response = await callRoute(draftRoute.loader, {
		path: `/en/library/drafts/${restricted.id}`,
		params: { documentId: restricted.id },
		cookie: signIn(ngoEditor.id).cookie,
	})
	expect(response.status).toBe(404)
	// A member cannot give a document a tier they cannot read, and a plain member reviews nothing.
	expect(await startDocument(member, { ...facts, tier: 'law-enforcement' }, 'en', text)).toEqual({
		ok: false,
		reason: 'tier',
	})
	expect(publishSubmission(member, own.id)).toEqual({ ok: false, reason: 'forbidden' })
})

test('refused MDX names its line and nothing is saved; a save from a stale page is refused', async () => {
	const { member } = await people()
	expect(
		await startDocument(member, facts, 'en', { ...text, body: 'Fine.\n\n<script>alert(1)</script>' }),
	).toMatchObject({ ok: false, reason: 'refused', problems: [expect.objectContaining({ line: 3 })] })
	const started = await startDocument(member, facts, 'en', text)
	if (!started.ok) throw new Error(started.reason)
	const before = findDocument(started.id)!
	expect(await saveDocumentText(member, started.id, 'en', { ...text, body: 'import x from "y"' })).toMatchObject({
		ok: false,
		reason: 'refused',
	})
	expect(
		await saveDocumentText(member, started.id, 'en', { ...text, title: 'Stale' }, before.draftVersion - 1),
	).toEqual({ ok: false, reason: 'stale' })
	expect(findDocument(started.id)).toEqual(before)
})

test('a restricted document is not found by its address, nor its attachment, for those who may not read it', async () => {
	const { member, officer } = await people()
	const restricted = await createPublishedDocument({
		tier: 'law-enforcement',
		texts: { en: { title: 'Checkpoint briefing', summary: 'For officers.' } },
	})
	for (const [who, status] of [
		[null, 404],
		[member, 404],
		[officer, 200],
	] as const) {
		const response = await callRoute(documentRoute.loader, {
			path: `/en/library/${restricted.slug}`,
			params: { slug: restricted.slug },
			cookie: who ? signIn(who.id).cookie : undefined,
		})
		expect(response.status).toBe(status)
	}
	const author = await createActor({ roles: ['officer'] })
	const draft = await startDocument(author, { ...facts, tier: 'law-enforcement' }, 'en', text)
	if (!draft.ok) throw new Error(draft.reason)
	const pdf = new TextEncoder().encode('%PDF-1.7\n% restricted annex\n')
	expect(attachFile(author, draft.id, { bytes: pdf, name: '../../etc/annex.pdf' })).toEqual({ ok: true })
	const row = findDocument(draft.id)!
	const [attachment] = row.draft.attachments
	expect(attachment).toMatchObject({ name: 'annex.pdf', type: 'application/pdf' })
	expect(attachmentForReader(member, row.slug, attachment!.hash)).toBeNull()
	const download = await callRoute(fileRoute.loader, {
		path: `/en/library/${row.slug}/files/${attachment!.hash}`,
		params: { slug: row.slug, hash: attachment!.hash },
		cookie: signIn(author.id).cookie,
	})
	expect(download.status).toBe(200)
	expect(download.headers.get('X-Content-Type-Options')).toBe('nosniff')
	expect(download.headers.get('Content-Disposition')).toMatch(/^attachment;/)
	const html = new TextEncoder().encode('<html><script>alert(1)</script></html>')
	expect(attachFile(author, draft.id, { bytes: html, name: 'report.pdf' })).toEqual({
		ok: false,
		reason: 'unknown-type',
	})
	expect(findDocument(draft.id)!.draft.attachments).toHaveLength(1)
})

test('an organisation admin records that their organisation adopted a protocol version; the page lists who adopted which', async () => {
	const organisation = createOrganisation({ name: 'Port Authority Police' })
	const admin = await createActor({ roles: ['org_admin'], organisationId: organisation.id })
	const member = await createActor({ roles: ['ngo_member'] })
	const protocol = await createPublishedDocument({
		type: 'protocol',
		protocol: { version: 1, status: 'adopted', changelog: { en: 'First version.' } },
		texts: { en: { title: 'Port screening protocol', summary: 'Steps.' } },
	})
	expect(recordAdoption(member, protocol.slug, 1, '2026-02-01')).toEqual({ ok: false, reason: 'forbidden' })
	expect(recordAdoption(admin, protocol.slug, 2, '2026-02-01')).toEqual({ ok: false, reason: 'unknown-version' })
	expect(recordAdoption(admin, protocol.slug, 1, '2026-02-01')).toEqual({ ok: true })
	expect(recordAdoption(admin, protocol.slug, 1, '2026-02-02')).toEqual({ ok: false, reason: 'already' })
	const page = await documentForReader(member, protocol.slug, 'en')
	expect(page!.protocol).toMatchObject({
		current: 1,
		versions: [{ version: 1, status: 'adopted', changelog: 'First version.' }],
		adoptions: [{ organisation: 'Port Authority Police', version: 1, adoptedOn: '2026-02-01' }],
	})
})

test('the starter library imports 24 documents or more in every type, protocols with two versions each, and a second import changes nothing', async () => {
	const first = await importLibrary()
	expect(first.added).toBeGreaterThanOrEqual(24)
	expect(await importLibrary()).toEqual({ added: 0, revised: 0, skipped: 0 })
	const rows = getDb().select().from(libraryDocuments).where(eq(libraryDocuments.isSample, true)).all()
	expect(new Set(rows.map((row) => row.draft.type)).size).toBe(8)
	for (const row of rows) expect(Object.keys(row.draft.texts).length).toBeGreaterThanOrEqual(2)
	expect(rows.filter((row) => Object.keys(row.draft.texts).length === 4).length).toBeGreaterThanOrEqual(2)
	const protocols = rows.filter((row) => row.draft.type === 'protocol')
	expect(protocols.length).toBeGreaterThanOrEqual(2)
	for (const protocol of protocols) {
		const page = await documentForReader({ id: 'x', roles: ['officer'], organisationId: 'x' }, protocol.slug, 'en')
		expect(page!.protocol!.versions.map((version) => version.version)).toEqual([2, 1])
	}
})

test('an editor who changed or submitted a draft may not publish it: another editor decides, and the revision names who sent it', async () => {
	const { member, editor } = await people()
	const secondEditor = await createActor({ roles: ['trainer'] })
	const started = await startDocument(member, facts, 'en', text)
	if (!started.ok) throw new Error(started.reason)
	submitForReview(member, started.id)
	publishSubmission(editor, started.id)
	// The editor rewrites the member's published document and sends it for review themselves.
	expect(await saveDocumentText(editor, started.id, 'en', { ...text, title: 'Rewritten by an editor' })).toEqual({
		ok: true,
	})
	expect(submitForReview(editor, started.id)).toEqual({ ok: true })
	expect(publishSubmission(editor, started.id)).toEqual({ ok: false, reason: 'own-document' })
	expect(reviewQueue(editor, 'en').map((row) => row.id)).not.toContain(started.id)
	// A decision taken on a page opened before the draft changed is refused.
	expect(publishSubmission(secondEditor, started.id, findDocument(started.id)!.draftVersion - 1)).toEqual({
		ok: false,
		reason: 'stale',
	})
	expect(publishSubmission(secondEditor, started.id, findDocument(started.id)!.draftVersion)).toEqual({ ok: true })
	const latest = getDb()
		.select()
		.from(libraryRevisions)
		.where(eq(libraryRevisions.documentId, started.id))
		.all()
		.at(-1)!
	expect(latest).toMatchObject({ number: 2, authorId: editor.id, publishedBy: secondEditor.id })
})

test('lowering a law-enforcement document’s tier is reviewed only by those who may read it now', async () => {
	const officer = await createActor({ roles: ['officer', 'trainer'] })
	const officerEditor = await createActor({ roles: ['officer', 'legal_expert'] })
	const trainer = await createActor({ roles: ['trainer'] })
	const restricted = await createPublishedDocument({
		tier: 'law-enforcement',
		texts: { en: { title: 'Raid checklist', summary: 'Restricted.' } },
	})
	expect(
		attachFile(officer, restricted.id, {
			bytes: new TextEncoder().encode('%PDF-1.7 restricted annex'),
			name: 'annex.pdf',
		}),
	).toEqual({ ok: true })
	expect(saveDocumentFacts(officer, restricted.id, { ...facts, tier: 'members' })).toEqual({ ok: true })
	expect(submitForReview(officer, restricted.id)).toEqual({ ok: true })
	expect(reviewQueue(trainer, 'en').map((row) => row.id)).not.toContain(restricted.id)
	expect(publishSubmission(trainer, restricted.id)).toEqual({ ok: false, reason: 'forbidden' })
	const hash = findDocument(restricted.id)!.draft.attachments[0]!.hash
	expect(attachmentForReader(trainer, restricted.slug, hash)).toBeNull()
	const page = await callRoute(draftRoute.loader, {
		path: `/en/library/drafts/${restricted.id}`,
		params: { documentId: restricted.id },
		cookie: signIn(trainer.id).cookie,
	})
	expect(page.status).toBe(404)
	expect(reviewQueue(officerEditor, 'en').map((row) => row.id)).toContain(restricted.id)
})

test('a date that is not a real day is refused with a clear error and changes nothing', async () => {
	const { member } = await people()
	const cookie = signIn(member.id).cookie
	for (const publishedOn of ['2025-13-01', '2025-02-30', '9999-99-99']) {
		const response = await callRoute(submitRoute.action, {
			path: '/en/library/submit',
			cookie,
			form: {
				language: 'en',
				title: 'Dated',
				summary: 'S.',
				body: 'B.',
				type: 'guideline',
				tier: 'public',
				topics: 'referral',
				publishedOn,
			},
		})
		expect(response.status).toBe(400)
		expect((await response.json()).fieldErrors.publishedOn).toEqual(['library:errors.date'])
	}
})

test('searches that found nothing are shown to editors once two members asked; a visitor’s and an officer’s are not counted', async () => {
	const { member, officer } = await people()
	const other = await createActor({ roles: ['ngo_member'] })
	const query = `mangrove${Date.now()}`
	const ask = (actor: Parameters<typeof searchAtlas>[0]) =>
		searchAtlas(actor, 'en', { query, filters: {}, sort: 'relevance', page: 1 })
	await ask(null)
	await ask(officer)
	await ask(member)
	await ask(member)
	expect(contentGaps().map((gap) => gap.query)).not.toContain(query)
	await ask(other)
	expect(contentGaps()).toContainEqual(expect.objectContaining({ query, language: 'en', count: 3 }))
	expect(contentGaps(20, new Date(Date.now() + 91 * 24 * 60 * 60 * 1000)).map((gap) => gap.query)).not.toContain(query)
})

test('a twenty-first attachment is refused and nothing is stored for the document', async () => {
	const { member } = await people()
	const started = await startDocument(member, facts, 'en', text)
	if (!started.ok) throw new Error(started.reason)
	for (let n = 0; n < 20; n++)
		expect(
			attachFile(member, started.id, { bytes: new TextEncoder().encode(`%PDF-1.7 file ${n}`), name: `file-${n}.pdf` }),
		).toEqual({ ok: true })
	expect(
		attachFile(member, started.id, { bytes: new TextEncoder().encode('%PDF-1.7 one more'), name: 'more.pdf' }),
	).toEqual({ ok: false, reason: 'too-many' })
	expect(findDocument(started.id)!.draft.attachments).toHaveLength(20)
})
