import fs from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import ICAL from 'ical.js'
import { scan } from './axe.ts'
import { storageStates, t } from './support.ts'

const en = (key: string, values?: Record<string, string | number>) => t('en', 'events', key, values)

/** The wall clock in Vienna, `days` from now (negative: before), for the form's datetime-local fields. */
function viennaClock(days: number, time: string) {
	const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Vienna' }).format(Date.now() + days * 86_400_000)
	return `${day}T${time}`
}

async function fillSchedule(page: Page, times: Record<string, string>) {
	for (const [name, value] of Object.entries(times))
		await page.getByLabel(en(`form.${name}`), { exact: true }).fill(value)
}

async function downloadText(page: Page, click: () => Promise<void>) {
	const download = page.waitForEvent('download')
	await click()
	return fs.readFileSync(await (await download).path(), 'utf8')
}

test('an organiser runs a bilingual event in Vienna; a reader in Lagos sees both times; the waiting list moves up', async ({
	browser,
}) => {
	const title = `Cross-border workshop ${Date.now()}`
	const organiser = await (await browser.newContext({ storageState: storageStates.trainer })).newPage()
	await organiser.goto('/en/events/new')
	await organiser.getByLabel(en('form.kind')).selectOption({ label: en('kinds.training-workshop') })
	await organiser.getByLabel(en('form.titleIn', { language: 'English' })).fill(title)
	await organiser.getByLabel(en('form.descriptionIn', { language: 'English' })).fill('Two days of joint casework.')
	await organiser
		.getByLabel(en('form.titleIn', { language: 'Français' }))
		.fill(`Atelier transfrontalier ${title.slice(-13)}`)
	await organiser.getByLabel(en('form.timeZone')).selectOption('Europe/Vienna')
	// Mid-June: Vienna keeps summer time (UTC+2) and Lagos UTC+1 all year, so 09:00 there is 08:00 in Lagos.
	const year = new Date().getUTCFullYear() + 1
	await fillSchedule(organiser, {
		startsAt: `${year}-06-15T09:00`,
		endsAt: `${year}-06-15T17:00`,
		registrationOpensAt: viennaClock(-1, '09:00'),
		registrationClosesAt: `${year}-06-14T18:00`,
	})
	await organiser.getByLabel(en('form.city')).fill('Vienna')
	await organiser.getByLabel(en('form.country'), { exact: true }).selectOption('AT')
	await organiser.getByLabel(en('form.workingLanguages')).fill('en, de')
	await organiser.getByLabel(en('form.capacity')).fill('1')
	await organiser.getByLabel(en('questions.accessibility.label')).check()
	await organiser.getByLabel(en('form.customQuestion', { number: 1 })).fill('Which unit do you work in?')
	await organiser.getByLabel(en('form.questionRequired')).first().check()
	await organiser
		.getByLabel(en('form.organisationIds'))
		.selectOption([
			{ label: 'Sample Police Training Academy (ES)' },
			{ label: 'Sample National Agency against Trafficking (NG)' },
		])
	await organiser.getByRole('button', { name: en('form.create') }).click()
	await expect(organiser.getByRole('heading', { level: 1 })).toHaveText(title)
	const eventPath = new URL(organiser.url()).pathname.replace(/^\/en/, '')

	// A reader in Lagos sees the time in Vienna and their own, and the French title in French.
	const lagos = await (await browser.newContext({ storageState: storageStates.legalReviewer })).newPage()
	await lagos.goto('/en/settings')
	await lagos.getByLabel(t('en', 'settings', 'profile.timeZone'), { exact: true }).selectOption('Africa/Lagos')
	await lagos.getByRole('button', { name: t('en', 'settings', 'profile.savePreferences') }).click()
	await lagos.goto(`/en${eventPath}`)
	const when = lagos.locator('.event-when').first()
	await expect(when).toContainText(`${en('when.there', { city: 'Vienna' })} `)
	await expect(when).toContainText('09:00–17:00')
	await expect(when.locator('.event-when-yours')).toContainText(en('when.yours', { city: 'Lagos' }))
	await expect(when.locator('.event-when-yours')).toContainText('08:00–16:00')
	await lagos.goto(`/fr${eventPath}`)
	await expect(lagos.getByRole('heading', { level: 1 })).toContainText('Atelier transfrontalier')

	// The calendar file holds the same instant (07:00 UTC).
	await lagos.goto(`/en${eventPath}`)
	const ics = await downloadText(lagos, () => lagos.getByRole('link', { name: en('event.addToCalendar') }).click())
	const vevent = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!)
	expect(vevent.startDate.toJSDate().toISOString()).toBe(`${year}-06-15T07:00:00.000Z`)
	expect(vevent.summary).toBe(title)

	// They take the only seat; the next person joins the waiting list.
	await lagos.getByRole('link', { name: en('event.register') }).click()
	await lagos.getByLabel('Which unit do you work in? (required)').fill('Border unit 7')
	await lagos.getByRole('button', { name: en('event.register') }).click()
	await expect(lagos.getByText(en('registration.registered'))).toBeVisible()
	await expect(lagos.getByText(en('event.youHaveASeat'))).toBeVisible()

	const officer = await (await browser.newContext({ storageState: storageStates.officer })).newPage()
	await officer.goto(`/en${eventPath}`)
	await expect(officer.getByText(en('event.full', { waiting: 0 }))).toBeVisible()
	await officer.getByRole('link', { name: en('event.joinWaitingList') }).click()
	await expect(officer.getByText(en('registration.willWait'))).toBeVisible()
	await officer.getByLabel('Which unit do you work in? (required)').fill('Anti-trafficking unit')
	await officer.getByRole('button', { name: en('event.joinWaitingList') }).click()
	await expect(officer.getByText(en('event.youAreWaiting'))).toBeVisible()

	// The seat holder gives it up: the first person waiting gets it.
	await lagos.getByRole('button', { name: en('event.cancelPlace') }).click()
	await expect(lagos.getByText(en('registration.cancelled'))).toBeVisible()
	await officer.reload()
	await expect(officer.getByText(en('event.youHaveASeat'))).toBeVisible()

	// The organiser exports the registrants, moves the event to today and marks who came.
	await organiser.goto(`/en${eventPath}/registrants`)
	const csv = await downloadText(organiser, () => organiser.getByRole('link', { name: en('registrants.csv') }).click())
	expect(csv).toContain('Anti-trafficking unit')
	expect(csv).toContain(en('registrants.statuses.registered'))
	await organiser.goto(`/en${eventPath}/edit`)
	await fillSchedule(organiser, {
		startsAt: viennaClock(0, '00:01'),
		endsAt: viennaClock(0, '23:59'),
		registrationOpensAt: viennaClock(-1, '09:00'),
		registrationClosesAt: viennaClock(0, '00:00'),
	})
	await organiser.getByRole('button', { name: en('form.save') }).click()
	await expect(organiser.getByText(en('form.saved'))).toBeVisible()
	await organiser.goto(`/en${eventPath}/registrants`)
	const present = organiser.getByRole('checkbox', { name: /attended$/ })
	await expect(present).toHaveCount(1)
	await present.check()
	await organiser.getByRole('button', { name: en('registrants.saveAttendance') }).click()
	await expect(organiser.getByText(en('registrants.attendanceSaved'))).toBeVisible()
	await expect(organiser.getByRole('checkbox', { name: /attended$/ })).toBeChecked()
})

test('the events pages pass axe in French and Spanish (the crawl scans them in English and Arabic)', async ({
	browser,
}) => {
	test.setTimeout(120_000)
	const page = await (await browser.newContext({ storageState: storageStates.officer })).newPage()
	await page.goto('/en/events')
	const href = await page.getByRole('link', { name: /Sample regional forum/ }).getAttribute('href')
	const eventPath = href!.replace(/^\/en/, '')
	for (const language of ['fr', 'es'])
		for (const path of ['/events', '/events/calendar', eventPath, `${eventPath}/register`, '/events/mine'])
			await scan(page, `/${language}${path}`)
	const organiser = await (await browser.newContext({ storageState: storageStates.trainer })).newPage()
	for (const language of ['fr', 'es'])
		for (const path of ['/events/new', `${eventPath}/edit`, `${eventPath}/registrants`])
			await scan(organiser, `/${language}${path}`)
})
