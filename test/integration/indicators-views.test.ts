import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { auditEvents, indicatorCounts, indicatorRollups, indicatorTargets } from '#app/db/schema/index.ts'
import { monthOf } from '#app/modules/indicators/months.ts'
import { rollUpIndicators } from '#app/modules/indicators/rollup.server.ts'
import { type SeriesId } from '#app/modules/indicators/vocabulary.ts'
import * as dashboardJson from '#app/routes/$lang+/indicators+/json.ts'
import * as dashboardCsv from '#app/routes/$lang+/indicators+/csv.ts'
import * as dashboard from '#app/routes/$lang+/indicators+/_index.tsx'
import * as indicatorPage from '#app/routes/$lang+/indicators+/$indicatorId.tsx'
import * as indicatorJson from '#app/routes/$lang+/indicators+/$indicatorId_.json.ts'
import * as indicatorCsv from '#app/routes/$lang+/indicators+/$indicatorId_.csv.ts'
import * as reviewJson from '#app/routes/$lang+/indicators+/review_.json.ts'
import * as targets from '#app/routes/$lang+/indicators+/targets.tsx'
import { createPublishedCourse, createCertificate } from '#test/course-factories.ts'
import { databaseSnapshot } from '#test/db-snapshot.ts'
import { createActor, createOrganisation, signIn } from '#test/factories.ts'
import { startHttpApp } from '#test/http-app.ts'
import { createLearner } from '#test/indicator-factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

// The views read the real clock: the figures are put in the current month of the current year.
const now = new Date()
const year = now.getUTCFullYear()
const month = monthOf(now)

type Row = {
	indicator: string
	table: string
	item: string
	value: number | null
	withheld?: true
	target?: number
	progress?: string
}
type Export = { view: string; period: string; place: string; suppressed: boolean; rows: Row[] }

const rowOf = (body: Export, indicator: string, table: string, item: string) =>
	body.rows.find((row) => row.indicator === indicator && row.table === table && row.item === item)

/** Roll-up rows put in directly, for a series whose cells a test needs exactly; the series counts as counted now. */
function putCounts(
	series: SeriesId,
	cells: { place?: string; organisationId?: string; breakdown?: string; value?: string; count: number }[],
) {
	const db = getDb()
	db.delete(indicatorCounts).where(eq(indicatorCounts.series, series)).run()
	db.insert(indicatorCounts)
		.values(
			cells.map((cell) => ({
				series,
				month,
				place: cell.place ?? '',
				organisationId: cell.organisationId ?? '',
				breakdown: cell.breakdown ?? '',
				value: cell.value ?? '',
				count: cell.count,
			})),
		)
		.run()
	const written = { countedThrough: month, updatedAt: now, countsToken: randomUUID() }
	db.insert(indicatorRollups)
		.values({ series, doneThrough: month, ...written })
		.onConflictDoUpdate({ target: indicatorRollups.series, set: written })
		.run()
}

let coordinator: string
let visitorApp: Awaited<ReturnType<typeof startHttpApp>>

beforeAll(async () => {
	coordinator = signIn((await createActor({ roles: ['platform_admin'] })).id).cookie
	visitorApp = await startHttpApp()
})

afterAll(async () => {
	await visitorApp.close()
})

