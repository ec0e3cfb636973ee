/// <reference types="vite/client" />
import { afterAll, beforeAll, expect, test } from 'vitest'
import { writeTransaction } from '#app/db/client.server.ts'
import { addKitFile } from '#app/modules/campaigns/kit.server.ts'
import { attachFile } from '#app/modules/library/attachments.server.ts'
import { findDocument, publishRevision } from '#app/modules/library/store.server.ts'
import { setAgreement } from '#app/modules/network/partnership-progress.server.ts'
import { searchAtlas } from '#app/modules/search/search.server.ts'
import { publicPages } from '#app/modules/search/sitemap.server.ts'
import { languages } from '#app/platform/i18n.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { accessTable } from '#test/access-table.ts'
import { createCampaign, pngBytes } from '#test/campaign-factories.ts'
import { createCertificate, createCohort, createPublishedCourse } from '#test/course-factories.ts'
import { createEvent } from '#test/event-factories.ts'
import { createActor, createOrganisation, signIn } from '#test/factories.ts'
import { startHttpApp } from '#test/http-app.ts'
import { createFramework } from '#test/law-factories.ts'
import { createPublishedDocument } from '#test/library-factories.ts'
import { createFocalPoint, createProfile } from '#test/network-factories.ts'
import { createPublishedStory } from '#test/news-factories.ts'
import { createPartnership } from '#test/partnership-factories.ts'

/**
 * "Focal points never appear to a signed-out visitor or in any export." Two organisations serve Iceland: a police
 * unit (a members-only profile) and an NGO (a public profile), each with a focal point whose title and channel carry
 * a word found nowhere else, so any body that holds one of those words has leaked a focal point.
 */
const secretWords = ['zephyr', 'quillon']
const policeFocalPoint = {
	titles: { en: 'Zephyr desk 7731', fr: 'Bureau Zephyr 7731' },
	channel: 'zephyr7731@desk.example',
}
const ngoFocalPoint = { titles: { en: 'Quillon desk 4417' }, channel: 'quillon4417@desk.example' }
const country = 'IS'

type RouteModule = Record<string, unknown>
const routeFiles = import.meta.glob<RouteModule>('../../app/routes/**/*.{ts,tsx}')
const routeModules = Object.fromEntries(
	Object.entries(routeFiles)
		.filter(([file]) => !file.split('/').at(-1)!.startsWith('__') && !file.includes('.test.'))
		.map(([file, load]) => [file.replace('../../app/routes/', '').replace(/\.tsx?$/, ''), load]),
)

/** Named like a file, or a resource route (a loader and no page): whatever it answers leaves Atlas as it is. */
const namedLikeAFile = /(\.csv|\.pdf|\.ics|\$file|\[\.(json|xml|atom|txt)\])$/

async function exportRouteIds() {
	const found: string[] = []
	for (const [id, load] of Object.entries(routeModules)) {
		const module = await load()
		const resource = typeof module.loader === 'function' && typeof module.default !== 'function'
		if (resource || namedLikeAFile.test(id)) found.push(id)
	}
	return found.sort()
}

let police: { id: string; name: string }
let ngo: { id: string; name: string }
let platformAdmin: Actor
let officer: Actor
let app: Awaited<ReturnType<typeof startHttpApp>>
/** What each placeholder of an access-table path stands for here. */
const fixtures: Record<string, string> = { country: 'PT', compared: 'PT,ES' }

