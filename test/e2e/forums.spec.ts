import { expect, test } from '@playwright/test'
import { scan } from './axe.ts'
import { storageStates, t } from './support.ts'

const es = (key: string, values?: Record<string, string | number>) => t('es', 'forums', key, values)
const en = (key: string, values?: Record<string, string | number>) => t('en', 'forums', key, values)

test('a thread in Spanish is quoted, reported and hidden by a moderator; a passport number is held', async ({
	browser,
}) => {
	const title = `Equipos conjuntos ${Date.now()}`
	const starter = await (await browser.newContext({ storageState: storageStates.trainer })).newPage()
	await starter.goto('/es/forums/latin-america')
	await starter.getByRole('link', { name: es('thread.start') }).click()
	await starter.getByLabel(es('thread.title')).fill(title)
	await starter.getByLabel(es('post.language')).selectOption('es')
	await starter.getByLabel(es('post.body')).fill('¿Cómo **coordinan** las órdenes europeas de investigación?')
	await starter.getByRole('button', { name: es('thread.publish') }).click()
	await expect(starter.getByRole('heading', { level: 1 })).toHaveText(title)
	await expect(starter.locator('.post-body strong')).toHaveText('coordinan')
	const threadUrl = starter.url().replace(/#.*$/, '').replace('/es/', '/en/')

	// Another member replies quoting it; the quote names its author and keeps the words.
	const replier = await (await browser.newContext({ storageState: storageStates.officer })).newPage()
	await replier.goto(threadUrl)
	await replier.getByRole('link', { name: en('post.quoteLabel', { author: 'Sample Trainer' }) }).click()
	await expect(replier.getByLabel(en('post.body'))).toHaveValue(
		/^> Sample Trainer wrote:\n>\n> ¿Cómo \*\*coordinan\*\*/,
	)
	const quoted = await replier.getByLabel(en('post.body')).inputValue()
	await replier.getByLabel(en('post.body')).fill(`${quoted}We meet the other prosecutor first.`)
	await replier.getByRole('button', { name: en('post.publishReply') }).click()
	await expect(replier.getByText(en('post.published'))).toBeVisible()
	await expect(replier.locator('.post-body blockquote').last()).toContainText('coordinan')

	// A post with a passport-like number is held with a warning, for its author alone.
	await replier.getByLabel(en('post.body')).fill('The woman showed passport X1234567 at the border.')
	await replier.getByRole('button', { name: en('post.publishReply') }).click()
	await expect(replier.getByRole('heading', { level: 1 })).toHaveText(en('held.title'))
	await expect(replier.getByText(en('held.warning'))).toBeVisible()
	await expect(replier.getByText(en('held.kinds.passport-or-id'))).toBeVisible()
	await expect(replier.locator('code')).not.toHaveText('X1234567')

	// A third member reports the opening post, and never sees the held one.
	const reporter = await (await browser.newContext({ storageState: storageStates.ngoMember })).newPage()
	await reporter.goto(threadUrl)
	await expect(reporter.getByText('X1234567')).toHaveCount(0)
	await reporter.getByRole('link', { name: en('post.reportLabel', { author: 'Sample Trainer' }) }).click()
	await reporter.getByLabel(en('report.reason')).selectOption('abusive')
	await reporter.getByRole('button', { name: en('report.send') }).click()
	await expect(reporter.getByText(en('report.sent'))).toBeVisible()

	// The moderator finds it in the queue and hides it, with a reason the thread shows.
	const moderator = await (await browser.newContext({ storageState: storageStates.moderator })).newPage()
	await moderator.goto('/en/forums/moderation')
	await moderator.getByRole('link', { name: title }).click()
	await moderator.getByLabel(en('moderation.reason')).first().fill('Insults another member')
	await moderator.getByRole('button', { name: en('moderation.hide') }).click()
	await expect(moderator.getByText(en('moderation.done'))).toBeVisible()
	await reporter.goto(threadUrl)
	await expect(reporter.getByText(en('post.hiddenNotice', { reason: 'Insults another member' }))).toBeVisible()
	await expect(reporter.getByText('coordinan las órdenes')).toHaveCount(1)
})

test('the forum pages pass axe in French and Spanish (the crawl scans them in English and Arabic)', async ({
	browser,
}) => {
	test.setTimeout(120_000)
	const page = await (await browser.newContext({ storageState: storageStates.officer })).newPage()
	await page.goto('/en/forums/victim-identification')
	const threadPath = (await page.getByRole('link', { name: /Sample thread/ }).getAttribute('href'))!.replace(
		/^\/en/,
		'',
	)
	await page.goto(`/en${threadPath}`)
	const reportPath = (await page
		.getByRole('link', { name: /^Report the post/ })
		.first()
		.getAttribute('href'))!.replace(/^\/en/, '')
	const moderator = await (await browser.newContext({ storageState: storageStates.moderator })).newPage()
	const moderatePath = reportPath.replace(/\/report$/, '/moderate')
	for (const language of ['fr', 'es']) {
		for (const path of [
			'/forums',
			'/forums/victim-identification',
			threadPath,
			'/forums/victim-identification/new',
			reportPath,
		])
			await scan(page, `/${language}${path}`)
		await scan(moderator, `/${language}/forums/moderation`)
		await scan(moderator, `/${language}${moderatePath}`)
	}
})
