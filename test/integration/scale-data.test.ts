import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { findCertificate } from '#app/modules/certificates/certificates.server.ts'
import { certificateStatus } from '#app/modules/certificates/status.ts'
import { courseDocumentSchema } from '#app/modules/courses/document.ts'
import { type EnrolmentRow } from '#app/modules/courses/enrolment.server.ts'
import { learnerStanding } from '#app/modules/courses/learner.server.ts'
import { lessonPageFor } from '#app/modules/courses/lesson-page.server.ts'
import { verifyPassword } from '#app/modules/accounts/password.server.ts'
import { frameworkSchema } from '#app/modules/laws/framework.ts'
import { comparisonFor } from '#app/modules/laws/pages.server.ts'
import { libraryDocumentSchema } from '#app/modules/library/document.ts'
import { searchAtlas } from '#app/modules/search/search.server.ts'
import { planCourse } from '../../scripts/bench/indicators-world.ts'
import { describeLibrary } from '../../scripts/bench/library-generator.ts'
import { dressCourse } from '../../scripts/scale/courses.ts'
import { manifestOf, prepareDataFolder, writeManifest } from '../../scripts/scale/folder.ts'
import { generateScaleData, type ScaleData } from '../../scripts/scale/generate.ts'
import { planFramework } from '../../scripts/scale/laws.ts'
import { Texts } from '../../scripts/scale/text.ts'

const now = new Date('2026-11-20T10:00:00Z')
const seed = 5
let data: ScaleData

// The smallest dataset with every part (the generator makes at least 20 organisations and 20 courses); one run
// serves every test, as the real one serves every benchmark.
beforeAll(async () => {
	const sizes = { users: 300, documents: 150, events: 30, threads: 40, programmes: 12, agreements: 10 }
	data = await generateScaleData({ sizes, seed, now }, () => {})
}, 600_000)

const all = (sql: string, ...values: unknown[]) =>
	getDb()
		.$client.prepare(sql)
		.all(...values) as Record<string, unknown>[]
const one = (sql: string, ...values: unknown[]) =>
	getDb()
		.$client.prepare(sql)
		.pluck()
		.get(...values)

test('every part is there, and no row points at one that is not', () => {
	for (const table of ['users', 'enrolments', 'quiz_attempts', 'certificates', 'library_documents', 'forum_posts'])
		expect(data.rows[table], table).toBeGreaterThan(0)
	for (const table of ['event_registrations', 'programmes', 'law_frameworks', 'search_entries', 'indicator_counts'])
		expect(data.rows[table], table).toBeGreaterThan(0)
	expect(data.rows.lesson_builds).toBe(data.rows['lesson texts compiled'])
	expect(all('PRAGMA foreign_key_check')).toEqual([])
})

test('courses, library documents and laws are documents Atlas itself accepts', () => {
	for (const row of all('SELECT document FROM course_revisions'))
		expect(courseDocumentSchema.safeParse(JSON.parse(row.document as string)).error).toBeUndefined()
	for (const row of all('SELECT document FROM library_revisions'))
		expect(libraryDocumentSchema.safeParse(JSON.parse(row.document as string)).error).toBeUndefined()
	for (const row of all('SELECT framework FROM law_revisions'))
		expect(frameworkSchema.safeParse(JSON.parse(row.framework as string)).error).toBeUndefined()
})

test('a completed enrolment passed its final quiz, so the course reads as complete to its learner', () => {
	expect(
		one(`SELECT count(*) FROM enrolments e WHERE e.completed_at IS NOT NULL AND NOT EXISTS
			(SELECT 1 FROM quiz_attempts a WHERE a.enrolment_id = e.id AND a.passed = 1)`),
	).toBe(0)
	expect(one('SELECT count(*) FROM quiz_attempts WHERE passed = 0')).toBeGreaterThan(0)
	const enrolments = all(
		`SELECT id, user_id AS userId, course_id AS courseId, revision_id AS revisionId, cohort_id AS cohortId, language,
		 created_at AS enrolledAt, last_activity_at AS lastActivityAt, last_lesson_id AS lastLessonId,
		 completed_at AS completedAt FROM enrolments WHERE completed_at IS NOT NULL ORDER BY rowid LIMIT 50`,
	)
	expect(enrolments.length).toBeGreaterThan(0)
	for (const enrolment of enrolments)
		expect(learnerStanding(enrolment as unknown as EnrolmentRow).progress.complete).toBe(true)
})

