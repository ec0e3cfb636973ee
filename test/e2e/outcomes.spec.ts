import { execFileSync } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { expectNoViolations, scan } from './axe.ts'
import { answerQuiz, starterCourse } from './course-content.ts'
import { spawnServer } from './spawn-server.ts'
import { signInWithPassword, t } from './support.ts'

// A self-paced course with a Spanish version.
const slug = 'working-across-borders'
const dayMs = 24 * 60 * 60 * 1000
const es = (namespace: string, key: string) => t('es', namespace, key)
type Row = { indicator: string; table: string; value: number | null }

/** `npm run jobs` on the server's data: the hourly chores (follow-ups, the indicators' count) and due jobs, at `asOf`. */
function runJobs(dataDir: string, asOf?: Date) {
	execFileSync(
		process.execPath,
		['--import', 'tsx', 'scripts/run-jobs.ts', ...(asOf ? ['--as-of', asOf.toISOString(), '--on-a-copy'] : [])],
		{ env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production' }, stdio: 'pipe' },
	)
}

test('an officer who completed a course answers the feedback; three months later the follow-up survey comes; both answers change the indicators', async ({
	browser,
}) => {
	// A server of its own: the rehearsal three months ahead sends every survey due by then, which no other test expects.
	test.setTimeout(300_000)
	const server = spawnServer({ env: { SEED_DEMO: 'true' } })
	const url = await server.ready()
	try {
		const year = new Date().getUTCFullYear()
		const figures = async () => {
			runJobs(server.dataDir)
			const rows = (await (await fetch(`${url}/en/indicators/json?period=${year}`)).json()).rows as Row[]
			const of = (id: string) => rows.find((row) => row.indicator === id && row.table === 'value')!.value
			return {
				feedback: of('feedback-answers'),
				useful: of('feedback-useful'),
				recommending: of('feedback-recommending'),
				answered: of('follow-ups-answered'),
				applied: of('follow-ups-applied'),
				ways: of('follow-ups-ways'),
			}
		}
		const before = await figures()
		for (const figure of Object.values(before)) expect(figure).toEqual(expect.any(Number))

		// The Spanish officer completes a course in Spanish.
		const context = await browser.newContext({ baseURL: url })
		const page = await context.newPage()
		const course = starterCourse(slug)
		await signInWithPassword(page, 'es', 'officer.es@atlas.example')
		await expect(page.getByRole('link', { name: t('es', 'common', 'nav.home') })).toBeVisible()
		await page.goto(`/es/courses/${slug}`)
		await page.getByLabel(es('courses', 'enrol.language')).selectOption('es')
		await page.getByRole('button', { name: es('courses', 'enrol.submit') }).click()
		await page.getByRole('link', { name: es('courses', 'course.start') }).click()
		for (const lesson of course.modules.flatMap((module) => module.lessons)) {
			await expect(page.getByRole('heading', { level: 1, name: lesson.translations.es!.title })).toBeVisible()
			await page.getByRole('button', { name: es('courses', 'learn.markDone') }).click()
		}
		await page.getByRole('button', { name: es('courses', 'quiz.start') }).click()
		await answerQuiz(page, course.questions, 'es', true)
		await page.getByRole('button', { name: es('courses', 'quiz.submit') }).click()
		await expect(page.getByText(es('courses', 'quiz.courseComplete'))).toBeVisible()

		// The course page invites feedback: two questions, in Spanish (the form passes axe, in Arabic too).
		await scan(page, `/ar/courses/${slug}/feedback`)
		await page.goto(`/es/courses/${slug}`)
		await page.getByRole('link', { name: es('courses', 'course.feedbackLink') }).click()
		await page.getByRole('radio', { name: es('outcomes', 'feedback.scale.5') }).check()
		await page.getByRole('radio', { name: es('outcomes', 'feedback.yes') }).check()
		await expectNoViolations(page, 'the feedback form')
		await page.getByRole('button', { name: es('outcomes', 'feedback.submit') }).click()
		await expect(page.getByRole('status').filter({ hasText: es('outcomes', 'feedback.thanks') })).toBeVisible()
		await page.goto('/es/certificates')
		await expect(page.getByRole('link', { name: es('outcomes', 'followUp.answer') })).toHaveCount(0)

		// Three months later (the jobs run with a clock 92 days on), the follow-up question is waiting.
		runJobs(server.dataDir, new Date(Date.now() + 92 * dayMs))
		await page.reload()
		await expect(page.getByRole('heading', { name: es('outcomes', 'followUp.pendingTitle') })).toBeVisible()
		await page.getByRole('link', { name: es('outcomes', 'followUp.answer') }).click()
		await expectNoViolations(page, 'the follow-up form')
		await page.getByRole('radio', { name: es('outcomes', 'followUp.answers.often') }).check()
		await page.getByRole('checkbox', { name: es('outcomes', 'followUp.waysList.cross-border-request') }).check()
		await page.getByRole('button', { name: es('outcomes', 'followUp.submit') }).click()
		await expect(page.getByRole('status').filter({ hasText: es('outcomes', 'followUp.thanks') })).toBeVisible()
		await context.close()

		// Both answers are counted: on the public dashboard's download, this year, all countries. The feedback said 5 and
		// "yes, I would recommend it"; the follow-up named one way, so the answers naming a way rise by one too.
		const after = await figures()
		expect(after).toEqual({
			feedback: before.feedback! + 1,
			useful: before.useful! + 1,
			recommending: before.recommending! + 1,
			answered: before.answered! + 1,
			applied: before.applied! + 1,
			ways: before.ways! + 1,
		})
	} finally {
		server.child.kill('SIGTERM')
		await server.exited
		server.cleanUp()
	}
})
