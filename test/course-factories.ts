import { getDb, writeTransaction } from '#app/db/client.server.ts'
import { cohorts, cohortTrainers, courseAuthors, courses, enrolments } from '#app/db/schema/index.ts'
import { issueCertificate } from '#app/modules/certificates/issue.server.ts'
import { type CourseDocument } from '#app/modules/courses/document.ts'
import { publishDocument } from '#app/modules/courses/publishing.server.ts'
import { saveBuild } from '#app/platform/mdx/build-store.server.ts'
import { compileLesson } from '#app/platform/mdx/compile.server.ts'
import { createOrganisation } from './factories.ts'

let sequence = 0

async function lessonText(title: string, body: string) {
	const compiled = await compileLesson(body)
	if (!compiled.ok) throw new Error(`Test lesson refused: ${JSON.stringify(compiled.problems)}`)
	writeTransaction((tx) => saveBuild(compiled.hash, compiled.code, tx))
	return { title, body, build: compiled.hash, edition: 1 }
}

type CourseOptions = {
	authorIds?: string[]
	format?: CourseDocument['format']
	refresherCourse?: string
	withQuiz?: boolean
}

/**
 * A small published course in English and French: two required lessons (only the second translated)
 * and, unless `withQuiz` is false, a required quiz with a single-choice and a numeric question.
 */
export async function createPublishedCourse(options: CourseOptions = {}) {
	const slug = `test-course-${Date.now().toString(36)}-${sequence++}`
	const document: CourseDocument = {
		sourceLanguage: 'en',
		level: 'foundation',
		format: options.format ?? 'self-paced',
		topics: ['identification'],
		competencies: ['victim-identification'],
		estimatedHours: 1,
		certificateValidityMonths: 24,
		refresherCourse: options.refresherCourse ?? null,
		sources: [],
		texts: {
			en: {
				title: `Test course ${slug}`,
				summary: 'A test course.',
				outcomes: ['Know things'],
				certificate: 'Test certificate',
				edition: 1,
			},
			fr: {
				title: `Formation test ${slug}`,
				summary: 'Une formation de test.',
				outcomes: ['Savoir'],
				certificate: 'Certificat de test',
				edition: 1,
			},
		},
		modules: [
			{
				id: 'module-one',
				texts: { en: { title: 'Module one', edition: 1 } },
				lessons: [
					{
						id: 'first',
						minutes: 10,
						required: true,
						texts: { en: await lessonText('First lesson', '## Start\n\n<Callout kind="tip">Read this.</Callout>') },
					},
					{
						id: 'second',
						minutes: 10,
						required: true,
						texts: {
							en: await lessonText('Second lesson', 'Second text.'),
							fr: await lessonText('Deuxième leçon', 'Deuxième texte.'),
						},
					},
				],
				quiz:
					options.withQuiz === false
						? null
						: {
								id: 'check',
								passMark: 100,
								attemptsAllowed: 2,
								drawCount: null,
								shuffleOptions: true,
								required: true,
								questionIds: ['choose', 'count'],
								texts: { en: { title: 'Check', edition: 1 } },
							},
			},
		],
		questions: [
			{
				id: 'choose',
				kind: 'single-choice',
				options: [
					{ id: 'right', correct: true },
					{ id: 'wrong', correct: false },
				],
				texts: {
					en: {
						prompt: 'Pick the right one',
						edition: 1,
						options: {
							right: { text: 'Right answer', feedback: 'Yes, SECRET-FEEDBACK' },
							wrong: { text: 'Wrong answer' },
						},
					},
				},
			},
			{
				id: 'count',
				kind: 'numeric',
				answer: 30,
				tolerance: 0,
				texts: { en: { prompt: 'How many days?', edition: 1, explanation: 'SECRET-EXPLANATION' } },
			},
		],
	}
	const organisation = createOrganisation()
	return writeTransaction((tx) => {
		const course = tx
			.insert(courses)
			.values({ slug, organisationId: organisation.id, draft: document })
			.returning()
			.get()
		for (const userId of options.authorIds ?? []) tx.insert(courseAuthors).values({ courseId: course.id, userId }).run()
		const revision = publishDocument(tx, course.id, document, null)!
		return { course: { ...course, publishedRevisionId: revision.id }, revision, document }
	})
}

export function createCohort(
	courseId: string,
	overrides: Partial<typeof cohorts.$inferInsert> = {},
	trainerIds: string[] = [],
) {
	const day = 24 * 60 * 60 * 1000
	const now = Date.now()
	const cohort = getDb()
		.insert(cohorts)
		.values({
			courseId,
			title: 'Test cohort',
			startsOn: new Date(now + 7 * day),
			endsOn: new Date(now + 30 * day),
			enrolmentOpensAt: new Date(now - day),
			enrolmentClosesAt: new Date(now + 6 * day),
			capacity: 10,
			...overrides,
		})
		.returning()
		.get()
	for (const userId of trainerIds) getDb().insert(cohortTrainers).values({ cohortId: cohort.id, userId }).run()
	return cohort
}

/** A certificate for a completed enrolment in a fresh course (or the one given), issued as completion issues it. */
export async function createCertificate(
	userId: string,
	issuedAt = new Date(),
	published?: Awaited<ReturnType<typeof createPublishedCourse>>,
) {
	const { course, revision } = published ?? (await createPublishedCourse())
	return writeTransaction((tx) => {
		const enrolment = tx
			.insert(enrolments)
			.values({
				userId,
				courseId: course.id,
				revisionId: revision.id,
				language: 'en',
				lastActivityAt: issuedAt,
				completedAt: issuedAt,
			})
			.returning()
			.get()
		return issueCertificate(tx, enrolment, revision, issuedAt)
	})
}
