import { type Browser, expect } from '@playwright/test'
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
