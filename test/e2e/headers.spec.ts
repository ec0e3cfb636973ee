import { expect, request as playwrightRequest, test } from '@playwright/test'
import { demoPagePaths } from '../access-table.ts'
import { storageStates } from './support.ts'

const paths = demoPagePaths

for (const [who, storageState] of [
	['a visitor', undefined],
	['a platform admin', storageStates.platformAdmin],
] as const) {
	test(`every page answers ${who} with the security headers and without a stack trace`, async ({ baseURL }) => {
		const context = await playwrightRequest.newContext({ baseURL, storageState })
		for (const path of paths) {
			const response = await context.get(path, { maxRedirects: 0 })
			const headers = response.headers()
			expect(headers['x-content-type-options'], path).toBe('nosniff')
			expect(headers['content-security-policy'], path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/)
			expect(headers['referrer-policy'], path).toBeTruthy()
			expect(headers['set-cookie'], path).toBeUndefined()
			if (headers['content-type']?.startsWith('text/html')) {
				const html = await response.text()
				expect(html, path).not.toMatch(/\n\s+at [\w.<>]+ \(|node_modules|\.tsx?:\d+/)
			}
		}
		await context.dispose()
	})
}
