/**
 * The people and courses of the indicators' dataset, planned before anything is written: countries, organisations,
 * officers and the course catalogue with its cohorts. Pure and seeded: item n of each kind has its own random
 * stream, so the same seed and size give the same rows on every machine. Names, slugs and addresses are fictional
 * (`Bench …`, `@bench.example`).
 */
import { createHash } from 'node:crypto'
import { type Gender } from '#app/modules/accounts/vocabulary.ts'
import { type CourseDocument, type Lesson } from '#app/modules/courses/document.ts'
import { type Language } from '#app/platform/i18n.ts'
import { between, chance, pick, randomStream, type Random, WeightedDraw, WeightedValues } from './random.ts'

export const dayMs = 24 * 60 * 60 * 1000
/** How far back the learning activity goes: two years, inside the roll-up's first three. */
export const activityDays = 730

/** Each kind of item draws from its own streams, so adding one kind never changes another's rows. */
export const streams = { organisation: 1, user: 2, course: 3, learning: 4, event: 5, registration: 6 } as const

/**
 * A UUID-shaped id named by what it is (`idOf(seed, 'user', 17)`): random-looking like the app's own, so rows
 * spread over the indexes as theirs do, yet the same on every run; unique where the names are.
 */
export function idOf(...parts: readonly (string | number)[]) {
	const hex = createHash('sha256')
		.update(`bench:${parts.join(':')}`)
		.digest('hex')
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/**
 * Sixty countries over the five regions, busiest first: a country's share of the officers falls with its rank
 * (1 / rank^0.9), so a few countries hold many and the last ones only a few hundred, as on the real platform.
 */
export const benchCountries = [
	...['NG', 'FR', 'TH', 'MX', 'RO', 'EG', 'PH', 'ES', 'KE', 'DE', 'IN', 'JO', 'MA', 'IT', 'VN', 'BR', 'GH', 'UA'],
	...['ID', 'LB', 'SN', 'PL', 'CO', 'MD', 'KH', 'TN', 'GR', 'IQ', 'BD', 'BG', 'US', 'CI', 'NL', 'AE', 'ET', 'LA'],
	...['PT', 'GT', 'ZA', 'BE', 'MM', 'SA', 'UG', 'AT', 'NP', 'PE', 'CM', 'CH', 'QA', 'ML', 'GB', 'AR', 'NE', 'SE'],
	...['KW', 'HU', 'OM', 'RS', 'AL', 'CZ'],
] as const

const countryDraw = new WeightedDraw(benchCountries.map((_, rank) => 1 / (rank + 1) ** 0.9))

/** The language an officer of the country reads Atlas in; the rest of the world reads English. */
function localeOf(country: string, random: Random): Language {
	if (['FR', 'BE', 'CH', 'SN', 'CI', 'ML', 'NE', 'CM'].includes(country)) return 'fr'
	if (['ES', 'MX', 'CO', 'GT', 'PE', 'AR'].includes(country)) return 'es'
	if (['EG', 'JO', 'LB', 'IQ', 'AE', 'SA', 'QA', 'KW', 'OM'].includes(country)) return 'ar'
	if (country === 'MA' || country === 'TN') return chance(random, 0.5) ? 'ar' : 'fr'
	return 'en'
}

export type OrganisationType = 'agency' | 'ngo' | 'international' | 'other'
const organisationTypes = new WeightedValues<OrganisationType>([
	['agency', 60],
	['ngo', 25],
	['international', 10],
	['other', 5],
])
const organisationWords: Record<OrganisationType, string> = {
	agency: 'Bench Police Unit',
	ngo: 'Bench Support Network',
	international: 'Bench International Office',
	other: 'Bench Training Centre',
}

export type PlannedOrganisation = { id: string; name: string; country: string; type: OrganisationType }

export function planOrganisation(seed: number, n: number): PlannedOrganisation {
	const random = randomStream(seed, streams.organisation, n)
	const type = organisationTypes.draw(random)
	const country = benchCountries[countryDraw.draw(random)]!
	return { id: idOf(seed, 'organisation', n), name: `${organisationWords[type]} ${n + 1} (${country})`, country, type }
}

/** Organisations' sizes fall with their number (1 / rank^0.7): a national agency has thousands, most a few dozen. */
export const organisationSizes = (count: number) =>
	new WeightedDraw(Array.from({ length: count }, (_, n) => 1 / (n + 1) ** 0.7))

/**
 * Where in the two years something falls, from 0 to 1, more often later as the platform grew: the density rises
 * from 1 to 1 + `growth`.
 */
export const grown = (u: number, growth = 1.5) => (Math.sqrt(1 + 2 * growth * u * (1 + growth / 2)) - 1) / growth

/** A third of the officers joined before the two years of activity; the others during them, more of them lately. */
function joinedAt(random: Random, now: number) {
	const start = now - activityDays * dayMs
	if (chance(random, 0.35)) return start - Math.floor(random() * 180 * dayMs)
	return start + Math.floor(grown(random()) * activityDays * dayMs)
}

export type PlannedUser = {
	id: string
	email: string
	name: string
	country: string
	organisation: number
	gender: Gender | null
	locale: Language
	createdAt: number
}

const genders = new WeightedValues<Gender | null>([
	[null, 30],
	['man', 38],
	['woman', 29],
	['another', 3],
])

/** An officer: in an organisation, most in its country, some serving elsewhere (a liaison officer abroad). */
export function planUser(
	seed: number,
	n: number,
	world: { organisations: readonly PlannedOrganisation[]; sizes: WeightedDraw; now: number },
): PlannedUser {
	const random = randomStream(seed, streams.user, n)
	const organisation = world.sizes.draw(random)
	const country = chance(random, 0.85)
		? world.organisations[organisation]!.country
		: benchCountries[countryDraw.draw(random)]!
	const number = String(n + 1).padStart(6, '0')
	return {
		id: idOf(seed, 'user', n),
		email: `bench.officer.${number}@bench.example`,
		name: `Bench Officer ${number}`,
		country,
		organisation,
		gender: genders.draw(random),
		locale: localeOf(country, random),
		createdAt: joinedAt(random, world.now),
	}
}

export type PlannedCourse = {
	id: string
	revisionId: string
	slug: string
	organisation: number
	document: CourseDocument
	/** The lessons in order, with whether completion asks for each. */
	lessons: { id: string; required: boolean }[]
	publishedAt: number
	/** Index of the course whose completion renews this one's certificate. */
	refresher: number | null
}

const words = (
	'border victim referral evidence interview cooperation identification protection labour exploitation child ' +
	'online financial investigation prosecution prevention indicator screening shelter partner case network ' +
	'trafficking smuggling recruitment debt recovery witness hotline outreach procedure safeguarding rights'
).split(' ')

/** Filler text of about `length` characters: the documents weigh what real lessons weigh when pages parse them. */
function filler(random: Random, length: number) {
	const out: string[] = []
	let size = 0
	while (size < length) {
		const sentence = Array.from({ length: between(random, 6, 14) }, () => pick(random, words)).join(' ')
		out.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`)
		size += sentence.length + 2
	}
	return out.join(' ')
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

const otherLanguages: Language[] = ['fr', 'es', 'ar']
const validities = new WeightedValues<number | null>([
	[null, 30],
	[12, 30],
	[24, 30],
	[36, 10],
])

/**
 * A published course of 4 to 16 lessons (about 10), under half of them required; in English, often with
 * translations. The first twentieth of the catalogue are short refresher courses that renew the others'
 * certificates; 15% of the rest run in cohorts only.
 */
export function planCourse(seed: number, n: number, count: number, organisations: number, now: number): PlannedCourse {
	const random = randomStream(seed, streams.course, n)
	const refreshers = Math.max(1, Math.round(count / 20))
	const isRefresher = n < refreshers
	const languages: Language[] = ['en', ...otherLanguages.filter(() => chance(random, 0.35))]
	const title = `Bench course ${n + 1}: ${Array.from({ length: 4 }, () => pick(random, words)).join(' ')}`
	const lessonCount = isRefresher ? between(random, 3, 5) : between(random, 4, 16)
	const lessonList: Lesson[] = Array.from({ length: lessonCount }, (_, index) => {
		const texts = Object.fromEntries(
			languages.map((language) => {
				const body = filler(random, between(random, 1_000, 3_000))
				return [language, { title: `Lesson ${index + 1}`, body, build: sha256(body), edition: 1 }]
			}),
		)
		return { id: `lesson-${index + 1}`, minutes: between(random, 10, 45), required: chance(random, 0.45), texts }
	})
	// Completion needs at least one required lesson.
	lessonList[lessonCount - 1]!.required = true
	const moduleCount = Math.min(lessonCount, between(random, 2, 4))
	const perModule = Math.ceil(lessonCount / moduleCount)
	const modules = Array.from({ length: moduleCount }, (_, index) => ({
		id: `module-${index + 1}`,
		texts: Object.fromEntries(languages.map((language) => [language, { title: `Module ${index + 1}`, edition: 1 }])),
		lessons: lessonList.slice(index * perModule, (index + 1) * perModule),
		quiz: null,
	})).filter((module) => module.lessons.length)
	const validity = isRefresher ? 24 : validities.draw(random)
	const refresher = !isRefresher && validity !== null && chance(random, 0.5) ? between(random, 0, refreshers - 1) : null
	const document: CourseDocument = {
		sourceLanguage: 'en',
		level: isRefresher ? 'foundation' : pick(random, ['foundation', 'intermediate', 'advanced'] as const),
		format: isRefresher ? 'self-paced' : chance(random, 0.15) ? 'cohort' : pick(random, ['self-paced', 'blended']),
		topics: [pick(random, ['identification', 'investigation', 'victim-support', 'cross-border-cooperation'] as const)],
		competencies: [pick(random, ['victim-identification', 'evidence-gathering', 'referral-and-protection'] as const)],
		estimatedHours: between(random, 1, 20),
		certificateValidityMonths: validity,
		refresherCourse: refresher === null ? null : `bench-course-${refresher + 1}`,
		sources: [],
		texts: Object.fromEntries(
			languages.map((language) => [
				language,
				{
					title: language === 'en' ? title : `${title} (${language})`,
					summary: filler(random, 300),
					outcomes: [filler(random, 60)],
					certificate: `Certificate of ${title}`,
					edition: 1,
				},
			]),
		),
		modules,
		questions: [],
	}
	return {
		id: idOf(seed, 'course', n),
		revisionId: idOf(seed, 'revision', n),
		slug: `bench-course-${n + 1}`,
		organisation: between(random, 0, organisations - 1),
		document,
		lessons: lessonList.map((lesson) => ({ id: lesson.id, required: lesson.required })),
		publishedAt: now - (activityDays + 60) * dayMs,
		refresher,
	}
}

/** Courses are chosen by popularity (1 / rank^0.8); refreshers are taken only to renew. */
export const coursePopularity = (count: number) => {
	const refreshers = Math.max(1, Math.round(count / 20))
	return new WeightedDraw(
		Array.from({ length: count }, (_, n) => (n < refreshers ? 0 : 1 / (n - refreshers + 1) ** 0.8)),
	)
}

export type PlannedCohort = {
	id: string
	course: number
	title: string
	startsOn: number
	endsOn: number
	opensAt: number
	closesAt: number
}

/** A cohort course starts a run each month, from before the activity began to two months ahead. */
export function planCohorts(seed: number, courses: readonly PlannedCourse[], now: number): PlannedCohort[] {
	const cohorts: PlannedCohort[] = []
	const months = Math.ceil(activityDays / 30)
	courses.forEach((course, index) => {
		if (course.document.format !== 'cohort') return
		const random = randomStream(seed, streams.course, index, 1)
		for (let month = -months; month <= 2; month++) {
			const startsOn = now + (month * 30 + between(random, 0, 25)) * dayMs
			cohorts.push({
				id: idOf(seed, 'cohort', index, month),
				course: index,
				title: `Bench cohort ${course.slug} ${month + months + 1}`,
				startsOn,
				endsOn: startsOn + between(random, 28, 60) * dayMs,
				opensAt: startsOn - 45 * dayMs,
				closesAt: startsOn - dayMs,
			})
		}
	})
	return cohorts
}
