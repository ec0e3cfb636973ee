import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { getEnv } from '#app/platform/env.server.ts'
import { createPublishedCourse } from '#test/course-factories.ts'
import { createUser, signIn } from '#test/factories.ts'
import { startHttpApp } from '#test/http-app.ts'

/**
 * A page rendered for a signed-out visitor is served again while nothing has been written (issue 16), and never
 * to anyone else: not to a member, not on a survivor's page, not after any write in any process.
 */

let app: Awaited<ReturnType<typeof startHttpApp>>

beforeAll(async () => {
	app = await startHttpApp({ PAGE_CACHE_SECONDS: 30 })
}, 60_000)

afterAll(() => app.close())

async function visit(pathname: string, cookie?: string) {
	const response = await fetch(`${app.url}${pathname}`, { headers: cookie ? { Cookie: cookie } : {} })
	expect(response.status, pathname).toBe(200)
	const html = await response.text()
	const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(response.headers.get('Content-Security-Policy')!)![1]!
	return { html, nonce, cache: response.headers.get('X-Cache') }
}

test('the next signed-out visitor gets the kept page, with a nonce of its own that its scripts carry', async () => {
	const first = await visit('/fr/courses')
	const second = await visit('/fr/courses')
	expect([first.cache, second.cache]).toEqual(['miss', 'hit'])
	expect(second.nonce).not.toBe(first.nonce)
	expect(second.html).toContain(`nonce="${second.nonce}"`)
	expect(second.html).not.toContain(first.nonce)
	expect(second.html.replaceAll(second.nonce, 'N')).toBe(first.html.replaceAll(first.nonce, 'N'))
})

test('any write, in this process or another, is seen by the next visitor', async () => {
	await visit('/en/courses')
	expect((await visit('/en/courses')).cache).toBe('hit')

	const { course } = await createPublishedCourse()
	const afterOwnWrite = await visit('/en/courses')
	expect(afterOwnWrite.cache).toBe('miss')
	expect(afterOwnWrite.html).toContain(course.slug)

	// Another process is another connection to the same file.
	const other = new Database(path.join(getEnv().DATA_DIR, 'atlas.db'))
	other.prepare('update courses set slug = ? where id = ?').run(`${course.slug}-renamed`, course.id)
	other.close()
	const afterOtherWrite = await visit('/en/courses')
	expect(afterOtherWrite.cache).toBe('miss')
	expect(afterOtherWrite.html).toContain(`${course.slug}-renamed`)
})

test('a member is never served a kept page, and a survivor’s page is never kept', async () => {
	await visit('/en/library')
	expect((await visit('/en/library')).cache).toBe('hit')
	const member = await createUser({ roles: ['ngo_member'] })
	const signedIn = await visit('/en/library', signIn(member.id).cookie)
	expect(signedIn.cache).toBeNull()
	expect(signedIn.html).toContain(member.name)

	for (let visitNumber = 0; visitNumber < 2; visitNumber++) {
		expect((await visit('/en/programmes')).cache).toBeNull()
	}
})

test('a kept page is served for at most the time set, even when nothing was written', async () => {
	const shortLived = await startHttpApp({ PAGE_CACHE_SECONDS: 1 })
	try {
		const get = async () => (await fetch(`${shortLived.url}/es/verify`)).headers.get('X-Cache')
		expect([await get(), await get()]).toEqual(['miss', 'hit'])
		await new Promise((resolve) => setTimeout(resolve, 1_100))
		expect(await get()).toBe('miss')
	} finally {
		await shortLived.close()
	}
})
