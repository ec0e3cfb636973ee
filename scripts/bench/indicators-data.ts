/**
 * The indicators' dataset at scale (issue 21), in a fresh SQLite file migrated with the app's migrations: at the
 * default size 100,000 officers in 2,000 organisations over 60 countries, 500 published courses of about 5,000
 * lessons, about 300,000 enrolments over the last 24 months with a million lessons done, about 150,000 certificates
 * (some expired, some expiring, some renewed), feedback at completion, follow-up surveys (sent, part answered),
 * and events with their registrations. `users` scales everything but the countries. Deterministic from the seed and
 * `now` (dates are counted back from it). Rows are written with prepared statements, many to a transaction (indicators-writers); the
 * foreign keys are not checked while loading (every reference is made from the plan), only as the app runs after.
 * Lessons are stored without their compiled MDX: the dataset is for counting, not for reading lessons.
 *
 * Run alone: node --import tsx scripts/bench/indicators-data.ts --data-dir DIR [--users 100000] [--seed 21]
 * [--now 2026-12-07T12:00:00Z]. It refuses a folder that already holds a database.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import type Database from 'better-sqlite3'
import { getTableName } from 'drizzle-orm'
import {
	certificates,
	cohorts,
	courseFeedback,
	courses,
	enrolments,
	eventRegistrations,
	events,
	followUpSurveys,
	lessonCompletions,
	organisations,
	users,
} from '#app/db/schema/index.ts'
import { regionOf } from '#app/platform/regions.ts'
import {
	benchCountries,
	coursePopularity,
	organisationSizes,
	planCohorts,
	planCourse,
	type PlannedCohort,
	type PlannedCourse,
	type PlannedOrganisation,
	type PlannedUser,
	planOrganisation,
	planUser,
} from './indicators-world.ts'
import {
	type DressEvent,
	type Report,
	writeCohorts,
	writeCourses,
	writeEvents,
	writeLearning,
	writeOrganisations,
	writeUsers,
} from './indicators-writers.ts'

export type IndicatorsDataOptions = { users: number; seed: number; now: Date; dress?: Dressing }

/**
 * What another dataset built on this one changes in the plan before it is written (the scale dataset of issue 22:
 * courses with real-looking texts and quizzes, more events with their own texts). Each hook must keep what the
 * learning is planned from: a course's lesson ids and which of them are required.
 */
export type Dressing = {
	course?: (course: PlannedCourse, n: number) => PlannedCourse
	events?: { count: number; dress: DressEvent }
}

/** What the dataset holds, and the places and organisation a benchmark reads it for. */
export type IndicatorsData = {
	options: { users: number; seed: number; now: string }
	sizes: ReturnType<typeof sizesFor>
	rows: Record<string, number>
	/** How long each part took to plan and write. */
	seconds: Record<string, number>
	landmarks: {
		busiestCountry: string
		busiestRegion: string
		largestOrganisation: { id: string; name: string; officers: number }
	}
	databaseBytes: number
	/** The generating process's peak resident memory. */
	peakRssBytes: number
}

/** The folder's description of its dataset, which also marks the folder as the benchmark's own. */
export const dataFileOf = (dataDir: string) => path.join(dataDir, 'indicators-data.json')

/** One organisation for 50 officers and one course for 200, as at the full size's 2,000 and 500. */
export function sizesFor(users: number) {
	return {
		users,
		organisations: Math.max(20, Math.round(users / 50)),
		courses: Math.max(20, Math.round(users / 200)),
		events: Math.max(10, Math.round(users / 80)),
		countries: benchCountries.length,
	}
}

/** Runs a part and notes how long it took. */
function timed(seconds: Record<string, number>, name: string, progress: Report, part: (report: Report) => void) {
	const started = performance.now()
	part(progress)
	seconds[name] = (performance.now() - started) / 1000
	progress(`  ${name}: ${seconds[name]!.toFixed(1)} s`)
}

const countedTables = [
	organisations,
	users,
	courses,
	cohorts,
	enrolments,
	lessonCompletions,
	certificates,
	courseFeedback,
	followUpSurveys,
	events,
	eventRegistrations,
]

function mostCommon<T>(values: Iterable<T>) {
	const counts = new Map<T, number>()
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
	return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))
}

/**
 * Fills the database, a migrated and empty one, with the dataset; answers what it holds. Progress lines go to
 * `progress`, one a part and a few within the long ones.
 */
