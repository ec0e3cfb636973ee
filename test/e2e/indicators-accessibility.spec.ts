import { test } from '@playwright/test'
import { scan } from './axe.ts'
import { storageStates } from './support.ts'

/*
 * The dashboard, the review and an indicator's page pass axe in French and Spanish here, charts and tables included,
 * as a visitor sees them (small counts hidden), and a coordinator's views (exact counts, the targets form); the crawl
 * scans every one of them in English and Arabic, as a visitor and as a platform admin (decision 012), so each passes
 * in all four languages. Each dashboard holds some forty charts and tables: one test per kind of page keeps each short.
 */

const year = new Date().getUTCFullYear()
const languages = ['fr', 'es']

test('the dashboard passes axe in French and Spanish, charts included', async ({ browser }) => {
	test.setTimeout(180_000)
	const visitor = await (await browser.newContext()).newPage()
	for (const language of languages) await scan(visitor, `/${language}/indicators?period=${year}`)
})

test('the quarterly review and an indicator’s page pass axe in French and Spanish', async ({ browser }) => {
	test.setTimeout(180_000)
	const visitor = await (await browser.newContext()).newPage()
	for (const language of languages) await scan(visitor, `/${language}/indicators/review?period=${year}-Q1`)
	await scan(visitor, `/fr/indicators/certificates-issued?period=${year}`)
	await scan(visitor, `/es/indicators/joint-cohorts?period=${year}&place=region:europe`)
})

test('a coordinator’s indicators, with a country’s exact counts and the targets form, pass axe in French and Spanish', async ({
	browser,
}) => {
	test.setTimeout(120_000)
	const coordinator = await (await browser.newContext({ storageState: storageStates.platformAdmin })).newPage()
	await scan(coordinator, `/es/indicators/feedback-answer-rate?period=${year}&place=MA`)
	await scan(coordinator, '/fr/indicators/targets')
	await scan(coordinator, '/es/indicators/targets')
})
