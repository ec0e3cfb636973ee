import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, request as playwrightRequest, test } from '@playwright/test'
import vnuJar from 'vnu-jar'
import { demoPagePaths } from '../access-table.ts'
import { storageStates } from './support.ts'

const languages = ['en', 'fr', 'es', 'ar']
const pagePaths = demoPagePaths.filter((path) => path.startsWith('/en'))

/** The authoring pages of one starter course, found from the trainer's list of courses. */
async function authoringPaths(context: Awaited<ReturnType<typeof playwrightRequest.newContext>>) {
	const list = await (await context.get('/en/teach')).text()
	const base = /href="(\/en\/teach\/courses\/[0-9a-f-]{36})"[^>]*>Identifying victims/.exec(list)?.[1]
	expect(base, 'the trainer co-authors the starter course').toBeTruthy()
	return ['/en/teach', '/en/teach/courses/new', base!, `${base}/details?language=es`, `${base}/translations`, `${base}/cohorts`, `${base}/modules/recognising-trafficking`]
		.concat([`${base}/lessons/the-international-definition?language=fr`, `${base}/quizzes/final-check`])
		.concat(['consent-and-deception', 'border-indicators', 'border-crossing-required', 'definition-elements', 'first-contact-sequence', 'element-not-required-for-children', 'reflection-period-days'].map((id) => `${base}/questions/${id}?quiz=final-check`))
}

test('every page is valid HTML for the Nu Html Checker, in every language', async ({ baseURL }) => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-vnu-'))
	for (const [who, storageState] of [
		['visitor', undefined],
		['admin', storageStates.platformAdmin],
		['trainer', storageStates.trainer],
	] as const) {
		const context = await playwrightRequest.newContext({ baseURL, storageState })
		const paths = who === 'trainer' ? await authoringPaths(context) : pagePaths
		for (const language of languages) {
			for (const enPath of paths) {
				const pagePath = enPath.replace(/^\/en/, `/${language}`)
				const response = await context.get(pagePath)
				if (!response.headers()['content-type']?.startsWith('text/html')) continue
				fs.writeFileSync(path.join(dir, `${who}${pagePath.replaceAll(/[/?=&]/g, '_')}.html`), await response.text())
			}
		}
		await context.dispose()
	}
	const files = fs.readdirSync(dir).map((file) => path.join(dir, file))
	expect(files.length).toBeGreaterThan(40)
	let report: { messages: { type: string; message: string; url: string }[] }
	try {
		execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { stdio: 'pipe' })
		report = { messages: [] }
	} catch (error) {
		// vnu exits non-zero when it finds errors and writes its JSON report to stderr.
		report = JSON.parse(String((error as { stderr: Buffer }).stderr))
	}
	fs.rmSync(dir, { recursive: true, force: true })
	const errors = report.messages
		.filter((message) => message.type === 'error')
		.map((message) => `${path.basename(message.url)}: ${message.message}`)
	expect(errors).toEqual([])
})
