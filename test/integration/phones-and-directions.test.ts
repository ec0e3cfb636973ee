import { afterAll, beforeAll, expect, test } from 'vitest'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { createCertificate, createPublishedCourse } from '#test/course-factories.ts'
import { createOrganisation, createUser } from '#test/factories.ts'
import { startHttpApp } from '#test/http-app.ts'
import { createPublishedDocument } from '#test/library-factories.ts'
import { createProgramme } from '#test/programme-factories.ts'

/**
 * Pages as a phone and a reader of the other direction get them: filters folded behind one control that says how
 * many are chosen, a comparison that says it scrolls, inserted names isolated in their own direction, lists and
 * counted words in the reader's language.
 */

let app: Awaited<ReturnType<typeof startHttpApp>>
let certificateCode = ''
const programmeSlugs: string[] = []

beforeAll(async () => {
	const holder = await createUser({ roles: ['officer'] })
	const authors = [
		await createUser({ roles: ['trainer'], organisationId: createOrganisation({ country: 'ES' }).id }),
		await createUser({ roles: ['trainer'], organisationId: createOrganisation({ country: 'MA' }).id }),
	]
	const published = await createPublishedCourse({ authorIds: authors.map((author) => author.id) })
	certificateCode = (await createCertificate(holder.id, new Date(), published)).code
	await createPublishedDocument({ texts: { ar: { title: 'دليل التعرّف على الضحايا', summary: 'ملخص.' } } })
	programmeSlugs.push(createProgramme().slug, createProgramme({ childcare: true }).slug)
	app = await startHttpApp()
}, 60_000)

afterAll(() => app.close())

async function page(path: string) {
	const response = await fetch(`${app.url}${path}`)
	expect(response.status, path).toBe(200)
	return response.text()
}

/** The one folding control's label, and whether the filters (found by one of their fields) sit inside it. */
function filterPanel(html: string, field: string) {
	const start = html.indexOf('<details class="filter-panel"')
	const end = html.indexOf('</details>', start)
	const fieldAt = html.indexOf(field)
	return {
		summary: start < 0 ? null : /<summary[^>]*>(.*?)<\/summary>/.exec(html.slice(start, end))?.[1],
		folded: start >= 0 && fieldAt > start && fieldAt < end,
		openOnArrival: /<details class="filter-panel"[^>]*\bopen\b/.test(html),
	}
}

test('on the library, the programmes and the courses, filters fold behind one control that counts those chosen', async () => {
	const chosen = (language: 'en' | 'ar', count: number) =>
		serverI18n(language).t('common:filterPanel.summary', { count })
	expect(filterPanel(await page('/en/library?language=ar&type=guideline'), 'class="facets"')).toEqual({
		summary: chosen('en', 2),
		folded: true,
		openOnArrival: false,
	})
	expect(filterPanel(await page('/en/programmes?free=on&childcare=on&sector=hospitality'), 'name="sector"')).toEqual({
		summary: chosen('en', 3),
		folded: true,
		openOnArrival: false,
	})
	expect(filterPanel(await page('/ar/courses'), 'name="topic"')).toEqual({
		summary: chosen('ar', 0),
		folded: true,
		openOnArrival: false,
	})
	// The words differ with the number, as each language counts.
	expect(new Set([0, 1, 2, 4, 11, 100].map((count) => chosen('ar', count))).size).toBe(6)
	expect(chosen('en', 1)).not.toBe(chosen('en', 2))
})

test('the programme comparison says it scrolls sideways, and its scrolling area takes keyboard focus', async () => {
	const html = await page(`/en/programmes/compare?p=${programmeSlugs[0]}&p=${programmeSlugs[1]}`)
	expect(html).toContain(serverI18n('en').t('programmes:compare.scrollHint'))
	expect(html).toMatch(/<div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">/)
})

test('a language name in a left-to-right facet is isolated, so its count stays after it', async () => {
	const html = await page('/en/library')
	const facets = html.slice(html.indexOf('class="facets"'), html.indexOf('</nav>', html.indexOf('class="facets"')))
	expect(facets).toMatch(/<bdi>العربية<\/bdi>/)
	// A result in another language says so with the name isolated too, so the date after it stays in place.
	expect(html).toContain('in <bdi>العربية</bdi>')
	expect((await page('/en/library?language=ar')).includes('(remove “<bdi>العربية</bdi>”)')).toBe(true)
})

test('the Arabic verification page isolates each name and lists issuers and trainers with Arabic words, not Latin commas', async () => {
	const html = await page(`/ar/verify/${certificateCode}`)
	const facts = html.slice(html.indexOf('<dl class="facts"'), html.indexOf('</dl>'))
	expect(facts).toMatch(/<bdi>Test course test-course-[^<]+<\/bdi>/)
	const issuers = /<dt>الجهة المانحة<\/dt><dd>(.*?)<\/dd>/.exec(facts)?.[1] ?? ''
	expect(issuers.match(/<bdi>Test organisation [^<]+<\/bdi>/g)).toHaveLength(3)
	expect(issuers).toContain(' و')
	expect(issuers).not.toMatch(/[,;] /)
	const trainers = /<dt>المدرّبون<\/dt><dd>(.*?)<\/dd>/.exec(facts)?.[1] ?? ''
	expect(trainers.match(/<bdi>Test Person [^<]+<\/bdi>/g)).toHaveLength(2)
	expect(trainers).not.toContain(', ')
})

test('course hours are counted with the Arabic plural', async () => {
	expect(await page('/ar/courses')).toContain('نحو ساعة واحدة')
	expect(serverI18n('ar').t('courses:facts.hours', { count: 4 })).toBe('نحو 4 ساعات')
	expect(serverI18n('ar').t('courses:facts.hours', { count: 2 })).toBe('نحو ساعتين')
	expect(serverI18n('ar').t('courses:facts.hours', { count: 12 })).toBe('نحو 12 ساعة')
})