test('a coordinator sets a target for certificates issued in one country, and that country’s dashboard shows value against target', async () => {
	const organisation = createOrganisation({ country: 'PT' })
	const course = await createPublishedCourse()
	for (let index = 0; index < 6; index++) {
		const learner = await createLearner('PT', organisation.id)
		await createCertificate(learner.id, now, course)
	}
	await rollUpIndicators({ now })

	const set = await callRoute(targets.action, {
		path: '/en/indicators/targets',
		cookie: coordinator,
		form: { intent: 'set', indicator: 'certificates-issued', year: String(year), place: 'PT', target: '10' },
	})
	expect(set.status).toBe(302)
	expect(getDb().select().from(indicatorTargets).all()).toMatchObject([
		{ indicator: 'certificates-issued', year, place: 'PT', target: 10 },
	])
	expect(getDb().select().from(auditEvents).where(eq(auditEvents.event, 'indicator-target-set')).all()).toHaveLength(1)

	for (const cookie of [coordinator, undefined]) {
		const response = await callRoute(dashboardJson.loader, {
			path: `/en/indicators/json?period=${year}&place=PT`,
			cookie,
		})
		expect(response.status).toBe(200)
		expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="atlas-indicators-${year}-PT.json"`)
		const body = await jsonOf<Export>(response)
		expect(rowOf(body, 'certificates-issued', 'value', String(year))).toMatchObject({
			value: 6,
			target: 10,
			progress: 'not-yet',
		})
		expect(rowOf(body, 'certificates-issued', 'trend', month)).toMatchObject({ value: 6 })
	}
	// All countries have no target of their own: the one set for Portugal stays with Portugal.
	const world = await jsonOf<Export>(
		await callRoute(dashboardJson.loader, { path: `/en/indicators/json?period=${year}` }),
	)
	expect(rowOf(world, 'certificates-issued', 'value', String(year))).not.toHaveProperty('target')

	const page = await jsonOf<{ view: { areas: { indicators: { id: string; target: number | null }[] }[] } }>(
		await callRoute(dashboard.loader, { path: `/en/indicators?period=${year}&place=PT` }),
	)
	const summary = page.view.areas.flatMap((area) => area.indicators).find((one) => one.id === 'certificates-issued')
	expect(summary).toMatchObject({ target: 10, value: { value: 6 }, progress: 'not-yet' })
}, 60_000)

test('a visitor sees a small country and its complement as “fewer than 5 or withheld” in the page, the CSV and the JSON; a coordinator sees the numbers', async () => {
	// Events held this month: France 3 (small), Germany 7, Morocco 10. France alone hidden would be the world less
	// the others, so Germany, the smallest other country, is hidden with it; Europe is France and Germany, 10.
	putCounts('events-held', [
		{ count: 20 },
		{ place: 'FR', count: 3 },
		{ place: 'DE', count: 7 },
		{ place: 'MA', count: 10 },
		{ place: 'region:europe', count: 10 },
		{ place: 'region:africa', count: 10 },
	])
	const path = `/en/indicators/events-held`
	const query = `?period=${year}`

	const html = await (await fetch(`${visitorApp.url}${path}${query}`)).text()
	const cellOf = (country: string) => new RegExp(`<bdi>${country}</bdi></th><td>([^<]*)</td>`).exec(html)?.[1]
	expect(cellOf('France')).toBe('fewer than 5 or withheld')
	expect(cellOf('Germany')).toBe('fewer than 5 or withheld')
	expect(cellOf('Morocco')).toBe('10')

	const csv = await (
		await callRoute(indicatorCsv.loader, { path: `${path}/csv${query}`, params: { indicatorId: 'events-held' } })
	).text()
	expect(csv).toContain(`events-held,Events held,country,FR,France,count,fewer than 5 or withheld,,`)
	expect(csv).toContain(`events-held,Events held,country,DE,Germany,count,fewer than 5 or withheld,,`)
	expect(csv).toContain(`events-held,Events held,country,MA,Morocco,count,10,,`)
	expect(csv).not.toMatch(/country,(FR|DE),[^,]*,count,[37],/)

	const json = await jsonOf<Export>(
		await callRoute(indicatorJson.loader, { path: `${path}/json${query}`, params: { indicatorId: 'events-held' } }),
	)
	expect(json.suppressed).toBe(true)
	expect(rowOf(json, 'events-held', 'country', 'FR')).toMatchObject({ value: null, withheld: true })
	expect(rowOf(json, 'events-held', 'country', 'DE')).toMatchObject({ value: null, withheld: true })
	expect(rowOf(json, 'events-held', 'country', 'MA')).toMatchObject({ value: 10 })

	// The same cell on France's own dashboard, in its month and its year.
	const france = await jsonOf<Export>(
		await callRoute(dashboardJson.loader, { path: `/en/indicators/json${query}&place=FR` }),
	)
	expect(rowOf(france, 'events-held', 'value', String(year))).toMatchObject({ value: null, withheld: true })
	expect(rowOf(france, 'events-held', 'trend', month)).toMatchObject({ value: null, withheld: true })
	const franceCsv = await (await callRoute(dashboardCsv.loader, { path: `/en/indicators/csv${query}&place=FR` })).text()
	expect(franceCsv).toMatch(new RegExp(`events-held,Events held,value,${year},[^\\n]*,count,fewer than 5 or withheld,`))

	const exact = await jsonOf<Export>(
		await callRoute(indicatorJson.loader, {
			path: `${path}/json${query}`,
			params: { indicatorId: 'events-held' },
			cookie: coordinator,
		}),
	)
	expect(exact.suppressed).toBe(false)
	expect(rowOf(exact, 'events-held', 'country', 'FR')).toMatchObject({ value: 3 })
	expect(rowOf(exact, 'events-held', 'country', 'DE')).toMatchObject({ value: 7 })
	expect(rowOf(exact, 'events-held', 'country', 'FR')).not.toHaveProperty('withheld')
})

test('an organisation admin sees their organisation’s breakdown beside the whole, and never another organisation’s', async () => {
	const own = createOrganisation({ name: 'Harbour Police Unit' })
	const other = createOrganisation({ name: 'Inland Border Agency' })
	const admin = signIn((await createActor({ roles: ['org_admin'], organisationId: own.id })).id).cookie
	putCounts('enrolments', [
		{ count: 40 },
		{ breakdown: 'gender', value: 'woman', count: 20 },
		{ breakdown: 'gender', value: 'man', count: 20 },
		{ organisationId: own.id, count: 12 },
		{ organisationId: own.id, breakdown: 'gender', value: 'woman', count: 6 },
		{ organisationId: own.id, breakdown: 'gender', value: 'man', count: 6 },
		{ organisationId: other.id, count: 28 },
		{ organisationId: other.id, breakdown: 'gender', value: 'woman', count: 14 },
		{ organisationId: other.id, breakdown: 'gender', value: 'man', count: 14 },
	])
	const call = (handler: typeof indicatorJson.loader, suffix: string, cookie?: string) =>
		callRoute(handler, { path: `/en/indicators/enrolments${suffix}`, params: { indicatorId: 'enrolments' }, cookie })

	const mine = await jsonOf<Export>(await call(indicatorJson.loader, `/json?period=${year}`, admin))
	expect(rowOf(mine, 'enrolments', 'organisation', own.id)).toMatchObject({ value: 12 })
	expect(rowOf(mine, 'enrolments', 'organisation-breakdown:gender', 'woman')).toMatchObject({ value: 6 })
	expect(rowOf(mine, 'enrolments', 'breakdown:gender', 'woman')).toMatchObject({ value: 20 })
	expect(JSON.stringify(mine)).not.toContain(other.id)

	for (const handler of [indicatorJson.loader, indicatorCsv.loader, indicatorPage.loader]) {
		expect((await call(handler, `?organisation=${other.id}`, admin)).status).toBe(403)
		expect((await call(handler, `?organisation=${own.id}`)).status).toBe(403)
	}
	expect(
		(await callRoute(dashboard.loader, { path: `/en/indicators?organisation=${other.id}`, cookie: admin })).status,
	).toBe(403)
	expect(
		(await callRoute(reviewJson.loader, { path: `/en/indicators/review/json?organisation=${other.id}`, cookie: admin }))
			.status,
	).toBe(403)

	// A coordinator picks any organisation, and sees it exactly; an id that is no organisation is a filter to fix.
	const picked = await jsonOf<Export>(
		await call(indicatorJson.loader, `/json?period=${year}&organisation=${other.id}`, coordinator),
	)
	expect(rowOf(picked, 'enrolments', 'organisation-breakdown:gender', 'man')).toMatchObject({ value: 14 })
	const unknown = await call(indicatorPage.loader, `?organisation=no-such-organisation`, coordinator)
	expect(unknown.status).toBe(400)
	expect(await unknown.json()).toMatchObject({
		problem: { field: 'organisation', message: 'pages.errors.unknown-organisation' },
	})
})

test('a visitor gets breakdowns for all countries together only; a coordinator gets them for a country too', async () => {
	putCounts('enrolments', [
		{ count: 40 },
		{ breakdown: 'gender', value: 'woman', count: 22 },
		{ breakdown: 'gender', value: 'man', count: 18 },
		{ place: 'FR', count: 40 },
		{ place: 'FR', breakdown: 'gender', value: 'woman', count: 22 },
		{ place: 'FR', breakdown: 'gender', value: 'man', count: 18 },
	])
	const call = (handler: typeof indicatorJson.loader, suffix: string, cookie?: string) =>
		callRoute(handler, { path: `/en/indicators/enrolments${suffix}`, params: { indicatorId: 'enrolments' }, cookie })

	const world = await jsonOf<Export>(await call(indicatorJson.loader, `/json?period=${year}`))
	expect(rowOf(world, 'enrolments', 'breakdown:gender', 'woman')).toMatchObject({ value: 22 })
	const france = await jsonOf<Export>(await call(indicatorJson.loader, `/json?period=${year}&place=FR`))
	expect(france.rows.filter((row) => row.table.startsWith('breakdown:'))).toEqual([])
	const page = await jsonOf<{ view: { breakdowns: unknown[]; breakdownsForAllCountriesOnly: boolean } }>(
		await call(indicatorPage.loader, `?period=${year}&place=FR`),
	)
	expect(page.view).toMatchObject({ breakdowns: [], breakdownsForAllCountriesOnly: true })

	const exact = await jsonOf<Export>(await call(indicatorJson.loader, `/json?period=${year}&place=FR`, coordinator))
	expect(rowOf(exact, 'enrolments', 'breakdown:gender', 'man')).toMatchObject({ value: 18 })
})

test('only coordinators set targets; bad input is answered 400 at its field and changes nothing', async () => {
	const form = { intent: 'set', indicator: 'events-held', year: String(year), place: 'FR', target: '12' }
	const officer = signIn((await createActor({ roles: ['officer'] })).id).cookie
	const orgAdmin = signIn((await createActor({ roles: ['org_admin'] })).id).cookie
	const before = databaseSnapshot()
	expect((await callRoute(targets.action, { path: '/en/indicators/targets', form })).status).toBe(302)
	for (const cookie of [officer, orgAdmin]) {
		expect((await callRoute(targets.action, { path: '/en/indicators/targets', form, cookie })).status).toBe(403)
		expect((await callRoute(targets.loader, { path: '/en/indicators/targets', cookie })).status).toBe(403)
	}
	expect(databaseSnapshot()).toEqual(before)

	const bad: [Record<string, string>, string, string][] = [
		[{ target: '-3' }, 'target', 'errors.wholeNumber'],
		[{ target: 'twelve' }, 'target', 'errors.wholeNumber'],
		[{ target: '' }, 'target', 'errors.required'],
		[{ indicator: 'officers-happy' }, 'indicator', 'errors.choose'],
		[{ indicator: 'feedback-answer-rate', target: '101' }, 'target', 'errors.numberRange?min=0&max=100'],
		[{ year: '26' }, 'year', 'errors.numberRange?min=2000&max=2100'],
		[{ year: '3026' }, 'year', 'errors.numberRange?min=2000&max=2100'],
		[{ place: 'XX' }, 'place', 'errors.choose'],
		[{ place: 'region:europe' }, 'place', 'errors.choose'],
	]
	for (const [change, field, message] of bad) {
		const response = await callRoute(targets.action, {
			path: '/en/indicators/targets',
			form: { ...form, ...change },
			cookie: coordinator,
		})
		expect(response.status, JSON.stringify(change)).toBe(400)
		expect((await response.json()).fieldErrors).toEqual({ [field]: [message] })
		expect(databaseSnapshot()).toEqual(before)
	}

	// A share's target is a percentage; setting the same indicator, year and place again replaces it.
	const share = { ...form, indicator: 'feedback-answer-rate', target: '100' }
	expect(
		(await callRoute(targets.action, { path: '/en/indicators/targets', form: share, cookie: coordinator })).status,
	).toBe(302)
	expect(
		(
			await callRoute(targets.action, {
				path: '/en/indicators/targets',
				form: { ...share, target: '80' },
				cookie: coordinator,
			})
		).status,
	).toBe(302)
	const stored = () =>
		getDb().select().from(indicatorTargets).where(eq(indicatorTargets.indicator, 'feedback-answer-rate')).all()
	expect(stored()).toMatchObject([{ year, place: 'FR', target: 80 }])

	const remove = { intent: 'remove', indicator: 'feedback-answer-rate', year: String(year), place: 'FR' }
	expect(
		(await callRoute(targets.action, { path: '/en/indicators/targets', form: remove, cookie: coordinator })).status,
	).toBe(302)
	expect(stored()).toEqual([])
	expect(
		(await callRoute(targets.action, { path: '/en/indicators/targets', form: remove, cookie: coordinator })).status,
	).toBe(404)
	expect(
		getDb().select().from(auditEvents).where(eq(auditEvents.event, 'indicator-target-removed')).all(),
	).toHaveLength(1)
})

test('a period or place the views do not know is answered 400 with the reason in the reader’s language', async () => {
	const page = await callRoute(dashboard.loader, { path: '/en/indicators?period=2026-Q5' })
	expect(page.status).toBe(400)
	expect(await page.json()).toMatchObject({
		view: null,
		problem: { field: 'period', message: 'pages.errors.unknown-period' },
	})
	const place = await callRoute(indicatorPage.loader, {
		path: '/en/indicators/events-held?place=Atlantis',
		params: { indicatorId: 'events-held' },
	})
	expect(place.status).toBe(400)
	expect(await place.json()).toMatchObject({ problem: { field: 'place' } })

	const csv = await callRoute(dashboardCsv.loader, { path: '/fr/indicators/csv?place=XX' })
	expect(csv.status).toBe(400)
	expect(await csv.text()).toBe('Choisissez dans la liste tous les pays, une région ou un pays.')
	const review = await callRoute(reviewJson.loader, { path: '/es/indicators/review/json?period=1066' })
	expect(review.status).toBe(400)
	expect(await review.text()).toContain('2026-Q3')

	expect(
		(await callRoute(indicatorPage.loader, { path: '/en/indicators/happiness', params: { indicatorId: 'happiness' } }))
			.status,
	).toBe(404)
	// A region is a place like a country; its values are read, and it has no target of its own.
	expect((await callRoute(dashboardJson.loader, { path: '/en/indicators/json?place=region:europe' })).status).toBe(200)
})

test('every indicator page renders in each language, with charts, the tables behind them and the downloads', async () => {
	putCounts('events-held', [{ count: 8 }, { place: 'FR', count: 8 }, { place: 'region:europe', count: 8 }])
	const get = (path: string, cookie?: string) =>
		fetch(`${visitorApp.url}${path}`, { redirect: 'manual', headers: cookie ? { Cookie: cookie } : {} })
	for (const language of ['en', 'fr', 'es', 'ar']) {
		for (const [path, cookie] of [
			[`/${language}/indicators?period=${year}`, undefined],
			[`/${language}/indicators?period=${year}&place=FR`, coordinator],
			[`/${language}/indicators/events-held?period=${year}`, undefined],
			[`/${language}/indicators/feedback-answer-rate`, coordinator],
			[`/${language}/indicators/review?period=${year}`, undefined],
			[`/${language}/indicators/targets`, coordinator],
		] as const) {
			const response = await get(path, cookie)
			expect(response.status, path).toBe(200)
			const body = await response.text()
			if (path.includes('targets')) continue
			expect(body, path).toMatch(/<caption[ >]/)
			if (!path.includes('review')) expect(body, path).toContain('role="img"')
			expect(body, path).toMatch(/href="[^"]*\/csv\?period=/)
			expect(body, path).toMatch(/href="[^"]*\/json\?period=/)
		}
	}
	const review = await (await get(`/en/indicators/review?period=${year}-Q1`)).text()
	expect(review).toContain(`<title>Review of the indicators: Q1 ${year}, All countries · Atlas</title>`)
	expect((await get('/en/indicators/targets')).status).toBe(302)
}, 120_000)
