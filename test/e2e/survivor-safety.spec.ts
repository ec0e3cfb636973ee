import zlib from 'node:zlib'
import { expect, test } from '@playwright/test'
import { spawnServer } from './spawn-server.ts'
import { storageStates, t } from './support.ts'

const neutralSite = 'https://www.wikipedia.org/'
const languages = ['en', 'fr', 'es', 'ar'] as const
/** Every kind of survivor page: catalogue, filters, a programme, comparison, after sending, directory, safety advice. */
const survivorPaths = [
	'/programmes',
	'/programmes?free=on&childcare=on&language=ar',
	'/programmes/kitchen-skills-lyon',
	'/programmes/compare?p=kitchen-skills-lyon&p=tailoring-workshop-casablanca',
	'/programmes/kitchen-skills-lyon/sent',
	'/support?type=shelter',
	'/browse-safely',
]

test('survivor pages set and read no cookie, are not stored or referred, and load no script bundle', async ({
	browser,
	baseURL,
}) => {
	// Signed in elsewhere on the same browser: the page must not know it.
	const context = await browser.newContext({ storageState: storageStates.platformAdmin })
	const page = await context.newPage()
	const requests: string[] = []
	page.on('request', (request) => requests.push(request.url()))
	for (const path of languages.flatMap((language) =>
		survivorPaths.map((survivorPath) => `/${language}${survivorPath}`),
	)) {
		const language = path.split('/')[1] as (typeof languages)[number]
		const response = (await page.goto(path))!
		expect(response.status(), path).toBe(200)
		const headers = await response.allHeaders()
		expect(headers['set-cookie']).toBeUndefined()
		expect(headers['cache-control']).toBe('no-store')
		expect(headers['referrer-policy']).toBe('no-referrer')
		await expect(page).toHaveTitle(`${t(language, 'programmes', 'neutralTitle')} · Atlas`)
		await expect(page.getByRole('button', { name: t(language, 'common', 'nav.signOut') })).toHaveCount(0)
		const html = await response.text()
		expect(html).not.toContain('Sample Platform Admin')
		expect(html).not.toMatch(/<script[^>]+src=/)
		expect(html.match(/<script\b/g)).toHaveLength(1)
		const links = [...html.matchAll(/(?:src|href|action)="([^"]+)"/g)].map((match) => match[1]!)
		expect(links.filter((link) => /^(https?:)?\/\//.test(link) && link !== neutralSite)).toEqual([])
	}
	expect(requests.filter((url) => !url.startsWith(baseURL!))).toEqual([])
	expect(requests.filter((url) => url.endsWith('.js'))).toEqual([])
	await context.close()
})

test('every survivor page and its stylesheet weigh under 30 kB compressed', async ({ request }) => {
	for (const path of languages.flatMap((language) =>
		survivorPaths.map((survivorPath) => `/${language}${survivorPath}`),
	)) {
		const html = await (await request.get(path)).text()
		const stylesheet = html.match(/<link rel="stylesheet" href="([^"]+)"/)![1]!
		const css = await (await request.get(stylesheet)).text()
		const compressed = zlib.gzipSync(html).length + zlib.gzipSync(css).length
		expect(compressed, path).toBeLessThan(30 * 1024)
	}
})

test('pressing Escape twice leaves for the neutral site, and Back does not return', async ({ page }) => {
	await page.route(`${neutralSite}**`, (route) =>
		route.fulfill({ contentType: 'text/html', body: '<title>Neutral</title>' }),
	)
	await page.goto('/en')
	await page.goto('/en/programmes')
	await page.keyboard.press('Escape')
	await page.keyboard.press('Escape')
	await expect(page).toHaveURL(neutralSite)
	await page.goBack()
	await expect(page).toHaveURL(/\/en$/)
})

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false })

	test('in Arabic, a visitor filters, compares two programmes, opens one and says they are interested, all on this site', async ({
		page,
		baseURL,
	}) => {
		const requests: string[] = []
		page.on('request', (request) => requests.push(request.url()))
		const ar = (key: string, values?: Record<string, string | number>) => t('ar', 'programmes', key, values)
		await page.goto('/ar/programmes')
		await page.getByRole('checkbox', { name: ar('catalogue.free') }).check()
		await page.getByRole('checkbox', { name: ar('catalogue.childcare') }).check()
		await page.getByLabel(ar('catalogue.language')).selectOption('ar')
		await page.getByRole('button', { name: ar('catalogue.show') }).click()
		await expect(page).toHaveURL(/free=on/)
		const compareBoxes = page.getByRole('checkbox', { name: /^قارن/ })
		expect(await compareBoxes.count()).toBeGreaterThanOrEqual(2)
		await compareBoxes.nth(0).check()
		await compareBoxes.nth(1).check()
		await page.getByRole('button', { name: ar('catalogue.compare') }).click()
		await expect(page.getByRole('heading', { level: 1, name: ar('compare.title') })).toBeVisible()
		const table = page.getByRole('table')
		await expect(table.getByRole('columnheader')).toHaveCount(2)
		await expect(table.getByRole('row', { name: new RegExp(ar('facts.childcare')) })).toContainText(ar('facts.yes'))
		await table.getByRole('columnheader').first().getByRole('link').click()
		await expect(page.getByRole('heading', { level: 2, name: ar('interest.title') })).toBeVisible()
		await page.getByLabel(ar('interest.alias')).fill('نور')
		await page.getByLabel(ar('interest.contactMethod')).selectOption('text_message')
		await page.getByLabel(ar('interest.contact')).fill('+44 7700 900123')
		await page.getByRole('button', { name: ar('interest.submit') }).click()
		await expect(page.getByRole('heading', { level: 1, name: ar('sent.title') })).toBeVisible()
		await expect(page.getByText(ar('sent.deleted'))).toBeVisible()
		expect(requests.filter((url) => !url.startsWith(baseURL!))).toEqual([])
	})

	test('the quick exit is still a working link to the neutral site', async ({ page }) => {
		await page.route(`${neutralSite}**`, (route) =>
			route.fulfill({ contentType: 'text/html', body: '<title>Neutral</title>' }),
		)
		await page.goto('/ar/browse-safely')
		await page.getByRole('link', { name: t('ar', 'common', 'quickExit.label') }).click()
		await expect(page).toHaveURL(neutralSite)
	})
})