export function generateIndicatorsData(
	sqlite: Database.Database,
	options: IndicatorsDataOptions,
	progress: Report,
): IndicatorsData {
	const { seed } = options
	const now = options.now.getTime()
	const sizes = sizesFor(options.users)
	const seconds: Record<string, number> = {}
	sqlite.pragma('foreign_keys = OFF')
	sqlite.pragma('cache_size = -262144')
	const planned = {
		organisations: [] as PlannedOrganisation[],
		users: [] as PlannedUser[],
		courses: [] as PlannedCourse[],
		cohorts: [] as PlannedCohort[],
	}
	timed(seconds, 'organisations', progress, () => {
		planned.organisations = Array.from({ length: sizes.organisations }, (_, n) => planOrganisation(seed, n))
		writeOrganisations(sqlite, planned.organisations, now)
	})
	const organisationIds = planned.organisations.map((organisation) => organisation.id)
	timed(seconds, 'officers', progress, (report) => {
		const world = { organisations: planned.organisations, sizes: organisationSizes(sizes.organisations), now }
		planned.users = Array.from({ length: sizes.users }, (_, n) => planUser(seed, n, world))
		writeUsers(sqlite, planned.users, organisationIds, report)
	})
	timed(seconds, 'courses and lessons', progress, () => {
		planned.courses = Array.from({ length: sizes.courses }, (_, n) => {
			const course = planCourse(seed, n, sizes.courses, sizes.organisations, now)
			return options.dress?.course?.(course, n) ?? course
		})
		writeCourses(sqlite, planned.courses, organisationIds)
		planned.cohorts = planCohorts(seed, planned.courses, now)
		writeCohorts(sqlite, planned.cohorts, planned.courses)
	})
	timed(seconds, 'enrolments, lessons done, certificates, feedback, follow-ups', progress, (report) => {
		const cohortsOf = new Map<number, PlannedCohort[]>()
		for (const cohort of planned.cohorts) {
			const list = cohortsOf.get(cohort.course) ?? []
			list.push(cohort)
			cohortsOf.set(cohort.course, list)
		}
		const learning = { seed, now, courses: planned.courses, popularity: coursePopularity(sizes.courses), cohortsOf }
		writeLearning(sqlite, planned, learning, report)
	})
	const events = options.dress?.events
	timed(seconds, 'events and registrations', progress, () =>
		writeEvents(sqlite, options, planned.users, events?.count ?? sizes.events, events?.dress),
	)
	sqlite.pragma('foreign_keys = ON')
	sqlite.pragma('wal_checkpoint(TRUNCATE)')
	const rows = Object.fromEntries(
		countedTables.map((table) => {
			const name = getTableName(table)
			return [name, (sqlite.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]
		}),
	)
	const [busiestCountry] = mostCommon(planned.users.map((user) => user.country))
	const [largest, officers] = mostCommon(planned.users.map((user) => user.organisation))
	return {
		options: { users: options.users, seed, now: options.now.toISOString() },
		sizes,
		rows,
		seconds,
		landmarks: {
			busiestCountry,
			busiestRegion: `region:${regionOf(busiestCountry)}`,
			largestOrganisation: { id: organisationIds[largest]!, name: planned.organisations[largest]!.name, officers },
		},
		databaseBytes: fs.statSync(sqlite.name).size,
		peakRssBytes: process.resourceUsage().maxRSS * 1024,
	}
}

async function main() {
	const { values } = parseArgs({
		options: {
			'data-dir': { type: 'string' },
			users: { type: 'string', default: '100000' },
			seed: { type: 'string', default: '21' },
			now: { type: 'string' },
		},
	})
	const dataDir = values['data-dir']
	const users = Number(values.users)
	const seed = Number(values.seed)
	const now = values.now ? new Date(values.now) : new Date()
	if (!dataDir) throw new Error('--data-dir names the folder to create the database in.')
	if (!Number.isInteger(users) || users < 100) throw new Error('--users takes a whole number (>= 100).')
	if (!Number.isInteger(seed)) throw new Error('--seed takes a whole number.')
	if (Number.isNaN(now.getTime())) throw new Error('--now takes an ISO date and time.')
	// Never the demo's or anyone's database: only a folder with none yet.
	if (fs.existsSync(path.join(dataDir, 'atlas.db'))) throw new Error(`${dataDir} already holds a database.`)
	process.env.DATA_DIR = path.resolve(dataDir)
	process.env.NODE_ENV = 'test'
	const { closeDb, getDb, migrateDb } = await import('#app/db/client.server.ts')
	migrateDb()
	const progress = (line: string) => console.error(line)
	progress(`Generating the indicators' dataset for ${users.toLocaleString('en')} officers (seed ${seed})…`)
	const data = generateIndicatorsData(getDb().$client, { users, seed, now }, progress)
	closeDb()
	fs.writeFileSync(dataFileOf(dataDir), `${JSON.stringify(data, null, '\t')}\n`)
	const table = Object.entries(data.rows).map(([name, count]) => `${name} ${count.toLocaleString('en')}`)
	progress(`  rows: ${table.join(', ')}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	main().catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : error)
		process.exitCode = 1
	})
}
