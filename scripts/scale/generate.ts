/**
 * The scale dataset of issue 22, part by part, into the database DATA_DIR names (migrated, empty): people,
 * organisations, courses, learning, certificates and events from the issue-21 generator (dressed with texts and
 * quizzes here), then lesson builds, quiz attempts, the benchmark's accounts, the library, forums, programmes and
 * laws, the search index, and the indicators' full recount. Deterministic from the seed and `now` (dates are
 * counted back from it), but for password hashes and the encrypted TOTP keys, which are salted.
 * Import this once DATA_DIR is set: the app reads its settings when first used.
 */
import fs from 'node:fs'
import { getDb } from '#app/db/client.server.ts'
import { recountIndicators } from '#app/modules/indicators/rollup.server.ts'
import { regionOf } from '#app/platform/regions.ts'
import { generateIndicatorsData } from '../bench/indicators-data.ts'
import { type Report } from '../bench/indicators-writers.ts'
import { benchCountries, type PlannedCourse } from '../bench/indicators-world.ts'
import { describeLibrary, libraryFacets } from '../bench/library-generator.ts'
import { scaleAccounts, scalePassword, writeScaleAccounts } from './accounts.ts'
import { compileLessonBuilds, dressCourse, finalQuizId, writeTaughtElements } from './courses.ts'
import { dressEvent, writeEventOrganisers } from './events.ts'
import { writeCategories, writeThreads } from './forums.ts'
import { writeAgreements, writeFrameworks } from './laws.ts'
import { writeLibrary } from './library.ts'
import { writeProgrammes } from './programmes.ts'
import { writeQuizAttempts } from './quizzes.ts'
import { buildSearchIndex } from './search-index.ts'
import { type ScaleSizes } from './sizes.ts'
import { Texts } from './text.ts'

export type ScaleOptions = { sizes: ScaleSizes; seed: number; now: Date }

/** The tables whose rows the report counts, in the order it lists them. */
export const countedTables = [
	...['organisations', 'users', 'courses', 'cohorts', 'enrolments', 'lesson_completions', 'quiz_attempts'],
	...['certificates', 'course_feedback', 'follow_up_surveys', 'lesson_builds', 'library_documents', 'events'],
	...['event_registrations', 'event_organisers', 'forum_categories', 'forum_threads', 'forum_posts', 'programmes'],
	...['programme_texts', 'law_frameworks', 'law_revisions', 'law_agreements', 'search_entries', 'search_words'],
	'indicator_counts',
]

const mostChosen = <T>(entries: readonly (readonly [T, number])[]) =>
	entries.reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0]

