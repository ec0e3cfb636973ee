import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { courses } from '#app/db/schema/index.ts'
import { allowedComponentNames, attributeNamesOf, exampleOf } from '#app/platform/mdx/allowed-components.ts'
import * as outline from '#app/routes/$lang+/teach+/courses.$courseId.tsx'
import { createPublishedCourse } from '#test/course-factories.ts'
import { createUser, signIn } from '#test/factories.ts'
import { startHttpApp } from '#test/http-app.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

/**
 * What a trainer sees while authoring, as the pages are served: every field of the source beside a
 * translation, each quiz's title in the translation matrix, and a lesson that is removed only once
 * the removal is confirmed.
 */

let app: Awaited<ReturnType<typeof startHttpApp>>
let cookie = ''

beforeAll(async () => {
	const trainer = await createUser({ roles: ['trainer'] })
	cookie = signIn(trainer.id).cookie
	app = await startHttpApp()
}, 60_000)

afterAll(() => app.close())

async function courseOfOurs() {
	const trainer = await createUser({ roles: ['trainer'] })
	const { course } = await createPublishedCourse({ authorIds: [trainer.id] })
	return { course, cookie: signIn(trainer.id).cookie }
}

async function page(path: string, as: string) {
	const response = await fetch(`${app.url}${path}`, { headers: { Cookie: as }, redirect: 'manual' })
	expect(response.status, path).toBe(200)
	return response.text()
}

function post(path: string, form: Record<string, string>, as: string) {
	return fetch(`${app.url}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin', Cookie: as },
		body: new URLSearchParams(form),
	})
}

/** Text as it appears in the page's HTML, in an element marked as written in the source language. */
const inSource = (text: string) =>
	new RegExp(`lang="en"[^>]*>(?:<[a-z]+>)*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}<`)

const lessonsOf = (courseId: string) =>
	getDb()
		.select()
		.from(courses)
		.where(eq(courses.id, courseId))
		.get()!
		.draft.modules.flatMap((module) => module.lessons.map((lesson) => lesson.id))

test('translating the course details shows every source field: summary, each outcome and the certificate name', async () => {
	const { course, cookie: author } = await courseOfOurs()
	const html = await page(`/en/teach/courses/${course.id}/details?language=es`, author)
	expect(html).toMatch(inSource('A test course.'))
	expect(html).toMatch(inSource('Know things'))
	expect(html).toMatch(inSource('Test certificate'))
})

test('translating a question shows its source options and their feedback, not only its prompt', async () => {
	const { course, cookie: author } = await courseOfOurs()
	const html = await page(`/en/teach/courses/${course.id}/questions/choose?quiz=check&language=fr`, author)
	expect(html).toMatch(inSource('Pick the right one'))
	expect(html).toMatch(inSource('Right answer'))
	expect(html).toMatch(inSource('Yes, SECRET-FEEDBACK'))
	expect(html).toMatch(inSource('Wrong answer'))
	const numeric = await page(`/en/teach/courses/${course.id}/questions/count?quiz=check&language=fr`, author)
	expect(numeric).toMatch(inSource('SECRET-EXPLANATION'))
})

test('the lesson editor has a reference of every allowed component, with its attributes and an example', async () => {
	const { course, cookie: author } = await courseOfOurs()
	const html = await page(`/en/teach/courses/${course.id}/lessons/first`, author)
	expect(html).toContain('<summary>Components you can use</summary>')
	const asText = (text: string) => text.replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
	for (const name of allowedComponentNames) {
		expect(html).toContain(`<dt><code>${name}</code></dt>`)
		expect(html).toContain(asText(exampleOf(name, 'Your text')))
		for (const attribute of attributeNamesOf(name)) expect(html).toContain(`<code>${attribute}</code>`)
	}
	expect(html).toContain('one of note, tip, warning')
})

test('the translation matrix has a row for each quiz title, linking to it in each language', async () => {
	const { course, cookie: author } = await courseOfOurs()
	const html = await page(`/en/teach/courses/${course.id}/translations`, author)
	expect(html).toContain('<th scope="row">Quiz: Check</th>')
	expect(html).toContain(`href="/en/teach/courses/${course.id}/quizzes/check?language=fr"`)
})

test('one request to remove a lesson only asks: nothing is removed until the removal is confirmed', async () => {
	const { course, cookie: author } = await courseOfOurs()
	const asked = await callRoute(outline.action, {
		path: `/en/teach/courses/${course.id}`,
		cookie: author,
		params: { courseId: course.id },
		form: { intent: 'remove-lesson', id: 'first' },
	})
	expect(asked.status).toBe(200)
	expect(await jsonOf(asked)).toEqual({ removal: { intent: 'remove-lesson', id: 'first' } })
	expect(lessonsOf(course.id)).toEqual(['first', 'second'])
	// Without JavaScript, the same request answers with the question and a red button that confirms.
	const confirmPage = await post(`/en/teach/courses/${course.id}`, { intent: 'remove-lesson', id: 'first' }, author)
	expect(confirmPage.status).toBe(200)
	const html = await confirmPage.text()
	expect(html).toContain('Remove the lesson “First lesson”?')
	expect(html).toMatch(/<input type="hidden" name="confirmed" value="yes"\/>/)
	expect(html).toMatch(/<button type="submit" class="button button--danger">Yes, remove “First lesson”<\/button>/)
	expect(lessonsOf(course.id)).toEqual(['first', 'second'])
	const confirmed = await post(
		`/en/teach/courses/${course.id}`,
		{ intent: 'remove-lesson', id: 'first', confirmed: 'yes' },
		author,
	)
	expect(confirmed.status).toBe(302)
	expect(lessonsOf(course.id)).toEqual(['second'])
	// Someone who is not a co-author is refused at either step.
	const stranger = await callRoute(outline.action, {
		path: `/en/teach/courses/${course.id}`,
		cookie,
		params: { courseId: course.id },
		form: { intent: 'remove-lesson', id: 'second', confirmed: 'yes' },
	})
	expect(stranger.status).toBe(403)
	expect(lessonsOf(course.id)).toEqual(['second'])
})
