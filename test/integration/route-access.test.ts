/// <reference types="vite/client" />
import { beforeAll, expect, test } from 'vitest'
import { getDb, writeTransaction } from '#app/db/client.server.ts'
import { followUpSurveys, forumCategories } from '#app/db/schema/index.ts'
import { getAccountUser } from '#app/modules/accounts/users.server.ts'
import { attachFile } from '#app/modules/library/attachments.server.ts'
import { startDocument, submitForReview } from '#app/modules/library/drafts.server.ts'
import { findDocument, publishRevision } from '#app/modules/library/store.server.ts'
import { createPublishedDocument } from '#test/library-factories.ts'
import { listOutbox, sendEmail } from '#app/platform/email.server.ts'
import * as audit from '#app/routes/$lang+/admin+/audit.tsx'
import { enrolLearner } from '#app/modules/courses/enrolment.server.ts'
import { createCertificate, createCohort, createPublishedCourse } from '#test/course-factories.ts'
import { createProgramme, createService } from '#test/programme-factories.ts'
import { accessTable, type Outcome, visitors, type Visitor } from '#test/access-table.ts'
import { startThread } from '#app/modules/forums/posting.server.ts'
import { createEvent } from '#test/event-factories.ts'
import { addKitFile } from '#app/modules/campaigns/kit.server.ts'
import { createCampaign, pngBytes } from '#test/campaign-factories.ts'
import { createFocalPoint, createProfile } from '#test/network-factories.ts'
import { createPartnership } from '#test/partnership-factories.ts'
import { createPublishedStory, createStory } from '#test/news-factories.ts'
import { createActor, createOrganisation, createUser, signIn } from '#test/factories.ts'
import { cited, createFramework } from '#test/law-factories.ts'
import { storeAgreement } from '#app/modules/laws/agreements.server.ts'
import { proposeChange } from '#app/modules/laws/proposals.server.ts'
import { databaseSnapshot } from '#test/db-snapshot.ts'
import { callRoute } from '#test/routes.ts'

type RouteModule = Record<string, Parameters<typeof callRoute>[0]>

/** Every route module Remix would load: files under app/routes, minus shared `__` pieces and tests. */
const routeModules = Object.fromEntries(
	Object.entries(import.meta.glob<RouteModule>('../../app/routes/**/*.{ts,tsx}'))
		.filter(([file]) => !file.split('/').at(-1)!.startsWith('__') && !file.includes('.test.'))
		.map(([file, load]) => [file.replace('../../app/routes/', '').replace(/\.tsx?$/, ''), load]),
)

const userIds = new Map<Visitor, string>()
const ids = {
	user: '',
	message: '',
	programme: '',
	service: '',
	course: '',
	courseId: '',
	cohort: '',
	certificate: '',
	followUp: '',
	restricted: '',
	document: '',
	attachment: '',
	draft: '',
	openDraft: '',
	country: 'PT',
	compared: 'PT,ES',
	proposal: '',
	agreement: '',
	event: '',
	forum: '',
	thread: '',
	post: '',
	profile: '',
	focalPoint: '',
	partnership: '',
	campaign: '',
	material: '',
	story: '',
	draftStory: '',
	submittedStory: '',
}

