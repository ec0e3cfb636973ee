import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { courseMedia, courseRevisions, courses, enrolments, users } from '#app/db/schema/index.ts'
import { importCourses } from '#app/modules/courses/content-import.server.ts'
import { translationMatrix } from '#app/modules/courses/translation.ts'
import * as coursePage from '#app/routes/$lang+/courses+/$slug.tsx'
import * as cohortCsv from '#app/routes/$lang+/teach+/cohorts.$cohortId_.csv.tsx'
import * as lessonEditor from '#app/routes/$lang+/teach+/courses.$courseId_.lessons.$lessonId.tsx'
import * as overview from '#app/routes/$lang+/teach+/courses.$courseId.tsx'
import * as mediaPage from '#app/routes/$lang+/teach+/courses.$courseId_.media.tsx'
import * as newCourse from '#app/routes/$lang+/teach+/courses.new.tsx'
import * as media from '#app/routes/media.$hash.ts'
import { createCohort, createPublishedCourse } from '#test/course-factories.ts'
import { createUser, signIn } from '#test/factories.ts'
import { callRoute } from '#test/routes.ts'

async function person(roles: NonNullable<Parameters<typeof createUser>[0]>['roles']) {
	const user = await createUser({ roles })
	return { user, cookie: signIn(user.id).cookie }
}

const draftOf = (courseId: string) => getDb().select().from(courses).where(eq(courses.id, courseId)).get()!

function saveLesson(courseId: string, cookie: string, body: string, extra: Record<string, string> = {}) {
	return callRoute(lessonEditor.action, {
		path: `/en/teach/courses/${courseId}/lessons/first${extra.language ? `?language=${extra.language}` : ''}`,
		cookie,
		params: { courseId, lessonId: 'first' },
		form: { intent: 'save', title: 'First lesson', body },
	})
}

test('a learner cannot edit a course, and a trainer cannot edit a course they do not co-author', async () => {
	const author = await person(['trainer'])
	const { course } = await createPublishedCourse({ authorIds: [author.user.id] })
	const officer = await person(['officer'])
	const otherTrainer = await person(['trainer'])
	for (const { cookie } of [officer, otherTrainer]) {
		expect(
			(
				await callRoute(overview.loader, {
					path: `/en/teach/courses/${course.id}`,
					cookie,
					params: { courseId: course.id },
				})
			).status,
		).toBe(403)
		expect(
			(
				await callRoute(overview.action, {
					path: `/en/teach/courses/${course.id}`,
					cookie,
					params: { courseId: course.id },
					form: { intent: 'publish' },
				})
			).status,
		).toBe(403)
		expect((await saveLesson(course.id, cookie, 'Changed')).status).toBe(403)
	}
	expect(
		(await callRoute(newCourse.action, { path: '/en/teach/courses/new', cookie: officer.cookie, form: {} })).status,
	).toBe(403)
	expect(draftOf(course.id).draftVersion).toBe(1)
	expect((await saveLesson(course.id, author.cookie, 'Changed by its author')).status).toBe(200)
	expect(draftOf(course.id).draft.modules[0]!.lessons[0]!.texts.en!.body).toBe('Changed by its author')
})

test.each([
	['an import', 'Intro\n\nimport x from "y"', 3, 'import-export'],
	['an export', 'export const a = 1', 1, 'import-export'],
	['an expression', 'Text\n\nSum {1 + 1}', 3, 'expression'],
	['a script tag', 'Hello\n<script>alert(1)</script>', 2, 'unknown-component'],
	['an unknown component', '## Title\n\n<Banner />', 3, 'unknown-component'],
])('MDX with %s is refused with its line number and nothing is saved', async (_, body, line, code) => {
	const author = await person(['trainer'])
	const { course } = await createPublishedCourse({ authorIds: [author.user.id] })
	const before = draftOf(course.id)
	const response = await saveLesson(course.id, author.cookie, body)
	expect(response.status).toBe(400)
	const errors = ((await response.json()) as { fieldErrors: { body: string[] } }).fieldErrors.body
	expect(
		errors.some((message) => message.startsWith(`authoring:mdx.${code}?`) && message.includes(`line=${line}&`)),
	).toBe(true)
	expect(draftOf(course.id)).toEqual(before)
})

