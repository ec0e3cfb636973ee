import fc from 'fast-check'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { indicatorCounts, indicatorRollups, indicatorTargets } from '#app/db/schema/index.ts'
import { monthOf } from '#app/modules/indicators/months.ts'
import * as indicatorPage from '#app/routes/$lang+/indicators+/$indicatorId.tsx'
import * as indicatorCsv from '#app/routes/$lang+/indicators+/$indicatorId_.csv.ts'
import * as indicatorJson from '#app/routes/$lang+/indicators+/$indicatorId_.json.ts'
import * as dashboard from '#app/routes/$lang+/indicators+/_index.tsx'
import * as dashboardCsv from '#app/routes/$lang+/indicators+/csv.ts'
import * as dashboardJson from '#app/routes/$lang+/indicators+/json.ts'
import * as review from '#app/routes/$lang+/indicators+/review.tsx'
import * as reviewCsv from '#app/routes/$lang+/indicators+/review_.csv.ts'
import * as reviewJson from '#app/routes/$lang+/indicators+/review_.json.ts'
import * as targets from '#app/routes/$lang+/indicators+/targets.tsx'
import { createActor, signIn } from '#test/factories.ts'
import { oddText, oddValue } from '#test/odd-input.ts'
import { callRoute } from '#test/routes.ts'

const targetState = () => JSON.stringify(getDb().select().from(indicatorTargets).all())

test('any odd target form gets an answer, never a 500, and a refusal changes nothing', async () => {
	const coordinator = signIn((await createActor({ roles: ['platform_admin'] })).id).cookie
	const orgAdmin = signIn((await createActor({ roles: ['org_admin'] })).id).cookie
	const fields = fc.constantFrom('intent', 'indicator', 'year', 'place', 'target')
	await fc.assert(
		fc.asyncProperty(
			fc.dictionary(fields, oddValue),
			fc.constantFrom(coordinator, orgAdmin),
			async (values, cookie) => {
				const before = targetState()
				const response = await callRoute(targets.action, { path: '/en/indicators/targets', cookie, form: values })
				expect([302, 400, 403, 404]).toContain(response.status)
				if (response.status >= 400) expect(targetState()).toBe(before)
			},
		),
		{ numRuns: 60 },
	)
})

test('any odd indicator address or filter gets a page, a download or a clear refusal, never a 500', async () => {
	const month = monthOf(new Date())
	getDb()
		.insert(indicatorCounts)
		.values([
			{ series: 'enrolments', month, place: '', organisationId: '', breakdown: '', value: '', count: 9 },
			{ series: 'enrolments', month, place: 'FR', organisationId: '', breakdown: '', value: '', count: 3 },
		])
		.run()
	getDb()
		.insert(indicatorRollups)
		.values({ series: 'enrolments', doneThrough: month, countedThrough: month, updatedAt: new Date() })
		.run()
	const admin = await createActor({ roles: ['org_admin'] })
	const cookies = [
		undefined,
		signIn(admin.id).cookie,
		signIn((await createActor({ roles: ['platform_admin'] })).id).cookie,
	]
	const parameters = fc.constantFrom('period', 'place', 'organisation', 'page')
	const names = fc.oneof(oddText, fc.constantFrom('enrolments', 'feedback-answer-rate', 'csv', 'review'))
	await fc.assert(
		fc.asyncProperty(fc.dictionary(parameters, oddText), names, async (values, name) => {
			const query = new URLSearchParams(values).toString()
			for (const cookie of cookies) {
				for (const handler of [
					dashboard.loader,
					dashboardCsv.loader,
					dashboardJson.loader,
					review.loader,
					reviewCsv.loader,
					reviewJson.loader,
				]) {
					const response = await callRoute(handler, { path: `/en/indicators/x?${query}`, cookie })
					expect([200, 400, 403]).toContain(response.status)
				}
				for (const handler of [indicatorPage.loader, indicatorCsv.loader, indicatorJson.loader]) {
					const response = await callRoute(handler, {
						path: `/en/indicators/x?${query}`,
						params: { indicatorId: name },
						cookie,
					})
					expect([200, 400, 403, 404]).toContain(response.status)
				}
				const response = await callRoute(targets.loader, { path: `/en/indicators/targets?${query}`, cookie })
				expect([200, 302, 403]).toContain(response.status)
			}
		}),
		{ numRuns: 30 },
	)
}, 120_000)