test('the landmarks open: the officer reads the lesson from its build, the certificate verifies, four countries compare', async () => {
	const { landmarks } = data
	const [, , , slug, , lessonId] = landmarks.lesson.split('/')
	const officer = one('SELECT id FROM users WHERE email = ?', landmarks.accounts.officer.email) as string
	const enrolment = (await getDb().query.enrolments.findFirst({ where: (row, { eq }) => eq(row.userId, officer) }))!
	expect(slug).toBe(landmarks.course.slug)
	const page = await lessonPageFor(enrolment, learnerStanding(enrolment).revision.document, lessonId!)
	expect(page.ok && page.page.lesson.html).toContain('<h2>')
	expect(one('SELECT count(*) FROM lesson_builds')).toBe(data.rows.lesson_builds)

	const certificate = findCertificate(landmarks.certificate.code)!
	expect(['valid', 'expiring']).toContain(certificateStatus(certificate, now, 60))
	expect(comparisonFor(new URLSearchParams({ countries: landmarks.lawCountries.join(',') }), 'en')).toMatchObject({
		ok: true,
	})
})

test('the accounts sign in with the password the script prints', async () => {
	for (const email of ['org.admin@scale.example', 'officer@scale.example', 'coordinator@scale.example']) {
		const hash = one('SELECT password_hash FROM users WHERE email = ?', email) as string
		expect(await verifyPassword(hash, data.landmarks.accounts.password)).toBe(true)
	}
})

test('search finds documents, courses, threads and events through the module the pages use', async () => {
	const results = await searchAtlas(null, 'en', { query: 'trafficking', filters: {}, sort: 'relevance', page: 1 })
	expect(results.total).toBeGreaterThan(0)
	const kinds = all('SELECT DISTINCT kind FROM search_entries').map((row) => row.kind)
	expect(kinds).toEqual(expect.arrayContaining(['document', 'course', 'thread', 'event', 'programme', 'law']))
})

test('the same seed and date plan the same texts, and another seed other ones', () => {
	const texts = new Texts(describeLibrary({ documents: 100, seed }))
	const course = planCourse(seed, 3, 20, 20, now.getTime())
	expect(dressCourse(texts, seed, course, 3)).toEqual(dressCourse(texts, seed, course, 3))
	expect(dressCourse(texts, seed + 1, course, 3).document.texts).not.toEqual(
		dressCourse(texts, seed, course, 3).document.texts,
	)
	expect(planFramework(texts, seed, 'FR', now.getTime())).toEqual(planFramework(texts, seed, 'FR', now.getTime()))
})

test("a folder is refused when it holds a database the script did not make, and the script's own is replaced", () => {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-scale-test-'))
	const demo = path.join(folder, 'demo')
	fs.mkdirSync(demo)
	expect(() => prepareDataFolder(demo, demo)).toThrow(/demo/)
	const foreign = path.join(folder, 'foreign')
	fs.mkdirSync(foreign)
	fs.writeFileSync(path.join(foreign, 'atlas.db'), '')
	expect(() => prepareDataFolder(foreign, demo)).toThrow(/database this script did not make/)
	expect(fs.existsSync(path.join(foreign, 'atlas.db'))).toBe(true)
	const own = path.join(folder, 'own')
	expect(prepareDataFolder(own, demo)).toBe('created')
	writeManifest(own, { complete: false })
	fs.writeFileSync(path.join(own, 'atlas.db'), '')
	expect(prepareDataFolder(own, demo)).toBe('replaced')
	expect(fs.readdirSync(own)).toEqual([])
	expect(fs.existsSync(manifestOf(own))).toBe(false)
})
