import { afterAll, beforeAll, expect, test } from 'vitest'
import { writeTransaction } from '#app/db/client.server.ts'
import { publishDocument } from '#app/modules/courses/publishing.server.ts'
import { rollUpIndicators } from '#app/modules/indicators/rollup.server.ts'
import { createPublishedCourse } from '#test/course-factories.ts'
import { createActor, createOrganisation, signIn } from '#test/factories.ts'
import { startHttpApp } from '#test/http-app.ts'
import { createLearner, enrolOn } from '#test/indicator-factories.ts'

/**
 * Names people typed (course titles, an organisation's name) reach the indicator page, its CSV and its JSON as
 * breakdown rows: each must stay text there, never markup a browser runs or a formula a spreadsheet runs.
 */

// A fixed clock for the roll-up; the pages read the real one, and ask for this year by name.
const now = new Date('2026-06-15T12:00:00Z')
const year = now.getUTCFullYear()
const day = 24 * 60 * 60 * 1000

const markupTitle = 'Border work <img src=x onerror=alert(1)> and <script>alert(2)</script>'
const formulaTitle = '=HYPERLINK("http://evil.example","x") course'
const organisationName = '<img src=x onerror=alert(3)> Harbour <script>alert(4)</script>'

const seeded = { coordinator: '', orgAdmin: '', organisationId: '', markupId: '', formulaId: '' }
let app: Awaited<ReturnType<typeof startHttpApp>>

/** A published course whose English title is the one given (a second revision of a factory course). */
async function courseTitled(title: string) {
	const published = await createPublishedCourse()
	const { document } = published
	const titled = { ...document, texts: { ...document.texts, en: { ...document.texts.en!, title } } }
	const revision = writeTransaction((tx) => publishDocument(tx, published.course.id, titled, null))!
	return { ...published, revision, document: titled, course: { ...published.course, publishedRevisionId: revision.id } }
}

beforeAll(async () => {
	const organisation = createOrganisation({ name: organisationName, country: 'PT' })
	const admin = await createActor({ roles: ['org_admin'], organisationId: organisation.id })
	const coordinator = await createActor({ roles: ['platform_admin'] })
	const markup = await courseTitled(markupTitle)
	const formula = await courseTitled(formulaTitle)
	for (const published of [markup, formula])
		for (let index = 0; index < 6; index++) {
			const learner = await createLearner('PT', organisation.id)
			enrolOn(learner.id, published, {
				enrolledAt: new Date(now.getTime() - 40 * day),
				completedAt: new Date(now.getTime() - 20 * day),
			})
		}
	await rollUpIndicators({ now })
	Object.assign(seeded, {
		coordinator: signIn(coordinator.id).cookie,
		orgAdmin: signIn(admin.id).cookie,
		organisationId: organisation.id,
		markupId: markup.course.id,
		formulaId: formula.course.id,
	})
	app = await startHttpApp()
}, 60_000)

afterAll(() => app.close())

const get = (path: string, cookie: string) => fetch(`${app.url}${path}`, { headers: { Cookie: cookie } })

const page = `/en/indicators/enrolments?period=${year}`
const comparison = () => `${page}&organisation=${seeded.organisationId}`
const download = (format: 'csv' | 'json') =>
	`/en/indicators/enrolments/${format}?period=${year}&organisation=${seeded.organisationId}`

/** RFC 4180 fields, enough to read back what `toCsv` wrote. */
function parseCsv(text: string) {
	const rows: string[][] = []
	let row: string[] = []
	let field = ''
	let quoted = false
	for (let at = 0; at < text.length; at++) {
		const char = text[at]!
		if (quoted && char === '"' && text[at + 1] === '"') {
			field += '"'
			at++
		} else if (char === '"') quoted = !quoted
		else if (quoted || (char !== ',' && char !== '\n')) field += char
		else {
			row.push(field.replace(/\r$/, ''))
			field = ''
			if (char === '\n') {
				rows.push(row)
				row = []
			}
		}
	}
	return rows
}

test('the indicator page shows typed names only escaped, for a coordinator with and without an organisation and for that organisation’s admin', async () => {
	const views = [
		await get(page, seeded.coordinator),
		await get(comparison(), seeded.coordinator),
		await get(page, seeded.orgAdmin),
	]
	for (const [index, response] of views.entries()) {
		expect(response.status).toBe(200)
		expect(response.headers.get('Content-Type')).toMatch(/^text\/html/)
		const html = await response.text()
		expect(html).not.toContain('<img src=x')
		expect(html).not.toContain('<script>alert')
		expect(html).not.toMatch(/onerror=alert\(\d\)>/)
		// The coordinator's own view has exact counts, so the course rows show; the organisation's views name it.
		if (index < 2) {
			expect(html).toContain('Border work &lt;img src=x onerror=alert(1)&gt; and &lt;script&gt;alert(2)&lt;/script&gt;')
			expect(html).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;) course')
		}
		if (index > 0)
			expect(html).toContain('&lt;img src=x onerror=alert(3)&gt; Harbour &lt;script&gt;alert(4)&lt;/script&gt;')
	}
}, 30_000)

test('the CSV defuses a title that is a formula and carries markup as plain text', async () => {
	const response = await get(download('csv'), seeded.coordinator)
	expect(response.status).toBe(200)
	expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
	expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; /)
	expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
	const text = (await response.text()).replace(/^\uFEFF/, '')
	// The formula's field begins with the apostrophe, inside quotes because the title holds quotes and a comma.
	expect(text).toContain(`,"'=HYPERLINK(""http://evil.example"",""x"") course",`)
	expect(text).not.toMatch(/(^|,)=HYPERLINK/m)

	const rows = parseCsv(text)
	const names = (table: string, item: string) =>
		rows.filter((row) => row[2] === table && row[3] === item).map((row) => row[4])
	for (const table of ['breakdown:course', 'organisation-breakdown:course']) {
		expect(names(table, seeded.markupId)).toEqual([markupTitle])
		expect(names(table, seeded.formulaId)).toEqual([`'${formulaTitle}`])
	}
	expect(names('organisation', seeded.organisationId)).toEqual([`${organisationName} (all countries)`])
	// Exact counts for the coordinator: six learners in each course.
	expect(rows.find((row) => row[2] === 'breakdown:course' && row[3] === seeded.markupId)?.[6]).toBe('6')
}, 30_000)

test('the JSON carries the names as plain strings, served as JSON the browser may not sniff', async () => {
	const response = await get(download('json'), seeded.coordinator)
	expect(response.status).toBe(200)
	expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
	expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; /)
	// Set for every response by the Express layer (server/security.ts), not by the route.
	expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
	const body = JSON.parse(await response.text()) as {
		organisation: { id: string; name: string }
		rows: { table: string; item: string; itemName: string; value: number | null }[]
	}
	expect(body.organisation).toEqual({ id: seeded.organisationId, name: organisationName })
	const row = (table: string, item: string) => body.rows.filter((one) => one.table === table && one.item === item)
	for (const table of ['breakdown:course', 'organisation-breakdown:course']) {
		expect(row(table, seeded.markupId)).toMatchObject([{ itemName: markupTitle, value: 6 }])
		expect(row(table, seeded.formulaId)).toMatchObject([{ itemName: formulaTitle, value: 6 }])
	}
	expect(row('organisation', seeded.organisationId)).toMatchObject([
		{ itemName: `${organisationName} (all countries)`, value: 12 },
	])
}, 30_000)