beforeAll(async () => {
	// The organisation admin belongs to an organisation of their own: "an admin of another organisation".
	const elsewhere = createOrganisation()
	for (const visitor of visitors) {
		if (visitor === 'signed-out') continue
		const user = await createUser({
			roles: [visitor],
			organisationId: visitor === 'org_admin' ? elsewhere.id : undefined,
		})
		userIds.set(visitor, user.id)
		if (visitor === 'officer') ids.user = user.id
	}
	await sendEmail({ to: 'someone@example.org', subject: 'Test message', text: 'Hello' })
	ids.message = (await listOutbox({ page: 1 })).messages[0]!.id
	ids.programme = createProgramme().slug
	ids.service = createService().slug
	// The trainer co-authors the course and trains its cohort; the officer is enrolled in it.
	const { course } = await createPublishedCourse({ authorIds: [userIds.get('trainer')!] })
	ids.course = course.slug
	ids.courseId = course.id
	ids.cohort = createCohort(course.id, {}, [userIds.get('trainer')!]).id
	const enrolled = enrolLearner({ id: ids.user, roles: ['officer'], organisationId: '' }, course.slug, {
		cohortId: null,
		language: 'en',
	})
	// The officer holds a certificate of another course.
	const certificate = await createCertificate(ids.user)
	ids.certificate = certificate.code
	// Three months on, the officer was asked how they applied it.
	ids.followUp = certificate.id
	getDb().insert(followUpSurveys).values({ certificateId: certificate.id, sentAt: new Date() }).run()
	if (!enrolled.ok) throw new Error('The officer could not enrol')
	// The library: a law-enforcement-only document, a members' document with an attachment, and two drafts by the NGO member.
	ids.restricted = (
		await createPublishedDocument({
			tier: 'law-enforcement',
			texts: { en: { title: 'Restricted briefing', summary: 'For officers only.' } },
		})
	).slug
	const author = getAccountUser(userIds.get('ngo_member')!)!
	const document = await createPublishedDocument({
		tier: 'members',
		authorId: author.id,
		texts: { en: { title: 'Members briefing', summary: 'For members.' } },
	})
	ids.document = document.slug
	const attached = attachFile(getAccountUser(userIds.get('platform_admin')!)!, document.id, {
		bytes: new TextEncoder().encode('%PDF-1.4 annex'),
		name: 'annex.pdf',
	})
	if (!attached.ok) throw new Error('The attachment was refused')
	publishSubmissionNow(document.id)
	ids.attachment = findDocument(document.id)!.draft.attachments[0]!.hash
	const facts = {
		type: 'guideline',
		tier: 'members',
		topics: ['referral'],
		countries: [],
		regions: [],
		audience: [],
		publishedOn: '2026-01-01',
		sources: [],
	} as const
	const submitted = await startDocument(
		author,
		{ ...facts, topics: [...facts.topics], countries: [], regions: [], audience: [], sources: [] },
		'en',
		{ title: 'Draft', summary: 'Waiting.', body: 'Text.' },
	)
	const open = await startDocument(
		author,
		{ ...facts, topics: [...facts.topics], countries: [], regions: [], audience: [], sources: [] },
		'en',
		{ title: 'Open draft', summary: 'Being written.', body: 'Text.' },
	)
	if (!submitted.ok || !open.ok) throw new Error('The drafts were refused')
	submitForReview(author, submitted.id)
	ids.draft = submitted.id
	ids.openDraft = open.id
	// Laws: two frameworks, a change by another legal expert waiting for review, and an agreement.
	createFramework('PT')
	createFramework('ES')
	const lawyer = await createActor({ roles: ['legal_expert'] })
	const proposed = proposeChange(lawyer, 'PT', { elements: { recruitment: cited('yes') } }, '')
	if (!proposed.ok) throw new Error('The change was refused')
	ids.proposal = proposed.id
	writeTransaction((tx) =>
		storeAgreement(
			tx,
			{
				slug: 'access-test-agreement',
				kind: 'extradition',
				text: { language: 'en', names: { en: 'Access test treaty' } },
				parties: ['ES', 'PT'],
				signedOn: null,
				inForceOn: null,
				source: null,
			},
			{ userId: null, sample: false },
			new Date(),
		),
	)
	ids.agreement = 'access-test-agreement'
	// Events: one for members, run by the trainer's organisation, with a question that must be answered.
	const organiser = getAccountUser(userIds.get('trainer')!)!
	ids.event = createEvent(organiser, {
		audience: 'members',
		questions: [{ id: 'q1', standard: false, label: 'Your unit?', required: true }],
	}).slug
	// Forums: a members' category with a thread the NGO member started.
	writeTransaction((tx) =>
		tx
			.insert(forumCategories)
			.values({
				slug: 'access-forum',
				kind: 'topic',
				tier: 'members',
				sourceLanguage: 'en',
				texts: { en: { name: 'Access forum', description: '' } },
			})
			.run(),
	)
	const started = startThread(
		getAccountUser(userIds.get('ngo_member')!)!,
		'access-forum',
		{ title: 'Access thread', body: 'A post about practice.', language: 'en' },
		new Date(),
	)
	if (!started.ok) throw new Error(`The thread was refused: ${started.reason}`)
	ids.forum = 'access-forum'
	ids.thread = started.threadId
	ids.post = started.postId
	// The network: the org admin's organisation is a police body (a members-only profile) with a focal point; it is a
	// partner of a partnership not every partner agreed to publish, and runs a published campaign with a poster.
	const orgAdmin = getAccountUser(userIds.get('org_admin')!)!
	createProfile(orgAdmin, { kind: 'police', isPublic: false })
	ids.profile = elsewhere.id
	ids.focalPoint = createFocalPoint(orgAdmin).id
	const partner = createOrganisation({ country: 'MA' })
	ids.partnership = createPartnership(orgAdmin, { partnerIds: [elsewhere.id, partner.id] }).slug
	const campaign = createCampaign(orgAdmin, {}, { publish: true })
	const poster = addKitFile(
		orgAdmin,
		campaign.slug,
		{ bytes: pngBytes(), name: 'poster.png', kind: 'poster', language: 'en' },
		new Date(),
	)
	if (!poster.ok) throw new Error(`The poster was refused: ${poster.reason}`)
	ids.campaign = campaign.slug
	ids.material = poster.id
	// News of the same organisation: one published, one draft, one waiting for review.
	const reviewer = await createActor({ roles: ['moderator'] })
	ids.story = createPublishedStory(orgAdmin, reviewer).slug
	ids.draftStory = createStory(orgAdmin).slug
	ids.submittedStory = createStory(orgAdmin, {}, true).slug
})

