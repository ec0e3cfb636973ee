import { execFileSync } from 'node:child_process'
import Database from 'better-sqlite3'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { anyOrganisationId, apply, postForm, spawnServer } from './spawn-server.ts'

// Twenty-one starts of a server (each resuming the indicators' roll-up where the last was killed) take two to three
// minutes on an idle two-core machine and more beside other heavy work: the limit only stops a hang.
test.describe.configure({ timeout: 480_000 })

type Learner = { userId: string; cookie: string }
type CrashFixture = { slug: string; cohortId: string; learners: Learner[] }

test('killed with SIGKILL at random moments 20 times, the database stays whole, keeps every answered write and its invariants', async () => {
	const first = spawnServer({ env: { SEED_DEMO: 'true', ATLAS_PROCESSES: '1' } })
	await first.ready()
	const organisationId = await anyOrganisationId(first.url)
	first.child.kill('SIGKILL')
	await first.exited
	const capacity = 25
	const fixture = JSON.parse(
		execFileSync(
			process.execPath,
			['--import', 'tsx', 'test/e2e/crash-fixture.ts', first.dataDir, '40', String(capacity)],
			{ encoding: 'utf8' },
		),
	) as CrashFixture
	const confirmed = {
		applicants: [] as string[],
		enrolled: new Set<string>(),
		completed: new Set<string>(),
		refusedAsFull: 0,
	}
	// Twenty runs killed at a random moment, then one left to finish its writes and stop cleanly.
	for (let cycle = 0; cycle <= 20; cycle++) {
		// One process: SIGKILL then stops the whole server at once, as a crash or power cut does (a killed primary's
		// serving processes would linger a moment); two processes sharing the file are the test below.
		const server = spawnServer({ dataDir: first.dataDir, env: { ATLAS_PROCESSES: '1' } })
		await server.ready()
		const course = `${server.url}/en/courses/${fixture.slug}`
		// Those already in the cohort finish the course, more people than places try to join it, and others apply.
		const completions = fixture.learners
			.filter((learner) => confirmed.enrolled.has(learner.userId) && !confirmed.completed.has(learner.userId))
			.map(async (learner) => {
				if ((await postForm(`${course}/lessons/first`, {}, learner.cookie).catch(() => 0)) !== 302) return
				if ((await postForm(`${course}/lessons/second`, {}, learner.cookie).catch(() => 0)) === 302)
					confirmed.completed.add(learner.userId)
			})
		// The last, clean run lets everyone still outside try, so the cohort is certain to fill and refuse the rest.
		const enrolments = fixture.learners
			.filter((learner) => !confirmed.enrolled.has(learner.userId))
			.slice(0, cycle < 20 ? 8 : undefined)
			.map(async (learner) => {
				const status = await postForm(
					course,
					{ intent: 'enrol', cohortId: fixture.cohortId, language: 'en' },
					learner.cookie,
				).catch(() => 0)
				if (status === 302) confirmed.enrolled.add(learner.userId)
				if (status === 400) confirmed.refusedAsFull++
			})
		const applications = Array.from({ length: 12 }, (_, index) => `crash-${cycle}-${index}@example.org`).map(
			async (email) => {
				if ((await apply(server.url, email, organisationId).catch(() => 0)) === 302) confirmed.applicants.push(email)
			},
		)
		const writes = [...completions, ...enrolments, ...applications]
		if (cycle < 20) {
			await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 1200))
			server.child.kill('SIGKILL')
			await Promise.all(writes)
		} else {
			await Promise.all(writes)
			server.child.kill('SIGTERM')
		}
		await server.exited
	}
	const db = new Database(path.join(first.dataDir, 'atlas.db'))
	expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
	const count = (sql: string, ...values: string[]) => (db.prepare(sql).get(...values) as { n: number }).n
	const stored = new Set((db.prepare('select email from users').all() as { email: string }[]).map((row) => row.email))
	expect(confirmed.applicants.length).toBeGreaterThan(0)
	expect(confirmed.applicants.filter((email) => !stored.has(email))).toEqual([])
	// Every applicant has the organisation and the confirmation token written in the same transaction.
	expect(
		count(
			"select count(*) as n from users u where u.email like 'crash-%' and not exists (select 1 from account_tokens t where t.user_id = u.id and t.purpose = 'confirm-email')",
		),
	).toBe(0)
	// Every answered enrolment and completion is there; the cohort never holds more than its places.
	expect(confirmed.enrolled.size).toBeGreaterThan(0)
	expect(confirmed.completed.size).toBeGreaterThan(0)
	const enrolled = new Set(
		(
			db.prepare('select user_id as id from enrolments where cohort_id = ?').all(fixture.cohortId) as { id: string }[]
		).map((row) => row.id),
	)
	expect([...confirmed.enrolled].filter((id) => !enrolled.has(id))).toEqual([])
	expect(enrolled.size).toBe(capacity)
	expect(confirmed.refusedAsFull).toBeGreaterThan(0)
	test.info().annotations.push({
		type: 'crash cycles',
		description: `20 kills and a clean stop; answered: ${confirmed.applicants.length} applications, ${confirmed.enrolled.size} enrolments (${confirmed.refusedAsFull} refused as full, ${enrolled.size} of ${capacity} places taken), ${confirmed.completed.size} completions`,
	})
	const completed = new Set(
		(
			db
				.prepare('select user_id as id from enrolments where cohort_id = ? and completed_at is not null')
				.all(fixture.cohortId) as { id: string }[]
		).map((row) => row.id),
	)
	expect([...confirmed.completed].filter((id) => !completed.has(id))).toEqual([])
	// A certificate exists exactly when its enrolment is complete: never one without the other.
	expect(
		count(
			'select count(*) as n from certificates c where not exists (select 1 from enrolments e where e.id = c.enrolment_id and e.completed_at is not null)',
		),
	).toBe(0)
	expect(
		count(
			'select count(*) as n from enrolments e where e.cohort_id = ? and e.completed_at is not null and not exists (select 1 from certificates c where c.enrolment_id = e.id)',
			fixture.cohortId,
		),
	).toBe(0)
	db.close()
	first.cleanUp()
})

test('two server processes writing to one database at once never show a user SQLITE_BUSY', async () => {
	const one = spawnServer({ env: { SEED_DEMO: 'true' } })
	await one.ready()
	const two = spawnServer({ dataDir: one.dataDir })
	await two.ready()
	const organisationId = await anyOrganisationId(one.url)
	const statuses = await Promise.all(
		Array.from({ length: 60 }, (_, index) =>
			apply(index % 2 ? one.url : two.url, `pair-${index}@example.org`, organisationId),
		),
	)
	expect(statuses.filter((status) => status !== 302)).toEqual([])
	expect(one.output() + two.output()).not.toMatch(/SQLITE_BUSY|database is locked/)
	const db = new Database(path.join(one.dataDir, 'atlas.db'), { readonly: true })
	expect((db.prepare("select count(*) as n from users where email like 'pair-%'").get() as { n: number }).n).toBe(60)
	db.close()
	one.child.kill('SIGTERM')
	two.child.kill('SIGTERM')
	await Promise.all([one.exited, two.exited])
	one.cleanUp()
})
