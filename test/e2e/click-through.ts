import { type Page } from '@playwright/test'

/** A link the crawl saw: on the page at `from`, to `to`, answered by `route` (after any redirect). */
export type SeenLink = { from: string; to: string; route: string }

const addressOf = (url: string) => {
	const parsed = new URL(url)
	return parsed.pathname + parsed.search
}

/**
 * Whether the page's scripts ran: the root layout marks `<html data-hydrated>` once React has taken over. A page
 * without module scripts (a survivor's page, never hydrated on purpose) has nothing to check.
 */
export async function hydrationProblem(page: Page) {
	if ((await page.locator('script[type="module"]').count()) === 0) return null
	const hydrated = await page
		.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'), null, { timeout: 10_000 })
		.then(() => true)
		.catch(() => false)
	return hydrated ? null : 'did not hydrate (a route module failed to load or threw)'
}

/** Clicks the anchor for `address` as a reader would (a hidden menu's link included) and waits for the page. */
async function clickThrough(page: Page, link: SeenLink, routeOf: (pathname: string) => string) {
	const before = addressOf(page.url())
	const found = await page.evaluate((target) => {
		const anchor = [...document.querySelectorAll<HTMLAnchorElement>('a[href]:not([download])')].find(
			(candidate) => new URL(candidate.href).pathname + new URL(candidate.href).search === target,
		)
		anchor?.click()
		return Boolean(anchor)
	}, link.to)
	if (!found) return 'no link'
	const arrived = await page
		.waitForURL((url) => url.pathname + url.search !== before && routeOf(url.pathname) === link.route, {
			timeout: 10_000,
		})
		.then(() => true)
		.catch(() => false)
	if (!arrived) return `${before}: clicking the link to ${link.to} stayed on ${addressOf(page.url())}`
	// The router settles after the address changes; a module that fails to render shows only then.
	await page
		.waitForFunction(() => {
			const router = (window as { __remixRouter?: { state: { navigation: { state: string } } } }).__remixRouter
			return !router || router.state.navigation.state === 'idle'
		})
		.catch(() => undefined)
	return null
}

/**
 * Moves through the site by clicking, with JavaScript on: every route in `routes` is reached by clicking a link to
 * it on a page the crawl saw link to it. From wherever the last click landed it clicks on to a route not yet
 * reached when that page links to one, and otherwise opens the page that links to the next route. A route module
 * that fails to load leaves the reader where they were (Remix reloads the current page), so a click that does not
 * arrive is a problem, and so is any error the page throws or logs (the caller listens for those).
 */
export async function clickThroughRoutes(
	page: Page,
	routes: Set<string>,
	linksTo: Map<string, SeenLink[]>,
	routeOf: (pathname: string) => string,
) {
	const problems: string[] = []
	const reached = new Set<string>()
	const pending = () => [...routes].filter((route) => !reached.has(route) && linksTo.has(route))
	for (let route = pending()[0]; route !== undefined; route = pending()[0]) {
		const here = addressOf(page.url())
		const onward = pending()
			.map((candidate) => linksTo.get(candidate)!.find((link) => link.from === here))
			.find(Boolean)
		const link = onward ?? linksTo.get(route)![0]!
		const open = async () => {
			await page.goto(link.from)
			const unhydrated = await hydrationProblem(page)
			if (unhydrated) problems.push(`${link.from}: ${unhydrated}`)
		}
		if (!onward) await open()
		reached.add(link.route)
		let problem = await clickThrough(page, link, routeOf)
		// The page reached by the last click may show its links differently from when the crawl opened it.
		if (problem === 'no link' && onward) {
			await open()
			problem = await clickThrough(page, link, routeOf)
		}
		if (problem === 'no link') problems.push(`${link.from}: no link to ${link.to} to click`)
		else if (problem) problems.push(problem)
	}
	return { problems, reached, unlinked: [...routes].filter((route) => !linksTo.has(route)) }
}
