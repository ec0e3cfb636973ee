import { programmeKinds, sectors } from '#app/modules/programmes/vocabulary.ts'
import { type BrowserContext, expect, type Page, test } from '@playwright/test'
import { storageStates, t } from './support.ts'

const payloads = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(2)>',
	"'><svg onload=alert(3)>",
	'javascript:alert(4)',
	'</title><script>alert(5)</script>',
	'<iframe srcdoc="<script>alert(6)</script>">',
	"{{constructor.constructor('alert(7)')()}}",
	'%3Cscript%3Ealert(8)%3C%2Fscript%3E',
	'<a href="javascript:alert(9)">x</a>',
	'</script><script>alert(10)</script>',
	'\u202E<b onmouseover=alert(11)>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(12)>',
]

/** Collects what injected code would cause: a dialog, a console error, a CSP violation. */
async function watchForInjectedCode(page: Page) {
	const problems: string[] = []
	page.on('dialog', async (dialog) => {
		problems.push(`dialog: ${dialog.message()}`)
		await dialog.dismiss()
	})
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`)
	})
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
		})
	})
	return problems
}

/** Posts a form from a browser context as our own pages would, without following the redirect. */
function postForm(context: BrowserContext, path: string, form: Record<string, string>) {
	return context.request.post(path, { headers: { 'Sec-Fetch-Site': 'same-origin' }, maxRedirects: 0, form })
}

test('names and organisations full of markup are shown as text: no script runs, no CSP violation', async ({
	request,
	browser,
	baseURL,
}) => {
	const signUpPage = await (await request.get('/en/sign-up?country=FR')).text()
	const organisationId = signUpPage.match(/<option value="([0-9a-f-]{36})">Sample Anti-Trafficking Police Unit/)![1]!
	const marker = `xss${Date.now()}`
	for (const [index, payload] of payloads.entries()) {
		const response = await request.post('/en/sign-up', {
			headers: { Origin: baseURL! },
			maxRedirects: 0,
			form: {
				name: `${marker} ${payload}`.slice(0, 120),
				email: `${marker}-${index}@example.org`,
				password: 'a long enough passphrase here',
				country: 'FR',
				role: 'officer',
				organisationId: index % 2 ? organisationId : 'new',
				newOrganisationName: `${marker} ${payload}`.slice(0, 160),
				newOrganisationType: 'ngo',
				timeZone: 'UTC',
			},
		})
		expect(response.status(), payload).toBe(302)
	}

	const context = await browser.newContext({ storageState: storageStates.platformAdmin })
	const page = await context.newPage()
	const problems = await watchForInjectedCode(page)
	for (const path of [
		'/en/admin/members',
		'/en/admin/organisations?status=pending',
		`/en/admin/users?q=${marker}`,
		'/en/admin/audit',
	]) {
		await page.goto(path)
		await page.mouse.move(200, 300)
		await page.mouse.move(400, 500)
	}
	await page.goto(`/en/admin/users?q=${marker}`)
	await expect(page.getByRole('link', { name: `${marker} <script>alert(1)</script>` })).toBeVisible()
	await page.getByRole('link', { name: `${marker} "><img src=x onerror=alert(2)>` }).click()
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${marker} "><img src=x onerror=alert(2)>`)
	expect(await page.locator('img[src="x"], iframe, svg[onload]').count()).toBe(0)
	expect(problems).toEqual([])
	await context.close()
})

