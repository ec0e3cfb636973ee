import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb, writeTransaction } from '#app/db/client.server.ts'
import { publishDocument } from '#app/modules/courses/publishing.server.ts'
import { lessonsTeaching } from '#app/modules/laws/pages.server.ts'
import { lawProposals, lawRevisions } from '#app/db/schema/index.ts'
import { importLaws } from '#app/modules/laws/content-import.server.ts'
import { decideProposal, proposeChange } from '#app/modules/laws/proposals.server.ts'
import { findFramework, frameworkHistory } from '#app/modules/laws/store.server.ts'
import { searchAtlas } from '#app/modules/search/search.server.ts'
import * as country from '#app/routes/$lang+/laws+/$country.tsx'
import * as edit from '#app/routes/$lang+/laws+/$country_.edit.$section.tsx'
import * as compare from '#app/routes/$lang+/laws+/compare.tsx'
import * as review from '#app/routes/$lang+/laws+/review.$proposalId.tsx'
import { createPublishedCourse } from '#test/course-factories.ts'
import { databaseSnapshot } from '#test/db-snapshot.ts'
import { createActor, signIn } from '#test/factories.ts'
import { cited, createFramework, instrument } from '#test/law-factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

/** The penalties form as the page fills it for this framework, with the basic maximum changed. */
function penaltiesForm(maximum: string, citation: { instrument: string; article: string }) {
	const form: Record<string, string> = {}
	for (const id of ['basic-minimum', 'basic-maximum', 'aggravated-minimum', 'aggravated-maximum']) {
		form[`${id}.value`] = ''
		form[`${id}.asOf`] = '2026-01-01'
	}
	form['aggravating-circumstances.value'] = 'unknown'
	form['aggravating-circumstances.asOf'] = '2026-01-01'
	form['basic-maximum.value'] = maximum
	form['basic-maximum.instrument'] = citation.instrument
	form['basic-maximum.article'] = citation.article
	return form
}

const proposals = (country: string) =>
	getDb().select().from(lawProposals).where(eq(lawProposals.country, country)).all()

test('a change without a citation is refused at the field that lacks it, and nothing is written', async () => {
	createFramework('AT')
	const expert = await createActor({ roles: ['legal_expert'] })
	const response = await callRoute(edit.action, {
		path: '/en/laws/AT/edit/penalties',
		params: { country: 'AT', section: 'penalties' },
		cookie: signIn(expert.id).cookie,
		form: penaltiesForm('8', { instrument: '', article: '' }),
	})
	expect(response.status).toBe(400)
	const body = await jsonOf<{ fieldErrors: Record<string, string[]> }>(response)
	expect(body.fieldErrors['basic-maximum.instrument']).toEqual(['laws:errors.citation-needed'])
	expect(body.fieldErrors['basic-maximum.article']).toEqual(['laws:errors.citation-needed'])
	expect(proposals('AT')).toEqual([])
	// The module holds the same rule for any caller, and names an instrument the framework does not list.
	expect(
		proposeChange(expert, 'AT', { elements: { 'basic-maximum': { ...cited(8), citation: null } } }, ''),
	).toMatchObject({ ok: false, reason: 'citation-needed', field: 'basic-maximum.instrument' })
	expect(
		proposeChange(
			expert,
			'AT',
			{ elements: { 'basic-maximum': { ...cited(8), citation: { instrument: 'no-such-law', article: '1' } } } },
			'',
		),
	).toMatchObject({ ok: false, reason: 'unknown-instrument' })
})

