import http from 'node:http'
import { type AddressInfo } from 'node:net'
import { eq } from 'drizzle-orm'
import { afterEach, expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { courses } from '#app/db/schema/index.ts'
import { resetEnvCache } from '#app/platform/env.server.ts'
import { compileAndKeep } from '#app/platform/mdx/build-store.server.ts'
import { compileLesson } from '#app/platform/mdx/compile.server.ts'
import { completeLesson } from '#app/platform/mdx/lesson.fixture.ts'
import * as lessonEditor from '#app/routes/$lang+/teach+/courses.$courseId_.lessons.$lessonId.tsx'
import { createPublishedCourse } from '#test/course-factories.ts'
import { createUser, signIn } from '#test/factories.ts'
import { callRoute } from '#test/routes.ts'

// Unclosed link openings pass every size rule, yet keep the markdown parser busy for 4 to 13 seconds
// on the machines Atlas was built on: a real lesson a trainer could paste, not a test hook.
const pathological = '[a]('.repeat(25_000)

function limitCompilesTo(milliseconds?: number) {
	if (milliseconds === undefined) delete process.env.MDX_COMPILE_LIMIT_MS
	else process.env.MDX_COMPILE_LIMIT_MS = String(milliseconds)
	resetEnvCache()
}

afterEach(() => limitCompilesTo())

async function startPingServer() {
	const server = http.createServer((_, response) => response.end('pong'))
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
	return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }
}

test('a lesson that takes longer than the limit to compile is refused at its body, while the server keeps answering', async () => {
	const author = await createUser({ roles: ['trainer'] })
	const cookie = signIn(author.id).cookie
	const { course } = await createPublishedCourse({ authorIds: [author.id] })
	const before = getDb().select().from(courses).where(eq(courses.id, course.id)).get()
	const { server, url } = await startPingServer()
	limitCompilesTo(1000)

	let saved = false
	const started = performance.now()
	const saving = callRoute(lessonEditor.action, {
		path: `/en/teach/courses/${course.id}/lessons/first`,
		cookie,
		params: { courseId: course.id, lessonId: 'first' },
		form: { intent: 'save', title: 'First lesson', body: pathological },
	}).finally(() => (saved = true))
	const answeredMeanwhile: number[] = []
	while (!saved) {
		const asked = performance.now()
		expect(await (await fetch(url)).text()).toBe('pong')
		if (!saved) answeredMeanwhile.push(performance.now() - asked)
	}
	const response = await saving
	const elapsed = performance.now() - started
	server.close()

	expect(response.status).toBe(400)
	const errors = ((await response.json()) as { fieldErrors: { body: string[] } }).fieldErrors.body
	expect(errors).toHaveLength(1)
	expect(errors[0]).toMatch(/^authoring:mdx\.too-slow\?/)
	expect(getDb().select().from(courses).where(eq(courses.id, course.id)).get()).toEqual(before)
	// Stopped at the limit, not when the parser gave up; other requests were answered all along.
	expect(elapsed).toBeLessThan(4000)
	expect(answeredMeanwhile.length).toBeGreaterThan(5)
	expect(Math.max(...answeredMeanwhile)).toBeLessThan(500)
})

test('compiles asked for at once wait their turn, and one that is too slow does not hold up the next', async () => {
	const alone = await compileLesson(completeLesson)
	limitCompilesTo(1000)
	const finished: string[] = []
	const slow = compileLesson(pathological).finally(() => finished.push('slow'))
	limitCompilesTo()
	const complete = compileLesson(completeLesson).finally(() => finished.push('complete'))
	const refused = compileLesson('Sum {1 + 1}').finally(() => finished.push('refused'))

	expect(await slow).toEqual({ ok: false, problems: [{ line: 1, column: 1, code: 'too-slow' }] })
	expect(await complete).toEqual(alone)
	expect(await refused).toMatchObject({ ok: false, problems: [{ line: 1, code: 'expression' }] })
	expect(finished).toEqual(['slow', 'complete', 'refused'])
})

test('library documents share the limit: a too-slow body is refused at the body field', async () => {
	limitCompilesTo(1000)
	const outcome = await compileAndKeep(pathological, [])
	expect(outcome).toMatchObject({ ok: false, reason: 'refused', field: 'body' })
	expect(!outcome.ok && outcome.messages?.[0]).toMatch(/^authoring:mdx\.too-slow\?/)
})
