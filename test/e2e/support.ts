import fs from 'node:fs'
import path from 'node:path'
import { generateHOTP } from '@oslojs/otp'
import { decodeBase32IgnorePadding } from '@oslojs/encoding'
import { type Page, expect } from '@playwright/test'
import { demoAccounts, demoPassword } from '../../scripts/demo-accounts.ts'

export { demoPassword }
export const storageStates = {
	platformAdmin: '.cache/e2e-auth/platform-admin.json',
	officer: '.cache/e2e-auth/officer.json',
	officerEs: '.cache/e2e-auth/officer-es.json',
	ngoAdmin: '.cache/e2e-auth/ngo-admin.json',
	trainer: '.cache/e2e-auth/trainer.json',
	ngoMember: '.cache/e2e-auth/ngo-member.json',
	legalExpert: '.cache/e2e-auth/legal-expert.json',
	legalReviewer: '.cache/e2e-auth/legal-reviewer.json',
	moderator: '.cache/e2e-auth/moderator.json',
}

type Tree = { [key: string]: string | Tree }
const cache = new Map<string, Tree>()

/** Reads a translation from app/locales, so tests find controls by the name a reader sees. */
export function t(language: string, namespace: string, key: string, values: Record<string, string | number> = {}) {
	const file = path.resolve('app/locales', language, `${namespace}.json`)
	if (!cache.has(file)) cache.set(file, JSON.parse(fs.readFileSync(file, 'utf8')) as Tree)
	let node: string | Tree | undefined = cache.get(file)
	for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
	if (typeof node !== 'string') throw new Error(`No translation ${language}/${namespace}:${key}`)
	return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''))
}

export function demoAccount(email: string) {
	const account = demoAccounts.find((candidate) => candidate.email === email)
	if (!account) throw new Error(`No demo account ${email}`)
	return account
}

/** The language a demo member lands in after signing in (their home page): their saved one, not the form's. */
export function savedLanguage(email: string) {
	return demoAccount(email).locale
}

function totpCode(base32Key: string, at: number) {
	return generateHOTP(decodeBase32IgnorePadding(base32Key), BigInt(Math.floor(at / 30_000)), 6)
}

export async function signInWithPassword(page: Page, language: string, email: string, password = demoPassword) {
	await page.goto(`/${language}/sign-in`)
	await page.getByLabel(t(language, 'accounts', 'fields.email')).fill(email)
	await page.getByLabel(t(language, 'accounts', 'fields.password'), { exact: true }).fill(password)
	await page.getByRole('button', { name: t(language, 'accounts', 'signIn.submit') }).click()
}

/**
 * Signs a demo admin in with password and authenticator code. A code is accepted
 * once, so when another test has just used this step's code, wait for the next one.
 */
export async function signInWithTwoFactor(page: Page, language: string, email: string) {
	const key = demoAccount(email).totpKey!
	await signInWithPassword(page, language, email)
	await expect(page).toHaveURL(/\/sign-in\/two-factor/)
	for (let attempt = 0; attempt < 3; attempt++) {
		const now = Date.now()
		await page.getByLabel(t(language, 'accounts', 'twoFactor.code')).fill(totpCode(key, now))
		await page.getByRole('button', { name: t(language, 'accounts', 'twoFactor.submit') }).click()
		const outcome = await Promise.race([
			page.waitForURL((url) => !url.pathname.includes('/two-factor')).then(() => 'signed-in' as const),
			page
				.getByText(t(language, 'common', 'errors.codeWrong'))
				.waitFor()
				.then(() => 'refused' as const),
		])
		if (outcome === 'signed-in') return
		await page.waitForTimeout(30_000 - (now % 30_000) + 500)
	}
	throw new Error(`Could not complete two-factor sign-in for ${email}`)
}

/**
 * Follows a listing's "next" links until the target shows. Other tests publish
 * content in parallel, so an item may be on any page of a shared listing.
 */
export async function findOnSomePage(page: Page, target: ReturnType<Page['getByRole']>) {
	for (;;) {
		if (await target.isVisible()) return
		const next = page.locator('.pagination a[rel="next"]')
		if ((await next.count()) === 0) break
		await page.goto((await next.getAttribute('href'))!)
	}
	await expect(target).toBeVisible()
}