/** Publishes a document's current draft (with its attachment) as the next revision. */
function publishSubmissionNow(documentId: string) {
	writeTransaction((tx) => {
		const row = findDocument(documentId, tx)!
		publishRevision(tx, row, row.draft, { authorId: row.authorId, publishedBy: null }, new Date())
	})
}

function fill(path: string) {
	return path
		.replace(':user', ids.user)
		.replace(':message', ids.message)
		.replace(':programme', ids.programme)
		.replace(':service', ids.service)
		.replace(':courseId', ids.courseId)
		.replace(':course', ids.course)
		.replace(':cohort', ids.cohort)
		.replace(':certificate', ids.certificate)
		.replace(':followUp', ids.followUp)
		.replace(':restricted', ids.restricted)
		.replace(':document', ids.document)
		.replace(':attachment', ids.attachment)
		.replace(':openDraft', ids.openDraft)
		.replace(':draft', ids.draft)
		.replace(':country', ids.country)
		.replace(':compared', ids.compared)
		.replace(':proposal', ids.proposal)
		.replace(':agreement', ids.agreement)
		.replace(':event', ids.event)
		.replace(':forum', ids.forum)
		.replace(':thread', ids.thread)
		.replace(':post', ids.post)
		.replace(':profile', ids.profile)
		.replace(':focalPoint', ids.focalPoint)
		.replace(':partnership', ids.partnership)
		.replace(':campaign', ids.campaign)
		.replace(':material', ids.material)
		.replace(':draftStory', ids.draftStory)
		.replace(':submittedStory', ids.submittedStory)
		.replace(':story', ids.story)
}

/** Route parameters for every route; each route reads only its own. */
function paramsFor(path: string) {
	return {
		userId: ids.user,
		messageId: ids.message,
		slug: slugIn(path),
		courseId: ids.courseId,
		cohortId: ids.cohort,
		lessonId: 'first',
		quizId: 'check',
		attemptId: 'none',
		moduleId: 'module-one',
		questionId: 'choose',
		file: path.includes('/events/') ? `${ids.event}.ics` : `${ids.certificate}.json`,
		documentId: path.includes(':openDraft') ? ids.openDraft : ids.draft,
		hash: ids.attachment,
		version: 'any',
		language: 'en',
		namespace: 'courses',
		country: ids.country,
		section: 'penalties',
		element: 'consent-irrelevant',
		proposalId: ids.proposal,
		token: 'abcdefghijklmnopqrstuvwxyz234567.ics',
		category: ids.forum,
		threadId: ids.thread,
		postId: ids.post,
		code: path.includes('/network/countries/') ? 'MA' : ids.certificate,
		organisationId: ids.profile,
		id: ids.focalPoint,
		materialId: ids.material,
		certificateId: ids.followUp,
		indicatorId: 'certificates-issued',
	}
}

