import { expect, request as playwrightRequest, test } from '@playwright/test'
import { demoPagePaths } from '../access-table.ts'
import { securityHeaderProblems } from './security-headers.ts'
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
			const html = headers['content-type']?.startsWith('text/html') ? await response.text() : ''
			expect(securityHeaderProblems(headers, html), path).toEqual([])
			expect(headers['set-cookie'], path).toBeUndefined()
		}
		await context.dispose()
	})
}