test('the server writes no log line, address, user agent or query for survivor pages', async () => {
	const server = spawnServer()
	await server.ready()
	for (const path of [
		'/en/browse-safely?q=canary-query-7731',
		'/ar/programmes?region=canary-query-7731',
		'/fr/support?country=canary-query-7731',
		// Other spellings Remix would answer with the same pages: redirected, and just as silent.
		'/en/Browse-Safely?q=canary-query-7731',
		'/AR//programmes/?region=canary-query-7731',
		'/fr/%73upport?country=canary-query-7731',
		'/es/programme%73/kitchen-skills-lyon/SENT',
	]) {
		await fetch(`${server.url}${path}`, {
			headers: {
				'User-Agent': 'canary-agent-7731',
				'X-Forwarded-For': '198.51.100.77',
				Referer: 'https://canary-referrer.example/',
			},
		})
	}
	await fetch(`${server.url}/en/sign-in?q=other-query-7731`)
	server.child.kill('SIGTERM')
	await server.exited
	const log = server.output()
	expect(log.split('\n').filter((line) => /^[A-Z]+ \//.test(line))).toEqual([
		expect.stringMatching(/^GET \/en\/sign-in 200 /),
	])
	expect(log).not.toContain('other-query-7731')
	for (const canary of [
		'browse-safely',
		'programmes',
		'support',
		'canary-query-7731',
		'canary-agent-7731',
		'198.51.100.77',
		'canary-referrer',
		'127.0.0.1',
		'::1',
	]) {
		expect(log.toLowerCase()).not.toContain(canary)
	}
	server.cleanUp()
})
