/**
 * The pages `npm run bench` measures on the scale dataset, each signed out and, where what is shown depends on who
 * reads it, signed in: concrete paths come from the dataset's manifest (scripts/scale/), filters from its rows.
 */
import Database from 'better-sqlite3'
import path from 'node:path'
import { courseLevels } from '#app/modules/courses/vocabulary.ts'
import { type ScaleData } from '../scale/generate.ts'
import { getHtml, signIn } from './server.ts'

export type Reader = 'signed out' | 'officer' | 'organisation admin'
export type SitePage = { label: string; path: string; reader: Reader; cookie?: string; survivor?: boolean }

/** The filters a reader of the busiest place would choose: the country and sector with the most programmes. */
function busiestProgrammeFilters(dataDir: string) {
	const db = new Database(path.join(dataDir, 'atlas.db'), { readonly: true })
	try {
		const [country, sector] = db
			.prepare('select country, sector from programmes group by 1, 2 order by count(*) desc limit 1')
			.raw()
			.get() as [string, string]
		return new URLSearchParams({ country, sector }).toString()
	} finally {
		db.close()
	}
}

export async function sitePages(base: string, dataDir: string, landmarks: ScaleData['landmarks']): Promise<SitePage[]> {
	const { accounts } = landmarks
	const officer = await signIn(base, accounts.officer.email, { password: accounts.password })
	const orgAdmin = await signIn(base, accounts.orgAdmin.email, {
		password: accounts.password,
		totpKey: accounts.orgAdmin.totpKey ?? '',
	})
	const catalogue = `/en/courses?${new URLSearchParams({ language: 'fr', level: courseLevels[0] })}`
	const course = `/en/courses/${landmarks.course.slug}`
	const both = (label: string, pathname: string, cookie = officer, reader: Reader = 'officer'): SitePage[] => [
		{ label, path: pathname, reader: 'signed out' },
		{ label, path: pathname, reader, cookie },
	]
	return [
		...both('home', '/en'),
		...both('course catalogue, two filters', catalogue),
		...both('a course', course),
		{ label: 'a lesson', path: landmarks.lesson, reader: 'officer', cookie: officer },
		...both('library search, a query and two facets', landmarks.librarySearch),
		{ label: 'laws compared, four countries', path: landmarks.compare, reader: 'signed out' },
		...both('events', '/en/events'),
		{
			label: 'programmes, two filters',
			path: `/en/programmes?${busiestProgrammeFilters(dataDir)}`,
			reader: 'signed out',
			survivor: true,
		},
		{ label: 'certificate verification', path: landmarks.certificate.path, reader: 'signed out' },
		...both('indicators dashboard', '/en/indicators', orgAdmin, 'organisation admin'),
	]
}

/**
 * Survivors' pages beyond the programmes list, weighed but not loaded: a programme (the first the list shows) and
 * the support page in Arabic. Survivor pages must send no JavaScript at all.
 */
export async function survivorPagesToWeigh(base: string, programmesList: string): Promise<SitePage[]> {
	const html = await getHtml(`${base}${programmesList}`)
	const programme = [...html.matchAll(/href="(\/en\/programmes\/[^"/?#]+)"/g)]
		.map(([, href]) => href!)
		.find((href) => href !== '/en/programmes/compare')
	if (!programme) throw new Error(`No programme is listed on ${programmesList}.`)
	return [
		{ label: 'a programme', path: programme, reader: 'signed out', survivor: true },
		{ label: 'support', path: '/ar/support', reader: 'signed out', survivor: true },
	]
}