test('course titles, modules, lessons, quizzes, questions, feedback, cohorts and a revocation note full of markup are shown as text to learners, authors and administrators', async ({
	browser,
	baseURL,
}) => {
	const marker = `xss${Date.now()}`
	const trainer = await browser.newContext({ storageState: storageStates.trainer })
	const post = (path: string, form: Record<string, string>) => postForm(trainer, path, form)
	const created = await post('/en/teach/courses/new', {
		sourceLanguage: 'en',
		title: `${marker} ${payloads[1]}`,
		summary: payloads.join(' '),
		outcomes: payloads.join('\n'),
		certificate: payloads[0]!,
		level: 'foundation',
		format: 'self-paced',
		topics: 'identification',
		estimatedHours: '1',
	})
	expect(created.status()).toBe(302)
	const base = created.headers()['location']!
	expect((await post(base, { intent: 'add-module', title: payloads[2]! })).status()).toBe(302)
	const moduleId = /modules\/(module-[a-z0-9]+)/.exec(await (await trainer.request.get(base)).text())![1]!
	const lesson = await post(base, { intent: 'add-lesson', moduleId, title: payloads[4]! })
	const lessonPath = lesson.headers()['location']!
	// Markup inside code spans is text; MDX would refuse it anywhere else.
	const body = `## ${marker}\n\n${payloads.map((payload) => `\`${payload}\``).join('\n\n')}`
	expect((await post(lessonPath, { intent: 'save', title: payloads[5]!, body })).status()).toBe(200)
	const quizPath = (await post(base, { intent: 'add-quiz', moduleId, title: payloads[6]! })).headers()['location']!
	const quizId = new URL(quizPath, baseURL).pathname.split('/').pop()!
	const question = await post(`${base}/questions/new?quiz=${quizId}&kind=single-choice`, {
		prompt: payloads[7]!,
		explanation: payloads[8]!,
		'option-0-text': payloads[9]!,
		'option-0-second': payloads[10]!,
		'option-0-correct': 'on',
		'option-1-text': payloads[11]!,
		'option-1-second': payloads[3]!,
	})
	expect(question.status()).toBe(302)
	const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
	expect(
		(
			await post(`${base}/cohorts`, {
				title: payloads[1]!,
				startsOn: day(10),
				endsOn: day(40),
				enrolmentOpensAt: day(-1),
				enrolmentClosesAt: day(9),
				capacity: '5',
			})
		).status(),
	).toBeLessThan(400)
	expect((await post(base, { intent: 'publish' })).status()).toBe(200)
	const slug = /href="\/en\/courses\/([a-z0-9-]+)"/.exec(await (await trainer.request.get(base)).text())![1]!

	const learner = await browser.newContext({ storageState: storageStates.officer })
	for (const context of [trainer, learner]) {
		const page = await context.newPage()
		const problems = await watchForInjectedCode(page)
		const paths =
			context === trainer
				? [base, `${base}/translations`, lessonPath, quizPath, `${base}/cohorts`, '/en/teach']
				: ['/en/courses?topic=identification', `/en/courses/${slug}`]
		for (const path of paths) {
			await page.goto(path)
			await page.mouse.move(200, 300)
			await page.mouse.move(400, 500)
		}
		if (context === learner) {
			// Wait for the enrolment to be saved: navigating away at once would cancel the form's request.
			const enrolled = page.waitForResponse(
				(response) => response.request().method() === 'POST' && response.url().includes(`/courses/${slug}`),
			)
			await page.getByRole('button', { name: 'Enrol' }).click()
			expect((await enrolled).status()).toBeLessThan(400)
			await page.goto(`/en/courses/${slug}/lessons/${lessonPath.split('/').pop()}`)
			await expect(page.locator('.lesson__body code').first()).toHaveText(payloads[0]!)
			await page.mouse.move(300, 300)
			// The quiz, then its result with the feedback and explanation, all written in markup; passing it completes the course.
			await page.getByRole('button', { name: 'Mark as done and continue' }).click()
			await page.getByRole('button', { name: 'Start the quiz' }).click()
			await expect(page.getByText(payloads[7]!)).toBeVisible()
			await page.getByLabel(payloads[9]!).check()
			await page.getByRole('button', { name: 'Submit my answers' }).click()
			await expect(page.getByText(payloads[8]!)).toBeVisible()
			await expect(page.getByText('You have completed the course.')).toBeVisible()
			await page.mouse.move(200, 200)
			// A revocation note full of markup: the public verification page shows only the category, and the
			// administrators' page, the one place the note is shown, shows it as text.
			await page.goto('/en/certificates')
			const card = page.locator('.certificate-card').filter({ hasText: `${marker} ${payloads[1]}` })
			const code = (await card.getByRole('link', { name: 'Verification page' }).getAttribute('href'))!.split('/').pop()!
			const admin = await browser.newContext({ storageState: storageStates.platformAdmin })
			const note = payloads.join(' ').slice(0, 500)
			expect(
				(await postForm(admin, '/en/admin/certificates', { code, category: 'withdrawn', reason: note })).status(),
			).toBeLessThan(400)
			const adminPage = await admin.newPage()
			const adminProblems = await watchForInjectedCode(adminPage)
			await adminPage.goto(`/en/admin/certificates?code=${code}`)
			await expect(adminPage.getByText(payloads[10]!)).toBeVisible()
			await adminPage.mouse.move(300, 400)
			expect(await adminPage.locator('img[src="x"], iframe, svg[onload], math').count()).toBe(0)
			expect(adminProblems).toEqual([])
			await admin.close()
			await page.goto(`/en/verify/${code}`)
			await expect(page.getByText('Withdrawn by the issuer')).toBeVisible()
			await expect(page.getByText(payloads[10]!)).toHaveCount(0)
			await page.mouse.move(300, 400)
		}
		expect(await page.locator('img[src="x"], iframe, svg[onload], math').count()).toBe(0)
		expect(problems).toEqual([])
		await page.close()
	}
	await trainer.close()
	await learner.close()
})

test('library titles, summaries, sources, review comments and search queries full of markup are shown as text', async ({
	browser,
}) => {
	const marker = `xss${Date.now()}`
	const member = await browser.newContext({ storageState: storageStates.ngoMember })
	const editor = await browser.newContext({ storageState: storageStates.legalExpert })
	const created = await postForm(member, '/en/library/submit', {
		language: 'en',
		title: `${marker} ${payloads[1]}`,
		summary: `${marker} ${payloads.join(' ')}`.slice(0, 1000),
		body: `## ${marker}\n\n${payloads.map((payload) => `\`${payload}\``).join('\n\n')}`,
		type: 'protocol',
		tier: 'public',
		topics: 'referral',
		publishedOn: '2026-01-01',
		sources: payloads.join('\n'),
		protocolVersion: '1',
		protocolStatus: 'adopted',
		changelog: payloads[2]!,
	})
	expect(created.status()).toBe(302)
	const draft = created.headers()['location']!
	// Sending and deciding name the draft version on the page; returning and sending again do not change it.
	const draftVersion = /name="draftVersion" value="(\d+)"/.exec(await (await member.request.get(draft)).text())![1]!
	expect((await postForm(member, draft, { intent: 'submit', draftVersion })).status()).toBe(302)
	expect((await postForm(editor, draft, { intent: 'return', comment: payloads[3]!, draftVersion })).status()).toBe(302)
	expect((await postForm(member, draft, { intent: 'submit', draftVersion })).status()).toBe(302)
	const published = await postForm(editor, draft, { intent: 'publish', draftVersion })
	expect(published.status()).toBe(302)

	for (const context of [member, editor]) {
		const page = await context.newPage()
		const problems = await watchForInjectedCode(page)
		for (const path of [
			draft,
			published.headers()['location']!,
			`/en/search?q=${marker}`,
			'/en/library?type=protocol',
			'/en/library/submissions',
			...payloads.map((payload) => `/en/search?q=${encodeURIComponent(payload)}`),
		]) {
			await page.goto(path)
			await page.mouse.move(200, 300)
			await page.mouse.move(400, 500)
		}
		await page.goto(`/en/search?q=${marker}`)
		await expect(page.getByRole('link', { name: `${marker} ${payloads[1]}` })).toBeVisible()
		expect(await page.locator('img[src="x"], iframe, svg[onload], math').count()).toBe(0)
		expect(problems).toEqual([])
		await page.close()
	}
	await member.close()
	await editor.close()
})

