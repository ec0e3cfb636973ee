import AxeBuilder from '@axe-core/playwright'
import { type ConsoleMessage, expect, type Page } from '@playwright/test'

/** What axe finds on the page as it is now, against WCAG 2.0–2.2 A and AA and axe's best practices. */
export async function axeViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		// Only violations are read: axe then keeps one node of each passing rule instead of every one, which
		// makes each scan markedly quicker on long pages (the crawl scans hundreds).
		.options({ resultTypes: ['violations'] })
		.analyze()
	return results.violations.map((violation) => ({
		rule: violation.id,
		impact: violation.impact,
		targets: violation.nodes.map((node) => node.target.join(' ')),
	}))
}

export async function expectNoViolations(page: Page, what: string) {
	expect(await axeViolations(page), `axe violations on ${what}`).toEqual([])
}

/** Visits a page and checks it with axe; the browser must log no error (a hydration mismatch shows up here). */
export async function scan(page: Page, path: string) {
	const errors: string[] = []
	const listener = (message: ConsoleMessage) => {
		const ownStatus = message.text().startsWith('Failed to load resource') && message.location().url === page.url()
		if (message.type() === 'error' && !ownStatus) errors.push(message.text())
	}
	page.on('console', listener)
	const response = await page.goto(path)
	expect(response, path).not.toBeNull()
	await page.waitForLoadState('networkidle')
	page.off('console', listener)
	expect(errors, `browser errors on ${path}`).toEqual([])
	await expectNoViolations(page, path)
}
