import { type Browser, expect, type Page } from '@playwright/test'
import { scan } from './axe.ts'
import { storageStates, t } from './support.ts'

/**
 * A signed-out visitor opens a certificate's verification page and sees every field and
 * "valid"; a platform admin revokes it; the same page then says revoked, with the reason's
 * category and never the administrator's note.
 */
export async function verifyThenRevoke(browser: Browser, code: string, expected: { holder: string; course: string }) {
	const visitorContext = await browser.newContext()
	const visitor = await visitorContext.newPage()
	await visitor.goto(`/en/verify/${code}`)
	await expect(visitor.getByText(t('en', 'certificates', 'verify.says.valid'))).toBeVisible()
	const facts = visitor.locator('dl.facts')
	await expect(facts).toContainText(expected.holder)
	await expect(facts).toContainText(expected.course)
	await expect(facts).toContainText(t('en', 'certificates', 'status.valid'))
	await expect(facts).toContainText(code)

	const adminContext = await browser.newContext({ storageState: storageStates.platformAdmin })
	const admin = await adminContext.newPage()
	await admin.goto(`/en/admin/certificates?code=${code}`)
	await admin
		.getByLabel(t('en', 'certificates', 'admin.category'))
		.selectOption({ label: t('en', 'certificates', 'revocation.issued-in-error') })
	await admin.getByLabel(t('en', 'certificates', 'admin.reason')).fill('Issued to the wrong person')
	await admin.getByRole('button', { name: t('en', 'certificates', 'admin.revoke') }).click()
	await expect(admin.getByText(t('en', 'certificates', 'admin.revokedNow'))).toBeVisible()
	await adminContext.close()

	await visitor.goto(`/en/verify/${code}`)
	await expect(visitor.getByText(t('en', 'certificates', 'verify.says.revoked'))).toBeVisible()
	await expect(visitor.locator('dl.facts')).toContainText(t('en', 'certificates', 'revocation.issued-in-error'))
	await expect(visitor.locator('body')).not.toContainText('Issued to the wrong person')
	await scan(visitor, `/ar/verify/${code}`)
	await visitorContext.close()
}

/**
 * On the print view of a certificate: printed on A4 (794 × 1123 CSS pixels), the QR code and the verification
 * address lie inside the certificate's frame. The address is made as long as a real site's could be (a long
 * host name; the test server's is short), since a long one is what pushed both past the frame.
 */
export async function expectPrintedCertificateInsideFrame(page: Page) {
	const screen = page.viewportSize()
	await page.setViewportSize({ width: 794, height: 1123 })
	await page.emulateMedia({ media: 'print' })
	const address = page.locator('.certificate__address')
	await address.evaluate((element) => {
		element.textContent = (element.textContent ?? '').replace(
			/^https?:\/\/[^/]+/,
			'https://atlas.anti-trafficking-partnership.example.org',
		)
	})
	const frame = (await page.locator('article.certificate').boundingBox())!
	for (const [name, part] of [
		['QR code', page.locator('.certificate__verify .qr')],
		['verification address', address],
	] as const) {
		const box = (await part.boundingBox())!
		expect(box.x, `${name} starts inside the frame`).toBeGreaterThanOrEqual(frame.x)
		expect(box.y, `${name} starts inside the frame`).toBeGreaterThanOrEqual(frame.y)
		expect(box.x + box.width, `${name} ends inside the frame`).toBeLessThanOrEqual(frame.x + frame.width)
		expect(box.y + box.height, `${name} ends inside the frame`).toBeLessThanOrEqual(frame.y + frame.height)
	}
	// The whole frame fits one A4 page within its 12 mm margins (45 px each).
	expect(frame.height).toBeLessThanOrEqual(1123 - 2 * 45)
	await page.emulateMedia({ media: null })
	if (screen) await page.setViewportSize(screen)
	await page.reload()
}