test('a save made from a page the co-author changed meanwhile is refused with 409', async () => {
	const author = await person(['trainer'])
	const { course } = await createPublishedCourse({ authorIds: [author.user.id] })
	const stale = await callRoute(lessonEditor.action, {
		path: `/en/teach/courses/${course.id}/lessons/first`,
		cookie: author.cookie,
		params: { courseId: course.id, lessonId: 'first' },
		form: { intent: 'save', title: 'First lesson', body: 'Mine', draftVersion: '0' },
	})
	expect(stale.status).toBe(409)
	expect(draftOf(course.id).draftVersion).toBe(1)
})

test('editing the source marks its translation out of date; publishing makes a revision and enrolled learners keep theirs until moved', async () => {
	const author = await person(['trainer'])
	const { course } = await createPublishedCourse({ authorIds: [author.user.id] })
	const learner = await person(['officer'])
	await callRoute(coursePage.action, {
		path: `/en/courses/${course.slug}`,
		cookie: learner.cookie,
		params: { slug: course.slug },
		form: { intent: 'enrol', language: 'en' },
	})
	const firstRevision = getDb().select().from(enrolments).where(eq(enrolments.userId, learner.user.id)).get()!
		.revisionId
	expect((await saveLesson(course.id, author.cookie, 'Traduction', { language: 'fr' })).status).toBe(200)
	expect(translationMatrix(draftOf(course.id).draft, ['fr']).lessons[0]!.states.fr).toBe('current')
	expect((await saveLesson(course.id, author.cookie, 'A new source text')).status).toBe(200)
	expect(translationMatrix(draftOf(course.id).draft, ['fr']).lessons[0]!.states.fr).toBe('outdated')
	const publish = (intent: string) =>
		callRoute(overview.action, {
			path: `/en/teach/courses/${course.id}`,
			cookie: author.cookie,
			params: { courseId: course.id },
			form: { intent },
		})
	expect((await publish('publish')).status).toBe(200)
	expect(getDb().select().from(courseRevisions).where(eq(courseRevisions.courseId, course.id)).all()).toHaveLength(2)
	expect(getDb().select().from(enrolments).where(eq(enrolments.userId, learner.user.id)).get()!.revisionId).toBe(
		firstRevision,
	)
	// A learner who already completed the course keeps the revision they completed.
	const finished = await person(['officer'])
	await callRoute(coursePage.action, {
		path: `/en/courses/${course.slug}`,
		cookie: finished.cookie,
		params: { slug: course.slug },
		form: { intent: 'enrol', language: 'en' },
	})
	getDb()
		.update(enrolments)
		.set({ completedAt: new Date(), revisionId: firstRevision })
		.where(eq(enrolments.userId, finished.user.id))
		.run()
	await publish('migrate')
	expect(getDb().select().from(enrolments).where(eq(enrolments.userId, learner.user.id)).get()!.revisionId).toBe(
		draftOf(course.id).publishedRevisionId,
	)
	expect(getDb().select().from(enrolments).where(eq(enrolments.userId, finished.user.id)).get()!.revisionId).toBe(
		firstRevision,
	)
})

test('a cohort’s progress export is for its trainers and co-authors only, and defuses spreadsheet formulas', async () => {
	const author = await person(['trainer'])
	const { course } = await createPublishedCourse({ authorIds: [author.user.id] })
	const cohort = createCohort(course.id)
	const learner = await createUser({ roles: ['officer'] })
	getDb().update(users).set({ name: '=HYPERLINK("x")' }).where(eq(users.id, learner.id)).run()
	await callRoute(coursePage.action, {
		path: `/en/courses/${course.slug}`,
		cookie: signIn(learner.id).cookie,
		params: { slug: course.slug },
		form: { intent: 'enrol', language: 'en', cohortId: cohort.id },
	})
	const call = (cookie: string) =>
		callRoute(cohortCsv.loader, { path: `/en/teach/cohorts/${cohort.id}/csv`, cookie, params: { cohortId: cohort.id } })
	expect((await call((await person(['trainer'])).cookie)).status).toBe(403)
	expect((await call((await person(['officer'])).cookie)).status).toBe(403)
	const csv = await call(author.cookie)
	expect(csv.headers.get('Content-Type')).toContain('text/csv')
	const text = await csv.text()
	expect(text).toContain(`"'=HYPERLINK(""x"")"`)
	expect(text.split('\r\n')[1]).toMatch(/,0,/)
})

