/**
 * Prepares a stopped server's database for the crash test: a cohort course without a quiz
 * (so marking its second lesson done completes it and issues the certificate) with a
 * cohort smaller than the crowd of signed-in officers who will try to join it.
 * Run as `node --import tsx test/e2e/crash-fixture.ts <data dir> <learners> <capacity>`;
 * it prints what the test needs as JSON. A process of its own, so the database it opens
 * is the one given, whatever else the test runner has loaded.
 */
export {}

const [dataDir, learnerCount, capacity] = process.argv.slice(2)
process.env.DATA_DIR = dataDir
const { closeDb, migrateDb } = await import('#app/db/client.server.ts')
const { createCohort, createPublishedCourse } = await import('#test/course-factories.ts')
const { createUser, signIn } = await import('#test/factories.ts')

migrateDb()
const { course } = await createPublishedCourse({ format: 'cohort', withQuiz: false })
const cohort = createCohort(course.id, { capacity: Number(capacity) })
const learners = []
for (let index = 0; index < Number(learnerCount); index++) {
	const user = await createUser({ roles: ['officer'] })
	learners.push({ userId: user.id, cookie: signIn(user.id).cookie })
}
closeDb()
console.log(JSON.stringify({ slug: course.slug, cohortId: cohort.id, learners }))