/** The `$slug` route parameter a path stands for. */
function slugIn(path: string) {
	if (path.includes('/courses/:course')) return ids.course
	if (path.includes('/library/:restricted')) return ids.restricted
	if (path.includes('/library/:document')) return ids.document
	if (path.includes('/laws/agreements/:agreement')) return ids.agreement
	if (path.includes('/events/:event')) return ids.event
	if (path.includes(':partnership')) return ids.partnership
	if (path.includes(':campaign')) return ids.campaign
	if (path.includes(':draftStory')) return ids.draftStory
	if (path.includes(':submittedStory')) return ids.submittedStory
	if (path.includes(':story')) return ids.story
	return path.includes(':service') ? ids.service : ids.programme
}

function classify(response: Response): Outcome | string {
	const location = response.headers.get('Location')
	if (response.status >= 300 && response.status < 400 && location) {
		if (location.startsWith('/en/sign-in')) return 'sign-in'
		if (location === '/en') return 'home'
		return 'redirect'
	}
	if (response.status === 403) return 'forbidden'
	if (response.status === 404) return 'not-found'
	if ((response.status >= 200 && response.status < 300) || response.status === 400 || response.status === 409)
		return 'ok'
	return `status ${response.status}`
}

test('every route file has an entry in the access table, and every entry a route file', () => {
	expect(Object.keys(accessTable).sort()).toEqual(Object.keys(routeModules).sort())
})

const cases = Object.entries(accessTable).flatMap(([id, access]) =>
	(['loader', 'action'] as const).filter((handler) => access[handler]).map((handler) => ({ id, handler, access })),
)

test.each(cases)('$id $handler answers each role as the access table says', async ({ id, handler, access }) => {
	const module = await routeModules[id]!()
	expect(module[handler], `${id} exports a ${handler}`).toBeTypeOf('function')
	const filled = fill(access.path)
	const params = { ...paramsFor(access.path), '*': 'no-such-page' }
	const answers: Record<string, string> = {}
	for (const visitor of visitors) {
		const response = await callRoute(module[handler], {
			path: filled,
			// A fresh session each time: some routes (sign-out) end the one they are given.
			cookie: visitor === 'signed-out' ? undefined : signIn(userIds.get(visitor)!).cookie,
			params: filled.startsWith('/en') ? params : { ...params, lang: '' },
			form: handler === 'action' ? {} : undefined,
			client: `client-${visitor}`,
		})
		answers[visitor] = classify(response)
	}
	expect(answers).toEqual(access[handler])
})

test('answering every GET of every route, for every role, changes nothing in the database', async () => {
	const cookieFor = (visitor: string) =>
		visitor === 'signed-out' ? undefined : signIn(userIds.get(visitor as Visitor)!).cookie
	const cookies = Object.fromEntries(visitors.map((visitor) => [visitor, cookieFor(visitor)]))
	const before = databaseSnapshot()
	for (const [id, access] of Object.entries(accessTable)) {
		if (!access.loader) continue
		const module = await routeModules[id]!()
		const filled = fill(access.path)
		for (const visitor of visitors) {
			await callRoute(module.loader, { path: filled, cookie: cookies[visitor], params: paramsFor(access.path) })
		}
	}
	expect(databaseSnapshot()).toEqual(before)
})

test('an admin whose session has not passed the second factor is sent to finish signing in', async () => {
	const admin = await createUser({ roles: ['platform_admin'] })
	const { cookie } = signIn(admin.id, { twoFactorVerified: false })
	const response = await callRoute(audit.loader, { path: '/en/admin/audit', cookie })
	expect(response.headers.get('Location')).toBe('/en/sign-in/two-factor')
})