beforeAll(async () => {
	police = createOrganisation({ name: 'Borealis Gendarmerie', country })
	ngo = createOrganisation({ name: 'Lantern Shelter NGO', country })
	const policeAdmin = await createActor({ roles: ['org_admin'], organisationId: police.id })
	const ngoAdmin = await createActor({ roles: ['org_admin'], organisationId: ngo.id })
	platformAdmin = await createActor({ roles: ['platform_admin'] })
	officer = await createActor({ roles: ['officer'] })
	createProfile(policeAdmin, { kind: 'police', isPublic: false, countries: [country] })
	createProfile(ngoAdmin, { kind: 'ngo', isPublic: true, countries: [country] })
	fixtures.focalPoint = createFocalPoint(policeAdmin, { ...policeFocalPoint, countries: [country] }).id
	createFocalPoint(ngoAdmin, { ...ngoFocalPoint, countries: [country] })
	fixtures.profile = ngo.id

	// Everything else an export can carry belongs to the police unit, so an export joining an organisation to its
	// focal points would show one.
	const partnership = createPartnership(policeAdmin, { partnerIds: [police.id, ngo.id] })
	for (const [admin, organisation] of [
		[policeAdmin, police],
		[ngoAdmin, ngo],
	] as const) {
		const agreed = setAgreement(admin, partnership.slug, organisation.id, true, new Date())
		if (!agreed.ok) throw new Error(`The partnership was not agreed: ${agreed.reason}`)
	}
	fixtures.partnership = partnership.slug
	const campaign = createCampaign(policeAdmin, { partnerIds: [ngo.id] }, { publish: true })
	const poster = addKitFile(
		policeAdmin,
		campaign.slug,
		{ bytes: pngBytes(), name: 'poster.png', kind: 'poster', language: 'en' },
		new Date(),
	)
	if (!poster.ok) throw new Error(`The poster was refused: ${poster.reason}`)
	fixtures.campaign = campaign.slug
	fixtures.material = poster.id
	const reviewer = await createActor({ roles: ['moderator'] })
	fixtures.story = createPublishedStory(policeAdmin, reviewer).slug
	fixtures.event = createEvent(policeAdmin, { audience: 'public' }).slug

	// The exports of other areas, filled so that each answers its readers rather than 404.
	const { course } = await createPublishedCourse({ authorIds: [platformAdmin.id] })
	fixtures.course = course.slug
	fixtures.courseId = course.id
	fixtures.cohort = createCohort(course.id, {}, [platformAdmin.id]).id
	fixtures.certificate = (await createCertificate(platformAdmin.id)).code
	const document = await createPublishedDocument({ texts: { en: { title: 'Export briefing', summary: 'Public.' } } })
	const attached = attachFile(platformAdmin, document.id, {
		bytes: new TextEncoder().encode('%PDF-1.4 annex'),
		name: 'annex.pdf',
	})
	if (!attached.ok) throw new Error('The attachment was refused')
	writeTransaction((tx) => {
		const row = findDocument(document.id, tx)!
		publishRevision(tx, row, row.draft, { authorId: row.authorId, publishedBy: null }, new Date())
	})
	fixtures.document = document.slug
	fixtures.attachment = findDocument(document.id)!.draft.attachments[0]!.hash
	createFramework('PT')
	createFramework('ES')

	app = await startHttpApp({ RATE_LIMIT_FACTOR: 100 })
}, 60_000)

afterAll(() => app?.close())

const placeholders = (path: string) => [...path.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1]!)
const fill = (path: string) => path.replace(/:([A-Za-z]+)/g, (_, name: string) => fixtures[name] ?? 'none')

/** A fresh session each time: some routes (sign-out) end the one they are given. */
async function get(path: string, reader: Actor | null = null) {
	const headers: Record<string, string> = reader ? { Cookie: signIn(reader.id).cookie } : {}
	const response = await fetch(`${app.url}${path}`, { redirect: 'manual', headers })
	// Binary answers are read byte for byte. A PDF's compressed text escapes this, but the only PDF, a certificate,
	// is built from its course and holder alone.
	const body = Buffer.from(await response.arrayBuffer()).toString('latin1')
	return { status: response.status, type: response.headers.get('Content-Type') ?? '', body }
}

const secretsIn = (text: string) => secretWords.filter((word) => text.toLowerCase().includes(word))

test('no export or feed holds a focal point, read by a platform admin or by a visitor', async () => {
	const exports = await exportRouteIds()
	// The ones known today, so a change to how exports are found cannot quietly shrink the list.
	expect(exports).toEqual(
		expect.arrayContaining([
			'sitemap[.xml]',
			'robots[.txt]',
			'$lang+/news[.atom]',
			'events.$file',
			'$lang+/events+/$slug_.registrants_.csv',
			'$lang+/campaigns+/$slug_.kit_.$materialId',
			'$lang+/laws+/compare_.csv',
			'$lang+/admin+/certificates_.csv',
		]),
	)
	let answered = 0
	for (const id of exports) {
		const access = accessTable[id]
		expect(access?.loader, `${id} answers GET but has no loader entry in test/access-table.ts`).toBeDefined()
		const missing = placeholders(access!.path).filter((name) => !(name in fixtures))
		expect(
			missing,
			`${id} is an export: create what :${missing.join(', :')} stands for in network-exports.test.ts, so it is checked for focal points`,
		).toEqual([])
		for (const [visitor, reader] of [
			['platform_admin', platformAdmin],
			['signed-out', null],
		] as const) {
			const answer = await get(fill(access!.path), reader)
			expect(answer.status, `${id} as ${visitor}`).toBeLessThan(500)
			// The fixtures must make the export answer whoever the access table lets read it, or the check is empty.
			if (access!.loader![visitor] === 'ok') expect(answer.status, `${id} as ${visitor}`).toBe(200)
			if (answer.status === 200) answered++
			expect(secretsIn(answer.body), `${id} as ${visitor} leaks a focal point`).toEqual([])
		}
	}
	expect(answered).toBeGreaterThanOrEqual(15)
}, 120_000)

