import { afterAll, beforeAll, expect, test } from 'vitest'
import { startDocument } from '#app/modules/library/drafts.server.ts'
import { createPublishedCourse } from '#test/course-factories.ts'
import { createActor, createOrganisation, createUser, signIn } from '#test/factories.ts'
import { startHttpApp } from '#test/http-app.ts'

/**
 * After a failed submit, the page opens with an error summary whose every link leads to a field that is on
 * the page: the summary and the fields agree on the ids, on every kind of form that has one.
 */

let app: Awaited<ReturnType<typeof startHttpApp>>
const people = { trainer: '', member: '' }
let courseId = ''
let draftId = ''

beforeAll(async () => {
	const trainer = await createUser({ roles: ['trainer'] })
	const member = await createActor({ roles: ['ngo_member'], organisationId: createOrganisation({ type: 'ngo' }).id })
	people.trainer = signIn(trainer.id).cookie
	people.member = signIn(member.id).cookie
	courseId = (await createPublishedCourse({ authorIds: [trainer.id] })).course.id
	const draft = await startDocument(
		member,
		{
			type: 'guideline',
			tier: 'members',
			topics: ['referral'],
			countries: [],
			regions: [],
			audience: [],
			publishedOn: '2026-01-01',
			sources: [],
		},
		'en',
		{ title: 'A draft', summary: 'Its summary.', body: 'Its text.' },
	)
	if (!draft.ok) throw new Error(draft.reason)
	draftId = draft.id
	app = await startHttpApp()
}, 60_000)

afterAll(() => app.close())

async function failedSubmit(path: string, form: Record<string, string>, cookie = '') {
	const response = await fetch(`${app.url}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'Content-Type': 'application/x-www-form-urlencoded',
			'Sec-Fetch-Site': 'same-origin',
			...(cookie ? { Cookie: cookie } : {}),
		},
		body: new URLSearchParams(form),
	})
	expect(response.status, path).toBe(400)
	return response.text()
}

/** The summary's links, each with whether the element it points to is on the page. */
function summaryLinks(html: string) {
	const summary = /<div class="error-summary" role="group" aria-labelledby="[^"]+" tabindex="-1">(.*?)<\/div>/s.exec(
		html,
	)
	expect(summary, 'an error summary that can take focus').not.toBeNull()
	return [...summary![1]!.matchAll(/href="#([^"]+)"/g)].map(([, id]) => ({ id, onPage: html.includes(`id="${id}"`) }))
}

test.each([
	['the library submission', () => ['/en/library/submit', { language: 'en' }, people.member] as const],
	['a library draft’s facts', () => [`/en/library/drafts/${draftId}`, { intent: 'facts' }, people.member] as const],
	['sign-in', () => ['/en/sign-in', { email: '', password: '' }, ''] as const],
	['sign-up', () => ['/en/sign-up', {}, ''] as const],
	['a new course', () => ['/en/teach/courses/new', {}, people.trainer] as const],
	[
		'a new lesson on the outline',
		() => [`/en/teach/courses/${courseId}`, { intent: 'add-lesson', moduleId: 'module-one' }, people.trainer] as const,
	],
	[
		'a lesson’s facts',
		() =>
			[`/en/teach/courses/${courseId}/lessons/first`, { intent: 'facts', minutes: 'many' }, people.trainer] as const,
	],
	[
		'a quiz’s settings',
		() =>
			[
				`/en/teach/courses/${courseId}/quizzes/check`,
				{ intent: 'settings', passMark: 'most', correctAnswers: 'sometimes' },
				people.trainer,
			] as const,
	],
	[
		'a question',
		() => [`/en/teach/courses/${courseId}/questions/choose?quiz=check`, { prompt: '' }, people.trainer] as const,
	],
])('after a failed submit of %s, every link of the error summary leads to a field on the page', async (_, call) => {
	const [path, form, cookie] = call()
	const links = summaryLinks(await failedSubmit(path, form, cookie))
	expect(links.length).toBeGreaterThan(0)
	expect(links.filter((link) => !link.onPage)).toEqual([])
})