test('importing the starter courses twice changes nothing; a changed lesson publishes a new revision with its translations out of date', async () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-courses-'))
	fs.cpSync(
		path.resolve('content/courses/victim-centred-interviewing'),
		path.join(dir, 'victim-centred-interviewing'),
		{ recursive: true },
	)
	expect(await importCourses(dir)).toEqual({ added: 1, revised: 0 })
	const snapshot = () =>
		JSON.stringify(getDb().select().from(courses).where(eq(courses.slug, 'victim-centred-interviewing')).all()) +
		JSON.stringify(getDb().select().from(courseRevisions).all())
	const before = snapshot()
	expect(await importCourses(dir)).toEqual({ added: 0, revised: 0 })
	expect(snapshot()).toBe(before)
	const lesson = path.join(dir, 'victim-centred-interviewing/lessons/victim-centred-approach.en.mdx')
	fs.appendFileSync(lesson, '\nOne more sentence.\n')
	expect(await importCourses(dir)).toEqual({ added: 0, revised: 1 })
	const course = getDb().select().from(courses).where(eq(courses.slug, 'victim-centred-interviewing')).get()!
	expect(getDb().select().from(courseRevisions).where(eq(courseRevisions.courseId, course.id)).all()).toHaveLength(2)
	const states = translationMatrix(course.draft, ['es', 'fr']).lessons
	expect(states.find((row) => row.id === 'victim-centred-approach')!.states).toEqual({ es: 'outdated', fr: 'outdated' })
	expect(states.find((row) => row.id === 'rights-and-protection')!.states).toEqual({ es: 'current', fr: 'current' })
	fs.rmSync(dir, { recursive: true })
})

function upload(courseId: string, cookie: string, bytes: Uint8Array<ArrayBuffer>, name: string, type: string) {
	const form = new FormData()
	form.append('file', new File([bytes], name, { type }))
	const request = new Request(`http://localhost/en/teach/courses/${courseId}/media`, {
		method: 'POST',
		headers: { Cookie: cookie },
		body: form,
	})
	return mediaPage
		.action({ request, params: { lang: 'en', courseId }, context: { cspNonce: 'test', clientKey: 'test' } })
		.catch((thrown: unknown) => {
			if (thrown instanceof Response) return thrown
			throw thrown
		})
}

test('uploaded media are checked by their bytes, stored by hash and served with their checked type', async () => {
	const author = await person(['trainer'])
	const { course } = await createPublishedCourse({ authorIds: [author.user.id] })
	const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])
	// The name and the declared type lie; the bytes decide.
	const stored = await upload(course.id, author.cookie, png, 'notes.svg', 'image/svg+xml')
	expect(stored.status).toBe(200)
	const { hash } = (await stored.json()) as { hash: string }
	const served = await callRoute(media.loader, { path: `/media/${hash}`, params: { hash } })
	expect(served.headers.get('Content-Type')).toBe('image/png')
	expect(served.headers.get('X-Content-Type-Options')).toBe('nosniff')
	expect(new Uint8Array(await served.arrayBuffer())).toEqual(png)

	const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
	const refused = await upload(course.id, author.cookie, svg, 'photo.png', 'image/png')
	expect(refused.status).toBe(400)
	expect(await refused.text()).toContain('courses:errors.unknown-type')
	expect(getDb().select().from(courseMedia).where(eq(courseMedia.courseId, course.id)).all()).toHaveLength(1)
	expect((await upload(course.id, (await person(['trainer'])).cookie, png, 'x.png', 'image/png')).status).toBe(403)

	// An image over its type's limit, and a file with a path in its name, change nothing on disk or in the list.
	const big = new Uint8Array(5 * 1024 * 1024 + 10)
	big.set(png.subarray(0, 8))
	const tooBig = await upload(course.id, author.cookie, big, 'big.png', 'image/png')
	expect(tooBig.status).toBe(400)
	expect(await tooBig.text()).toContain('courses:errors.too-large')
	const traversal = await upload(
		course.id,
		author.cookie,
		new Uint8Array([...png, 9]),
		'../../../etc/passwd.png',
		'image/png',
	)
	expect(traversal.status).toBe(200)
	const names = getDb()
		.select()
		.from(courseMedia)
		.where(eq(courseMedia.courseId, course.id))
		.all()
		.map((row) => row.name)
	expect(names).toContain('passwd.png')
	expect(names.every((name) => !name.includes('/'))).toBe(true)
})
