import { and, asc, count, eq, gt, isNotNull, sql, type AnyColumn, type SQL } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { cohorts, courseRevisions, courses, enrolments } from '#app/db/schema/index.ts'
import { type Language } from '#app/platform/i18n.ts'
import { type CourseFilters } from './filters.ts'
import { authorsOf, findRevision, type RevisionRow } from './store.server.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { readPage } from '#app/platform/paging.server.ts'
import { coursesPageSize } from './vocabulary.ts'

/** True when a JSON array column holds the value; the values come from fixed vocabularies. */
const holds = (column: AnyColumn, value: string) =>
	sql`exists (select 1 from json_each(${column}) where value = ${value})`

function filterConditions(filters: CourseFilters) {
	return [
		filters.topic && holds(courseRevisions.topics, filters.topic),
		filters.competency && holds(courseRevisions.competencies, filters.competency),
		filters.language && holds(courseRevisions.languages, filters.language),
		filters.level && eq(courseRevisions.level, filters.level),
		filters.format && eq(courseRevisions.format, filters.format),
	].filter((condition): condition is SQL => Boolean(condition))
}

/** The card a catalogue or "my learning" shows for a course, in the reader's language when it has one. */
export function courseCard(slug: string, revision: RevisionRow, language: Language) {
	const document = revision.document
	const { text, fallback, language: shownIn } = textIn(document.texts, language, document.sourceLanguage)
	return {
		slug,
		title: text.title,
		summary: text.summary,
		shownIn,
		fallback,
		level: revision.level,
		format: revision.format,
		languages: revision.languages,
		topics: revision.topics,
		competencies: revision.competencies,
		estimatedHours: document.estimatedHours,
	}
}

export type CourseCard = ReturnType<typeof courseCard>

export function listCourses(filters: CourseFilters, language: Language, db: Db = getDb()) {
	// Only the revision's id: a published revision never changes, so each is read and parsed once per process
	// (`findRevision`) rather than on every page of the catalogue.
	const listing = db
		.select({ slug: courses.slug, revisionId: courseRevisions.id })
		.from(courses)
		.innerJoin(courseRevisions, eq(courseRevisions.id, courses.publishedRevisionId))
		.where(and(isNotNull(courses.publishedRevisionId), ...filterConditions(filters)))
		.$dynamic()
	const { rows, total } = readPage(db, listing, {
		orderBy: [asc(courses.slug)],
		page: filters.page,
		pageSize: coursesPageSize,
	})
	const cards = rows.map((row) => courseCard(row.slug, findRevision(row.revisionId, db)!, language))
	return { courses: cards, total }
}

/** Cohorts of a course that have not ended, with how many places are left. */
export function upcomingCohorts(courseId: string, now = new Date(), db: Db = getDb()) {
	const rows = db
		.select({ cohort: cohorts, taken: count(enrolments.id) })
		.from(cohorts)
		.leftJoin(enrolments, eq(enrolments.cohortId, cohorts.id))
		.where(and(eq(cohorts.courseId, courseId), gt(cohorts.endsOn, now)))
		.groupBy(cohorts.id)
		.orderBy(asc(cohorts.startsOn))
		.all()
	return rows.map(({ cohort, taken }) => ({
		id: cohort.id,
		title: cohort.title,
		startsOn: cohort.startsOn.toISOString(),
		endsOn: cohort.endsOn.toISOString(),
		enrolmentClosesAt: cohort.enrolmentClosesAt.toISOString(),
		placesLeft: Math.max(0, cohort.capacity - taken),
		open: cohort.enrolmentOpensAt <= now && now < cohort.enrolmentClosesAt && taken < cohort.capacity,
	}))
}

/** Everything the public course page shows, from the published revision. */
export function describeCourse(
	course: { id: string; slug: string },
	revision: RevisionRow,
	language: Language,
	now = new Date(),
	db: Db = getDb(),
) {
	const document = revision.document
	const source = document.sourceLanguage
	const { text } = textIn(document.texts, language, source)
	return {
		...courseCard(course.slug, revision, language),
		outcomes: text.outcomes,
		certificate: { name: text.certificate, validityMonths: document.certificateValidityMonths },
		sources: document.sources,
		revision: revision.number,
		modules: document.modules.map((module) => ({
			id: module.id,
			title: textIn(module.texts, language, source).text.title,
			lessons: module.lessons.map((lesson) => ({
				id: lesson.id,
				title: textIn(lesson.texts, language, source).text.title,
				minutes: lesson.minutes,
				required: lesson.required,
			})),
			quiz: module.quiz ? { id: module.quiz.id, title: textIn(module.quiz.texts, language, source).text.title } : null,
		})),
		trainers: authorsOf([course.id], db).map(({ name, organisation, country }) => ({ name, organisation, country })),
		cohorts: upcomingCohorts(course.id, now, db),
	}
}