test('a cited change is not public until a second legal expert approves it; its author cannot approve it', async () => {
	createFramework('BE', { 'basic-maximum': cited(5) })
	const author = await createActor({ roles: ['legal_expert'] })
	const reviewer = await createActor({ roles: ['legal_expert'] })
	const proposed = await callRoute(edit.action, {
		path: '/en/laws/BE/edit/penalties',
		params: { country: 'BE', section: 'penalties' },
		cookie: signIn(author.id).cookie,
		form: { ...penaltiesForm('10', { instrument: instrument.id, article: 'Art. 433quinquies' }), note: 'Amended' },
	})
	expect(proposed.status).toBe(302)
	const [proposal] = proposals('BE')
	expect(proposed.headers.get('Location')).toBe(`/en/laws/review/${proposal!.id}`)
	expect(findFramework('BE')!.framework.elements['basic-maximum']!.value).toBe(5)

	const own = await callRoute(review.action, {
		path: `/en/laws/review/${proposal!.id}`,
		params: { proposalId: proposal!.id },
		cookie: signIn(author.id).cookie,
		form: { intent: 'approve' },
	})
	expect(own.status).toBe(400)
	expect((await jsonOf<{ fieldErrors: { form: string[] } }>(own)).fieldErrors.form).toEqual(['laws:errors.own-change'])
	expect(findFramework('BE')!.framework.elements['basic-maximum']!.value).toBe(5)

	const approved = await callRoute(review.action, {
		path: `/en/laws/review/${proposal!.id}`,
		params: { proposalId: proposal!.id },
		cookie: signIn(reviewer.id).cookie,
		form: { intent: 'approve' },
	})
	expect(approved.headers.get('Location')).toBe('/en/laws/BE')
	const entry = findFramework('BE')!.framework.elements['basic-maximum']!
	expect(entry).toMatchObject({ value: 10, citation: { article: 'Art. 433quinquies' }, reviewedBy: reviewer.id })
	const [latest] = frameworkHistory('BE')
	expect(latest).toMatchObject({ author: author.name, reviewer: reviewer.name, note: 'Amended' })
	expect(latest!.changes).toEqual([
		{ field: 'elements.basic-maximum', from: cited(5), to: expect.objectContaining({ value: 10 }) },
	])
})

test('two changes to the same value: the second is refused as stale, not laid over the first', async () => {
	createFramework('DK', { 'basic-maximum': cited(6) })
	const [first, second, reviewer] = await Promise.all([
		createActor({ roles: ['legal_expert'] }),
		createActor({ roles: ['legal_expert'] }),
		createActor({ roles: ['legal_expert'] }),
	])
	const a = proposeChange(first, 'DK', { elements: { 'basic-maximum': cited(8) } }, '')
	const b = proposeChange(second, 'DK', { elements: { 'basic-maximum': cited(12) } }, '')
	if (!a.ok || !b.ok) throw new Error('The proposals were refused')
	expect(decideProposal(reviewer, a.id, { approve: true })).toEqual({ ok: true })
	expect(decideProposal(reviewer, b.id, { approve: true })).toEqual({ ok: false, reason: 'stale' })
	expect(findFramework('DK')!.framework.elements['basic-maximum']!.value).toBe(8)
	expect(decideProposal(reviewer, a.id, { approve: true })).toEqual({ ok: false, reason: 'decided' })
})

test('only legal experts (and platform admins) propose or review changes', async () => {
	createFramework('EE')
	const officer = await createActor({ roles: ['officer'] })
	expect(proposeChange(officer, 'EE', { elements: { recruitment: cited('yes') } }, '')).toEqual({
		ok: false,
		reason: 'forbidden',
	})
	const response = await callRoute(edit.loader, {
		path: '/en/laws/EE/edit/acts',
		params: { country: 'EE', section: 'acts' },
		cookie: signIn(officer.id).cookie,
	})
	expect(response.status).toBe(403)
})

test('a comparison with one, seven, repeated, lowercase or unknown countries says what is wrong, with a 400', async () => {
	for (const code of ['FI', 'GR', 'HU', 'IE', 'LV', 'LT']) createFramework(code)
	const problemOf = async (query: string) => {
		const response = await callRoute(compare.loader, { path: `/en/laws/compare?${query}` })
		const body = await jsonOf<{ comparison: { ok: boolean; problem?: { problem: string } } }>(response)
		return { status: response.status, problem: body.comparison.problem?.problem ?? 'none' }
	}
	expect(await problemOf('countries=FI')).toEqual({ status: 400, problem: 'too-few' })
	expect(await problemOf('countries=FI,GR,HU,IE,LV,LT,EE')).toEqual({ status: 400, problem: 'too-many' })
	expect(await problemOf('countries=FI,GR,FI')).toEqual({ status: 400, problem: 'duplicates' })
	expect(await problemOf('countries=fi,gr')).toEqual({ status: 400, problem: 'lowercase' })
	expect(await problemOf('countries=ZZ,FI')).toEqual({ status: 400, problem: 'not-a-country' })
	expect(await problemOf('countries=FI,JP')).toEqual({ status: 400, problem: 'no-framework' })
	expect(await problemOf('countries=FI,GR,HU')).toEqual({ status: 200, problem: 'none' })
	expect(await problemOf('countries=FI&countries=GR')).toEqual({ status: 200, problem: 'none' })
})