test('the site map and a signed-out search never hold a focal point or a members-only profile; a member finds both', async () => {
	const pages = publicPages()
	expect(pages.map((page) => page.path)).toContain(`/network/organisations/${ngo.id}`)
	expect(pages.filter((page) => page.path.includes(police.id) || page.path.includes('focal-point'))).toEqual([])
	expect(secretsIn(JSON.stringify(pages))).toEqual([])
	const siteMap = await get('/sitemap.xml')
	expect(siteMap.status).toBe(200)
	expect(siteMap.body).toContain(`/network/organisations/${ngo.id}`)
	expect(siteMap.body).not.toContain(police.id)
	expect(secretsIn(siteMap.body)).toEqual([])

	const search = async (reader: Actor | null, language: (typeof languages)[number], query: string) =>
		(await searchAtlas(reader, language, { query, filters: {}, sort: 'relevance', page: 1 })).hits
	const queries = [
		'Zephyr desk',
		'Bureau Zephyr',
		policeFocalPoint.channel,
		'Quillon desk',
		ngoFocalPoint.channel,
		police.name,
		'Iceland referral',
	]
	for (const language of languages) {
		for (const query of queries) {
			const hits = await search(null, language, query)
			expect(
				hits.filter((hit) => hit.kind === 'focal-point'),
				`${language}: ${query}`,
			).toEqual([])
			expect(
				hits.filter((hit) => hit.path.includes(police.id)),
				`${language}: ${query}`,
			).toEqual([])
			expect(secretsIn(JSON.stringify(hits)), `${language}: ${query}`).toEqual([])
		}
	}
	const memberHits = await search(officer, 'en', 'Zephyr desk')
	expect(memberHits.some((hit) => hit.kind === 'focal-point' && hit.title === 'Zephyr desk 7731')).toBe(true)
	expect((await search(officer, 'fr', 'Bureau Zephyr')).some((hit) => hit.title === 'Bureau Zephyr 7731')).toBe(true)
	expect((await search(officer, 'en', 'Quillon desk')).some((hit) => hit.kind === 'focal-point')).toBe(true)
	expect(
		(await search(officer, 'en', police.name)).some(
			(hit) => hit.kind === 'organisation' && hit.path === `/network/organisations/${police.id}`,
		),
	).toBe(true)
})

test('no network page a visitor opens, in any language, holds a focal point or the police unit', async () => {
	for (const language of languages) {
		const pages = [
			`/${language}/network`,
			`/${language}/network?country=${country}`,
			`/${language}/network?country=${country}&area=referral&language=en`,
			`/${language}/network?kind=police`,
			`/${language}/network/countries/${country}`,
			`/${language}/network/organisations/${ngo.id}`,
			`/${language}/network/partnerships`,
			`/${language}/network/partnerships/${fixtures.partnership}`,
			// The search page repeats the query, so the query names what a focal point holds except its secret word.
			`/${language}/search?q=desk+7731`,
			`/${language}/search?q=desk+4417`,
			`/${language}/search?q=Iceland+referral`,
		]
		for (const path of pages) {
			const page = await get(path)
			expect(page.status, path).toBe(200)
			expect(page.type, path).toMatch(/^text\/html/)
			expect(secretsIn(page.body), path).toEqual([])
		}
		const countryPage = await get(`/${language}/network/countries/${country}`)
		expect(countryPage.body).toContain(ngo.name)
		expect(countryPage.body).not.toContain(police.name)
		const policePage = await get(`/${language}/network/organisations/${police.id}`)
		expect(policePage.status).toBe(404)
		expect(policePage.body).not.toContain(police.name)
		expect(secretsIn(policePage.body)).toEqual([])
	}
	// The same pages do show the focal points to a member: the visitor's pages were empty of them, not broken.
	const memberCountry = await get(`/en/network/countries/${country}`, officer)
	expect(memberCountry.body).toContain('Zephyr desk 7731')
	expect(memberCountry.body).toContain('quillon4417@desk.example')
	expect((await get(`/en/network/organisations/${ngo.id}`, officer)).body).toContain('Quillon desk 4417')
}, 120_000)

test('no page or file any visitor can ask for holds a focal point', async () => {
	const exports = await exportRouteIds()
	let checked = 0
	for (const [id, access] of Object.entries(accessTable)) {
		if (!access.loader) continue
		const answer = await get(fill(access.path))
		expect(answer.status, id).toBeLessThan(500)
		expect(secretsIn(answer.body), `${id} (${fill(access.path)}) leaks a focal point to a visitor`).toEqual([])
		// Anything answered as other than a page is an export, and so in the first test's list.
		if (answer.status === 200 && !answer.type.startsWith('text/html')) expect(exports, id).toContain(id)
		checked++
	}
	expect(checked).toBeGreaterThan(100)
}, 180_000)