test('programme texts, support services and what a survivor writes to a provider, full of markup, are shown as text', async ({
	browser,
}) => {
	const marker = `xss${Date.now()}`
	const provider = await browser.newContext({ storageState: storageStates.ngoMember })
	const visitor = await browser.newContext()
	const created = await postForm(provider, '/en/provider/programmes/new', {
		title: `${marker} ${payloads[1]}`,
		summary: `${marker} ${payloads.join(' ')}`,
		skills: payloads[2]!,
		eligibility: payloads.join('\n'),
		certification: payloads[4]!,
		accessibility: payloads.slice(6).join('\n'),
		walkInHours: payloads[0]!,
		kind: programmeKinds[0],
		sector: sectors[0],
		format: 'in_person',
		country: 'FR',
		region: payloads[5]!.slice(0, 100),
		languages: 'fr',
		durationWeeks: '8',
		schedule: 'part_time',
		// Paid and without childcare, so it stays out of the free-with-childcare results other journeys open.
		costAmount: '100',
		costCurrency: 'EUR',
		minimumAge: '18',
		legalStatus: 'any',
		literacy: 'basic',
		phone: payloads[3]!.slice(0, 40),
		interestForm: 'on',
		walkIn: 'on',
	})
	expect(created.status()).toBe(302)
	const slug = created.headers()['location']!.split('/').pop()!
	const service = await postForm(provider, '/en/provider/services/new', {
		type: 'counselling',
		name: `${marker} ${payloads[2]}`,
		summary: payloads.join(' '),
		country: 'FR',
		region: payloads[5]!.slice(0, 100),
		contact: payloads[8]!,
		phone: payloads[3]!.slice(0, 40),
		hours: payloads[10]!,
		languages: 'en',
	})
	expect(service.status()).toBe(302)
	const interest = await postForm(visitor, `/en/programmes/${slug}`, {
		alias: payloads[6]!.slice(0, 80),
		contactMethod: 'email',
		contact: `${marker}@example.org`,
		language: 'fr',
		bestTimes: payloads[11]!.slice(0, 200),
	})
	expect(interest.status()).toBe(302)

	for (const [context, paths] of [
		[
			visitor,
			[
				`/en/programmes/${slug}`,
				`/en/programmes/compare?p=${slug}&p=kitchen-skills-lyon`,
				`/en/search?q=${marker}`,
				`/ar/programmes/${slug}`,
				'/en/support?type=counselling&country=FR',
			],
		],
		[
			provider,
			[
				'/en/provider',
				`/en/provider/programmes/${slug}`,
				`/en/provider/programmes/${slug}/details`,
				'/en/provider/inbox',
				service.headers()['location']!,
			],
		],
	] as const) {
		const page = await context.newPage()
		const problems = await watchForInjectedCode(page)
		for (const path of paths) {
			await page.goto(path)
			await page.mouse.move(200, 300)
			await page.mouse.move(400, 500)
		}
		expect(await page.locator('img[src="x"], iframe, svg[onload], math').count()).toBe(0)
		expect(problems).toEqual([])
		await page.close()
	}
	const inbox = await provider.newPage()
	await inbox.goto('/en/provider/inbox')
	await expect(inbox.getByRole('listitem').filter({ hasText: `${marker}@example.org` })).toContainText(
		payloads[11]!.slice(0, 40),
	)
	await provider.close()
	await visitor.close()
})