export async function generateScaleData(options: ScaleOptions, progress: Report) {
	const { sizes, seed, now } = options
	const db = getDb()
	const sqlite = db.$client
	const seconds: Record<string, number> = {}
	const part = async <T>(name: string, work: () => T | Promise<T>) => {
		progress(`${name}…`)
		const started = performance.now()
		const result = await work()
		seconds[name] = (performance.now() - started) / 1000
		progress(`  ${name}: ${seconds[name]!.toFixed(1)} s`)
		return result
	}
	// The library's vocabulary writes every text of the dataset.
	const library = describeLibrary({ documents: sizes.documents, seed })
	const texts = new Texts(library)
	const courses: PlannedCourse[] = []

	progress(`People, courses, learning and events for ${sizes.users.toLocaleString('en')} users (issue-21 generator)…`)
	const base = generateIndicatorsData(
		sqlite,
		{
			users: sizes.users,
			seed,
			now,
			dress: {
				course: (course, n) => courses[courses.push(dressCourse(texts, seed, course, n)) - 1]!,
				events: { count: sizes.events, dress: (event, index) => dressEvent(texts, seed, event, index) },
			},
		},
		progress,
	)
	Object.assign(seconds, base.seconds)
	const organisers = await part('event organisers', () => writeEventOrganisers(sqlite, seed, sizes.events))
	await part('taught legal elements', () => writeTaughtElements(sqlite, courses))
	const lessonTexts = await part('lesson builds (MDX compiled)', () => compileLessonBuilds(courses, progress))

	// The officer takes the most popular course that is not a refresher and may be studied alone.
	const course = courses.find((candidate, n) => n >= courses.length / 20 && candidate.document.format !== 'cohort')!
	const organisation = sqlite
		.prepare('SELECT id, name, country FROM organisations WHERE id = ?')
		.get(base.landmarks.largestOrganisation.id) as { id: string; name: string; country: string }
	const lessonsDone = 2
	await part('accounts', () => writeScaleAccounts({ seed, now, organisation, course, lessonsDone }))
	const attempts = await part('quiz attempts', () => writeQuizAttempts(sqlite, seed, courses, progress))
	await part('library documents', () => writeLibrary(sqlite, library, { seed, now }, progress))
	const posts = await part('forums', () => {
		const categories = writeCategories(sqlite, texts, { seed, now })
		const authors = sqlite
			.prepare("SELECT id FROM users WHERE email LIKE '%@bench.example' ORDER BY rowid")
			.pluck()
			.all() as string[]
		return writeThreads(sqlite, texts, { seed, now, categories, authors }, sizes.threads, progress)
	})
	await part('programmes', () => writeProgrammes(sqlite, texts, { seed, now, count: sizes.programmes }))
	const lawRevisions = await part('laws', () => {
		const revisions = writeFrameworks(sqlite, texts, { seed, now })
		writeAgreements(sqlite, texts, { seed, count: sizes.agreements })
		return revisions
	})
	const search = await part('search index', () => buildSearchIndex(db, now, progress))
	const recount = await part('indicators recount', () => recountIndicators({ now }))
	sqlite.pragma('wal_checkpoint(TRUNCATE)')

	const rows = Object.fromEntries(
		countedTables.map((table) => [table, sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number]),
	)
	const lessons = courses.reduce((sum, planned) => sum + planned.lessons.length, 0)
	const certificate = sqlite
		.prepare(
			`SELECT code FROM certificates WHERE revoked_at IS NULL AND renewed_by IS NULL
			 AND (expires_at IS NULL OR expires_at > ?) ORDER BY issued_at DESC, code LIMIT 1`,
		)
		.pluck()
		.get(now.getTime()) as string
	const lawCountries = benchCountries.slice(0, 4)
	const facets = { type: mostChosen(libraryFacets.types.entries), country: mostChosen(libraryFacets.countries.entries) }
	const event = sqlite
		.prepare(
			`SELECT slug FROM events WHERE audience = 'public' AND status = 'scheduled' AND starts_at > ?
			 ORDER BY starts_at, slug LIMIT 1`,
		)
		.pluck()
		.get(now.getTime()) as string | undefined
	const lessonId = course.lessons[lessonsDone]!.id
	return {
		rows: { ...rows, lessons, 'lesson texts compiled': lessonTexts } as Record<string, number>,
		written: { eventOrganisers: organisers, quizAttempts: attempts, forumPosts: posts, lawRevisions },
		seconds,
		search,
		recount,
		databaseBytes: fs.statSync(sqlite.name).size,
		landmarks: {
			course: { slug: course.slug, title: course.document.texts.en!.title, lessons: course.lessons.length },
			lesson: `/en/courses/${course.slug}/lessons/${lessonId}`,
			quiz: `/en/courses/${course.slug}/quizzes/${finalQuizId}`,
			certificate: { code: certificate, path: `/en/verify/${certificate}` },
			busiestCountry: base.landmarks.busiestCountry,
			busiestRegion: base.landmarks.busiestRegion,
			lawCountries,
			compare: `/en/laws/compare?countries=${lawCountries.join(',')}`,
			librarySearch: `/en/library?q=trafficking&type=${facets.type}&country=${facets.country}`,
			upcomingEvent: event ? `/en/events/${event}` : null,
			organisation: {
				...base.landmarks.largestOrganisation,
				country: organisation.country,
				region: regionOf(organisation.country),
			},
			accounts: {
				password: scalePassword,
				orgAdmin: { email: scaleAccounts.orgAdmin.email, totpKey: scaleAccounts.orgAdmin.totpKey },
				officer: { email: scaleAccounts.officer.email, enrolledIn: course.slug },
				coordinator: { email: scaleAccounts.coordinator.email, totpKey: scaleAccounts.coordinator.totpKey },
			},
		},
	}
}

export type ScaleData = Awaited<ReturnType<typeof generateScaleData>>
