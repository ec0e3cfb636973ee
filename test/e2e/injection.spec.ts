import { expect, test } from '@playwright/test'
import { storageStates } from './support.ts'

const payloads = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(2)>',
	"'><svg onload=alert(3)>",
	'javascript:alert(4)',
	'</title><script>alert(5)</script>',
	'<iframe srcdoc="<script>alert(6)</script>">',
	'{{constructor.constructor(\'alert(7)\')()}}',
	'%3Cscript%3Ealert(8)%3C%2Fscript%3E',
	'<a href="javascript:alert(9)">x</a>',
	'</script><script>alert(10)</script>',
	'\u202E<b onmouseover=alert(11)>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(12)>',
]

test('names and organisations full of markup are shown as text: no script runs, no CSP violation', async ({ request, browser, baseURL }) => {
	const signUpPage = await (await request.get('/en/sign-up')).text()
	const organisationId = signUpPage.match(/<option value="([0-9a-f-]{36})">Sample Anti-Trafficking Police Unit/)![1]!
	const marker = `xss${Date.now()}`
	for (const [index, payload] of payloads.entries()) {
		const response = await request.post('/en/sign-up', {
			headers: { Origin: baseURL! },
			maxRedirects: 0,
			form: {
				name: `${marker} ${payload}`.slice(0, 120),
				email: `${marker}-${index}@example.org`,
				password: 'a long enough passphrase here',
				country: 'FR',
				role: 'officer',
				organisationId: index % 2 ? organisationId : 'new',
				newOrganisationName: `${marker} ${payload}`.slice(0, 160),
				newOrganisationType: 'ngo',
				timeZone: 'UTC',
			},
		})
		expect(response.status(), payload).toBe(302)
	}

	const context = await browser.newContext({ storageState: storageStates.platformAdmin })
	const page = await context.newPage()
	const problems: string[] = []
	page.on('dialog', async (dialog) => {
		problems.push(`dialog: ${dialog.message()}`)
		await dialog.dismiss()
	})
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`)
	})
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
		})
	})
	for (const path of ['/en/admin/members', '/en/admin/organisations?status=pending', `/en/admin/users?q=${marker}`, '/en/admin/audit']) {
		await page.goto(path)
		await page.mouse.move(200, 300)
		await page.mouse.move(400, 500)
	}
	await page.goto(`/en/admin/users?q=${marker}`)
	await expect(page.getByRole('link', { name: `${marker} <script>alert(1)</script>` })).toBeVisible()
	await page.getByRole('link', { name: `${marker} "><img src=x onerror=alert(2)>` }).click()
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${marker} "><img src=x onerror=alert(2)>`)
	expect(await page.locator('img[src="x"], iframe, svg[onload]').count()).toBe(0)
	expect(problems).toEqual([])
	await context.close()
})