test('a country page for an unknown code says so on a page; a lowercase code goes to its capital form', async () => {
	createFramework('LU')
	const unknown = await callRoute(country.loader, { path: '/en/laws/ZZ', params: { country: 'ZZ' } })
	expect(unknown.status).toBe(404)
	expect(await jsonOf(unknown)).toMatchObject({ missing: { reason: 'notACode', code: 'ZZ' } })
	const none = await callRoute(country.loader, { path: '/en/laws/JP', params: { country: 'JP' } })
	expect(await jsonOf(none)).toMatchObject({ missing: { reason: 'noFramework', country: 'Japan' } })
	const lower = await callRoute(country.loader, { path: '/fr/laws/lu', params: { country: 'lu' } })
	expect(lower.headers.get('Location')).toBe('/fr/laws/LU')
})

test('the sample import is idempotent, and leaves a country legal experts changed in Atlas as they left it', async () => {
	const first = importLaws()
	expect(first.added + first.revised).toBeGreaterThanOrEqual(10)
	const snapshot = databaseSnapshot()
	expect(importLaws()).toEqual({ added: 0, revised: 0, skipped: 0, agreements: 0 })
	expect(databaseSnapshot()).toEqual(snapshot)
	const [author, reviewer] = await Promise.all([
		createActor({ roles: ['legal_expert'] }),
		createActor({ roles: ['legal_expert'] }),
	])
	const known = findFramework('FR')!.framework.instruments[0]!.id
	const change = proposeChange(
		author,
		'FR',
		{ elements: { 'non-punishment': { ...cited('partly'), citation: { instrument: known, article: '1' } } } },
		'',
	)
	if (!change.ok) throw new Error(change.reason)
	expect(decideProposal(reviewer, change.id, { approve: true })).toEqual({ ok: true })
	const revisions = getDb().select().from(lawRevisions).where(eq(lawRevisions.country, 'FR')).all().length
	expect(importLaws().skipped).toBeGreaterThanOrEqual(1)
	expect(getDb().select().from(lawRevisions).where(eq(lawRevisions.country, 'FR')).all()).toHaveLength(revisions)
})

test("countries' laws and agreements are found in each of Atlas's four languages", async () => {
	importLaws()
	const paths = async (language: 'en' | 'fr' | 'es' | 'ar', query: string) =>
		(await searchAtlas(null, language, { query, filters: {}, sort: 'relevance', page: 1 })).hits.map((hit) => hit.path)
	expect(await paths('en', 'Germany')).toContain('/laws/DE')
	expect(await paths('fr', 'Allemagne')).toContain('/laws/DE')
	expect(await paths('es', 'Alemania')).toContain('/laws/DE')
	expect(await paths('ar', 'ألمانيا')).toContain('/laws/DE')
	expect(await paths('fr', 'extradition')).toContain('/laws/agreements/us-uk-extradition-2003')
	expect(await paths('es', 'extradición')).toContain('/laws/agreements/us-uk-extradition-2003')
})

test('the lessons and quiz questions tagged with an element are listed on it once published, in the reader language', async () => {
	const { course, document } = await createPublishedCourse()
	const tagged = {
		...document,
		modules: document.modules.map((module) => ({
			...module,
			lessons: module.lessons.map((lesson) =>
				lesson.id === 'second' ? { ...lesson, lawElements: ['reflection-period' as const] } : lesson,
			),
		})),
		questions: document.questions.map((question) =>
			question.id === 'count' ? { ...question, lawElements: ['reflection-period' as const] } : question,
		),
	}
	const mine = (rows: ReturnType<typeof lessonsTeaching>) => rows.filter((row) => row.courseSlug === course.slug)
	expect(mine(lessonsTeaching('reflection-period', 'fr'))).toEqual([])
	writeTransaction((tx) => publishDocument(tx, course.id, tagged, null))
	expect(mine(lessonsTeaching('reflection-period', 'fr'))).toEqual([
		expect.objectContaining({
			part: 'lesson',
			lessonId: 'second',
			lessonTitle: 'Deuxième leçon',
			lessonLanguage: 'fr',
		}),
		expect.objectContaining({ part: 'question', lessonId: null, courseTitle: `Formation test ${course.slug}` }),
	])
	// Taken off in the next revision, it leaves the element's page.
	writeTransaction((tx) => publishDocument(tx, course.id, document, null))
	expect(mine(lessonsTeaching('reflection-period', 'fr'))).toEqual([])
})