test('law instruments, citations, quotes, notes, review comments and agreements full of markup are shown as text', async ({
	browser,
}) => {
	const marker = `xss${Date.now()}`
	const lawsText = (key: string) => t('en', 'laws', key)
	const author = await (await browser.newContext({ storageState: storageStates.legalExpert })).newPage()
	const reviewer = await (await browser.newContext({ storageState: storageStates.legalReviewer })).newPage()
	const approve = async () => {
		await expect(author).toHaveURL(/\/en\/laws\/review\//)
		await reviewer.goto(author.url())
		await reviewer.getByRole('button', { name: lawsText('review.approve') }).click()
		await expect(reviewer.getByText(lawsText('review.approved'))).toBeVisible()
	}
	// An instrument named with markup, then a value citing it, with markup in every text of the value.
	await author.goto('/en/laws/ZA/edit/instruments')
	const added = author.getByRole('group', { name: lawsText('edit.newInstrument') })
	await added.getByLabel(lawsText('edit.instrumentId')).fill(`${marker}-act`)
	await added.getByLabel(lawsText('edit.instrumentName')).fill(`${marker} ${payloads[1]}`)
	await added.getByLabel(lawsText('edit.instrumentLanguage')).fill('en')
	await added.getByLabel(lawsText('edit.instrumentArticles')).fill(payloads[4]!)
	await added.getByLabel(lawsText('edit.instrumentUrl')).fill('https://example.org/act')
	await author.getByLabel(lawsText('edit.changeNote')).fill(payloads[0]!)
	await author.getByRole('button', { name: lawsText('edit.submit') }).click()
	await approve()
	await author.goto('/en/laws/ZA/edit/protection')
	const value = author.getByRole('group', { name: lawsText('elements.non-punishment.name') })
	await value.getByLabel(lawsText('edit.value')).selectOption('partly')
	await value.getByLabel(lawsText('edit.instrument')).selectOption(`${marker}-act`)
	await value.getByLabel(lawsText('edit.article')).fill(payloads[2]!)
	await value.getByLabel(lawsText('edit.note')).fill(payloads[5]!)
	await value.getByText(lawsText('edit.quote')).click()
	await value.getByLabel(lawsText('edit.quoteText')).fill(`${marker} ${payloads[9]}`)
	await value.getByLabel(lawsText('edit.quoteLanguage')).fill('en')
	await value.getByLabel(/unofficial/i).fill(payloads[11]!)
	await author.getByRole('button', { name: lawsText('edit.submit') }).click()
	await approve()
	// A change sent back with markup in the comment, and an agreement named with markup.
	await author.goto('/en/laws/ZA/edit/protocol')
	await author.getByLabel(lawsText('edit.protocolSource')).fill('https://example.org/status')
	await author.getByRole('button', { name: lawsText('edit.submit') }).click()
	await expect(author).toHaveURL(/\/en\/laws\/review\//)
	await reviewer.goto(author.url())
	await reviewer.getByLabel(lawsText('review.comment')).fill(payloads[6]!)
	await reviewer.getByRole('button', { name: lawsText('review.return') }).click()
	await author.goto('/en/laws/agreements/new')
	await author.getByLabel(t('en', 'laws', 'agreements.fields.slug')).fill(`${marker}-treaty`)
	await author
		.getByLabel(t('en', 'laws', 'agreements.fields.nameIn', { language: 'English' }))
		.fill(`${marker} ${payloads[7]}`)
	await author.getByLabel(t('en', 'laws', 'agreements.fields.parties')).fill('ZA, NG')
	await author.getByLabel(t('en', 'laws', 'agreements.fields.source')).fill('https://example.org/treaty')
	await author.getByRole('button', { name: lawsText('agreements.add') }).click()
	await expect(author).toHaveURL(new RegExp(`/en/laws/agreements/${marker}-treaty$`))
	const returned = reviewer.url()

	for (const page of [author, reviewer]) {
		const problems = await watchForInjectedCode(page)
		for (const path of [
			'/en/laws/ZA',
			'/en/laws/ZA/history',
			'/en/laws/compare?countries=ZA,NG',
			'/en/laws/compare/print?countries=ZA,NG',
			'/en/laws/elements/non-punishment',
			'/en/laws/agreements',
			`/en/laws/agreements/${marker}-treaty`,
			'/en/laws/review',
			returned,
			`/en/search?q=${marker}`,
		]) {
			await page.goto(path)
			await page.mouse.move(200, 300)
			await page.mouse.move(400, 500)
		}
		await page.goto(`/en/laws/agreements/${marker}-treaty`)
		await expect(page.getByRole('heading', { level: 1, name: `${marker} ${payloads[7]}` })).toBeVisible()
		expect(await page.locator('img[src="x"], iframe, svg[onload], math').count()).toBe(0)
		expect(problems).toEqual([])
	}
})

test('event titles, descriptions, venues, agendas, questions and answers full of markup are shown as text', async ({
	browser,
}) => {
	const marker = `xss${Date.now()}`
	const organiserContext = await browser.newContext({ storageState: storageStates.trainer })
	const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
	const created = await postForm(organiserContext, '/en/events/new', {
		kind: 'seminar',
		audience: 'public',
		format: 'hybrid',
		sourceLanguage: 'en',
		'title.en': `${marker} ${payloads[0]}`,
		'description.en': `${payloads[1]}\n\n${payloads[8]}`,
		'title.ar': `${marker} ${payloads[10]}`,
		timeZone: 'Europe/Vienna',
		startsAt: `${day}T09:00`,
		endsAt: `${day}T17:00`,
		registrationOpensAt: '2026-01-01T09:00',
		registrationClosesAt: `${day}T08:00`,
		city: payloads[2]!,
		country: 'AT',
		joiningLink: 'https://meet.example/x?<script>alert(13)</script>',
		capacity: '10',
		'question.0.label': payloads[5]!,
		'agenda.0.title': payloads[4]!,
		'agenda.0.startsAt': `${day}T09:00`,
		'agenda.0.endsAt': `${day}T10:00`,
		'agenda.0.speakers': `${payloads[11]}; ${payloads[9]}`,
		contactEmail: 'events@organiser.example',
		organisationIds: '',
	})
	expect(created.status(), await created.text()).toBe(302)
	const eventPath = new URL(created.headers()['location']!, 'http://x').pathname
	const officerContext = await browser.newContext({ storageState: storageStates.officer })
	const registered = await postForm(officerContext, `${eventPath}/register`, { 'answer.q1': payloads[3]! })
	expect(registered.status()).toBe(302)

	for (const context of [organiserContext, officerContext]) {
		const page = await context.newPage()
		const problems = await watchForInjectedCode(page)
		for (const path of [
			eventPath,
			eventPath.replace('/en/', '/ar/'),
			'/en/events',
			'/en/events/calendar',
			`/en/search?q=${marker}`,
		])
			await page.goto(path)
		if (context === organiserContext) await page.goto(`${eventPath}/registrants`)
		await page.mouse.move(200, 300)
		await page.mouse.move(400, 500)
		await page.goto(eventPath)
		await expect(page.getByRole('heading', { level: 1, name: `${marker} ${payloads[0]}` })).toBeVisible()
		expect(await page.locator('img[src="x"], iframe, svg[onload], math').count()).toBe(0)
		expect(problems).toEqual([])
	}
})

test('forum titles and posts carrying scripts, event handlers, javascript: links and raw HTML render inert', async ({
	browser,
}) => {
	const marker = `xss${Date.now()}`
	const authorContext = await browser.newContext({ storageState: storageStates.legalExpert })
	const moderatorContext = await browser.newContext({ storageState: storageStates.moderator })
	const started = await postForm(authorContext, '/en/forums/victim-identification/new', {
		title: `${marker} ${payloads[0]}`,
		body: 'A clean first post.',
		language: 'en',
	})
	expect(started.status(), await started.text()).toBe(302)
	const location = new URL(started.headers()['location']!, 'http://x')
	const threadPath = location.pathname
	const firstPost = location.hash.replace('#post-', '')
	// Links need a trusted member: the moderator trusts the author first, so the hostile links are really posted.
	const trusted = await postForm(moderatorContext, `/en/forums/posts/${firstPost}/moderate`, {
		scope: 'member',
		intent: 'trust',
		reason: 'Known practitioner',
	})
	expect(trusted.status()).toBe(302)
	const hostile = [
		...payloads,
		'[click](javascript:alert(14))',
		'[click](JaVaScRiPt:alert(15))',
		'<javascript:alert(16)>',
		'[data](data:text/html,<script>alert(17)</script>)',
		'<img src=x onerror=alert(18)>',
		'<a href="javascript:alert(19)" onclick="alert(20)">raw</a>',
		'> <details open ontoggle=alert(21)>',
		'[ref][r]\n\n[r]: javascript:alert(22)',
	].join('\n\n')
	const replied = await postForm(authorContext, threadPath, { body: hostile, language: 'en' })
	expect(replied.status(), await replied.text()).toBe(302)
	expect(replied.headers()['location']).not.toContain('/held')

	const reader = await (await browser.newContext({ storageState: storageStates.officer })).newPage()
	const moderator = await moderatorContext.newPage()
	for (const page of [reader, moderator]) {
		const problems = await watchForInjectedCode(page)
		for (const path of [threadPath, '/en/forums/victim-identification', `/en/search?q=${marker}`]) await page.goto(path)
		await page.goto(threadPath)
		for (const link of await page.locator('.post-body a').all()) await link.hover()
		await page.mouse.move(200, 300)
		await expect(page.getByRole('heading', { level: 1, name: `${marker} ${payloads[0]}` })).toBeVisible()
		expect(
			await page
				.locator('.post-body :is(img, iframe, svg, math, script, details, a[href^="javascript" i], a[href^="data" i])')
				.count(),
		).toBe(0)
		expect(await page.locator('.post-body [onerror], .post-body [onclick], .post-body [ontoggle]').count()).toBe(0)
		expect(problems).toEqual([])
	}
})

test('network profiles, focal points, partnerships, campaigns, kit file names and stories full of markup render inert', async ({
	browser,
	request,
}) => {
	test.setTimeout(180_000)
	const marker = `xss${Date.now()}`
	const signUpPage = await (await request.get('/en/sign-up?country=MA')).text()
	const ngo = signUpPage.match(/<option value="([0-9a-f-]{36})">Sample Safe Passage NGO/)![1]!
	const admin = await browser.newContext({ storageState: storageStates.ngoAdmin })
	const expectRedirect = async (response: Awaited<ReturnType<typeof postForm>>) =>
		expect(response.status(), await response.text()).toBe(302)
	const year = new Date().getUTCFullYear()

	await expectRedirect(
		await postForm(admin, '/en/network/profile', {
			kind: 'ngo',
			countries: 'MA',
			regions: payloads[2]!,
			areas: 'referral',
			languages: 'ar, fr, es',
			website: 'https://safe-passage.sample.example/?q=<script>alert(30)</script>',
			isPublic: 'on',
			'description.en': `${marker} ${payloads[0]} ${payloads[1]}`,
			'description.ar': payloads[10]!,
		}),
	)
	await expectRedirect(
		await postForm(admin, '/en/network/focal-points/new', {
			'title.en': `${marker} ${payloads[4]}`,
			countries: 'MA',
			areas: 'referral',
			languages: 'fr',
			channelKind: 'secure-channel',
			channel: payloads[5]!.slice(0, 100),
			intent: 'save',
		}),
	)
	const created = await postForm(admin, '/en/network/partnerships/new', {
		sourceLanguage: 'en',
		'title.en': `${marker} ${payloads[0]}`,
		'goal.en': `${payloads[8]} ${payloads[9]}`,
		countries: 'MA',
		startsOn: `${year}-01-01`,
		status: 'active',
		partnerIds: ngo,
	})
	await expectRedirect(created)
	const partnershipPath = new URL(created.headers()['location']!, 'http://x').pathname
	await expectRedirect(
		await postForm(admin, partnershipPath, {
			intent: 'commit',
			organisationId: ngo,
			text: payloads[11]!,
			language: 'en',
		}),
	)
	const commitment = (await (await admin.request.get(partnershipPath)).text()).match(
		/<option value="([0-9a-f-]{36})">/,
	)![1]!
	await expectRedirect(
		await postForm(admin, partnershipPath, {
			intent: 'report',
			commitmentId: commitment,
			reportedOn: `${year}-01-02`,
			text: `${payloads[1]} ${payloads[4]}`,
			language: 'en',
		}),
	)
	// Its only partner agrees, so visitors see the page too.
	await expectRedirect(await postForm(admin, partnershipPath, { intent: 'agree', organisationId: ngo }))
	const campaign = await postForm(admin, '/en/campaigns/new', {
		sourceLanguage: 'en',
		'title.en': `${marker} ${payloads[0]}`,
		'message.en': `${payloads[1]} ${payloads[6]}`,
		'signs.en': payloads.slice(2, 6).join('\n'),
		'title.ar': `${marker} ${payloads[10]}`,
		'message.ar': payloads[3]!,
		countries: 'FR',
		audiences: 'job-seekers',
		startsOn: `${year - 1}-01-01`,
		endsOn: `${year + 1}-12-31`,
		organisationId: ngo,
		pressName: payloads[4]!,
		pressEmail: 'press@safe-passage.sample.example',
		pressPhone: '',
	})
	await expectRedirect(campaign)
	const campaignPath = new URL(campaign.headers()['location']!, 'http://x').pathname.replace(/\/edit$/, '')
	const png = Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==',
		'base64',
	)
	const upload = await admin.request.post(`${campaignPath}/kit`, {
		headers: { 'Sec-Fetch-Site': 'same-origin' },
		maxRedirects: 0,
		multipart: {
			kind: 'poster',
			language: 'en',
			file: { name: `<img src=x onerror=alert(31)>${marker}.png`, mimeType: 'image/png', buffer: png },
		},
	})
	await expectRedirect(upload)
	await expectRedirect(await postForm(admin, `${campaignPath}/edit?intent=publish`, {}))
	await expectRedirect(
		await postForm(admin, `${campaignPath}/reach`, {
			organisationId: ngo,
			kind: 'broadcast-audience',
			amount: '1200',
			country: 'FR',
			month: new Date().toISOString().slice(0, 7),
			source: `${payloads[0]} ${payloads[9]}`,
		}),
	)
	const story = await postForm(admin, '/en/news/new', {
		kind: 'news',
		sourceLanguage: 'en',
		organisationId: ngo,
		campaignId: '',
		embargoUntil: '',
		'title.en': `${marker} ${payloads[0]}`,
		'summary.en': payloads[1]!,
		'body.en': [...payloads, '[click](javascript:alert(32))', '<img src=x onerror=alert(33)>'].join('\n\n'),
		intent: 'submit',
	})
	await expectRedirect(story)
	const storyPath = new URL(story.headers()['location']!, 'http://x').pathname.replace(/\/edit$/, '')
	const moderator = await browser.newContext({ storageState: storageStates.moderator })
	await expectRedirect(await postForm(moderator, `${storyPath}/review`, { intent: 'publish', note: '' }))

	// The runner's own pages show the kit's hostile file name and the partner-reported source.
	const runnerPage = await admin.newPage()
	const runnerProblems = await watchForInjectedCode(runnerPage)
	for (const path of [`${campaignPath}/kit`, `${campaignPath}/reach`, '/en/network/focal-points'])
		await runnerPage.goto(path)
	await runnerPage.mouse.move(300, 300)
	expect(runnerProblems).toEqual([])
	for (const storageState of [undefined, storageStates.officer]) {
		const page = await (await browser.newContext({ storageState })).newPage()
		const problems = await watchForInjectedCode(page)
		for (const path of [
			'/en/network?country=MA',
			'/en/network/countries/MA',
			partnershipPath,
			'/en/network/partnerships',
			campaignPath,
			campaignPath.replace('/en/', '/ar/'),
			'/en/campaigns',
			storyPath,
			'/en/news',
			`/en/search?q=${marker}`,
		])
			await page.goto(path)
		await page.mouse.move(200, 300)
		await page.mouse.move(400, 500)
		await page.goto(campaignPath)
		await expect(page.getByRole('heading', { level: 1, name: `${marker} ${payloads[0]}` })).toBeVisible()
		expect(await page.locator('img[src="x"], iframe, svg[onload], math, a[href^="javascript" i]').count()).toBe(0)
		expect(problems).toEqual([])
	}
})
