import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { type CourseDocument } from '#app/modules/courses/document.ts'
import { type Paper } from '#app/modules/courses/paper.ts'
import { courseFormats, courseLevels, type Competency, type Topic } from '#app/modules/courses/vocabulary.ts'
import { elementIds } from '#app/modules/laws/vocabulary.ts'
import { type Language } from '#app/platform/i18n.ts'
import { organisations, users } from './accounts.ts'
import { createdAt, id, timestamp } from './columns.ts'

/** A course and its working draft. Learners never read the draft; they read a revision. */
export const courses = sqliteTable(
	'courses',
	{
		id: id(),
		slug: text('slug').notNull().unique(),
		/** The organisation that leads the course; co-authors may come from others. */
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisations.id),
		draft: text('draft', { mode: 'json' }).$type<CourseDocument>().notNull(),
		/** Bumped on every draft change, so an editor can refuse a save made from a stale page. */
		draftVersion: integer('draft_version').notNull().default(1),
		publishedRevisionId: text('published_revision_id'),
		/** For courses loaded from content/: the hash of the files as last imported. */
		contentHash: text('content_hash'),
		isSample: integer('is_sample', { mode: 'boolean' }).notNull().default(false),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at')
			.notNull()
			.$defaultFn(() => new Date()),
	},
	// The catalogue reads which courses are published without the draft stored before it (about 50 kB a course).
	(table) => [index('courses_published').on(table.publishedRevisionId, table.slug)],
)

export const courseAuthors = sqliteTable(
	'course_authors',
	{
		courseId: text('course_id')
			.notNull()
			.references(() => courses.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id),
		addedAt: createdAt(),
	},
	(table) => [primaryKey({ columns: [table.courseId, table.userId] }), index('course_authors_user').on(table.userId)],
)

/**
 * A published, frozen copy of a course. The catalogue filters on the columns; pages
 * read the document. Enrolments point at the revision they started on.
 */
export const courseRevisions = sqliteTable(
	'course_revisions',
	{
		id: id(),
		courseId: text('course_id')
			.notNull()
			.references(() => courses.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		document: text('document', { mode: 'json' }).$type<CourseDocument>().notNull(),
		/** sha256 of the document, so re-importing unchanged content publishes nothing. */
		documentHash: text('document_hash').notNull(),
		level: text('level', { enum: courseLevels }).notNull(),
		format: text('format', { enum: courseFormats }).notNull(),
		topics: text('topics', { mode: 'json' }).$type<Topic[]>().notNull(),
		competencies: text('competencies', { mode: 'json' }).$type<Competency[]>().notNull(),
		languages: text('languages', { mode: 'json' }).$type<Language[]>().notNull(),
		publishedAt: createdAt(),
		publishedBy: text('published_by').references(() => users.id),
	},
	(table) => [
		uniqueIndex('course_revisions_number').on(table.courseId, table.number),
		// The catalogue's filters, read without the document stored before them (about 50 kB a course).
		index('course_revisions_facts').on(
			table.id,
			table.level,
			table.format,
			table.topics,
			table.competencies,
			table.languages,
		),
	],
)

/** A run of a course with dates, an enrolment window and a capacity. */
export const cohorts = sqliteTable(
	'cohorts',
	{
		id: id(),
		courseId: text('course_id')
			.notNull()
			.references(() => courses.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		startsOn: timestamp('starts_on').notNull(),
		endsOn: timestamp('ends_on').notNull(),
		enrolmentOpensAt: timestamp('enrolment_opens_at').notNull(),
		enrolmentClosesAt: timestamp('enrolment_closes_at').notNull(),
		capacity: integer('capacity').notNull(),
		createdBy: text('created_by').references(() => users.id),
		createdAt: createdAt(),
	},
	(table) => [index('cohorts_course').on(table.courseId)],
)

export const cohortTrainers = sqliteTable(
	'cohort_trainers',
	{
		cohortId: text('cohort_id')
			.notNull()
			.references(() => cohorts.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id),
	},
	(table) => [primaryKey({ columns: [table.cohortId, table.userId] })],
)

export const enrolments = sqliteTable(
	'enrolments',
	{
		id: id(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id),
		courseId: text('course_id')
			.notNull()
			.references(() => courses.id),
		revisionId: text('revision_id')
			.notNull()
			.references(() => courseRevisions.id),
		cohortId: text('cohort_id').references(() => cohorts.id),
		/** The language the learner learns in; certificates are issued in it. */
		language: text('language').$type<Language>().notNull(),
		enrolledAt: createdAt(),
		lastActivityAt: timestamp('last_activity_at').notNull(),
		/** Where "resume" takes the learner. */
		lastLessonId: text('last_lesson_id'),
		completedAt: timestamp('completed_at'),
	},
	(table) => [
		uniqueIndex('enrolments_learner_course').on(table.userId, table.courseId),
		index('enrolments_cohort').on(table.cohortId),
		// The indicators count enrolments and completions month by month.
		index('enrolments_enrolled_at').on(table.enrolledAt),
		index('enrolments_completed_at').on(table.completedAt),
	],
)

export const lessonCompletions = sqliteTable(
	'lesson_completions',
	{
		enrolmentId: text('enrolment_id')
			.notNull()
			.references(() => enrolments.id, { onDelete: 'cascade' }),
		lessonId: text('lesson_id').notNull(),
		completedAt: createdAt(),
	},
	(table) => [primaryKey({ columns: [table.enrolmentId, table.lessonId] })],
)

export type QuizResponse = Record<string, string | string[] | Record<string, string> | undefined>

/**
 * One try at a quiz. The questions drawn and the order of their options are fixed when
 * the attempt starts, so a reload shows the same paper and scoring uses what was shown.
 */
export const quizAttempts = sqliteTable(
	'quiz_attempts',
	{
		id: id(),
		enrolmentId: text('enrolment_id')
			.notNull()
			.references(() => enrolments.id, { onDelete: 'cascade' }),
		quizId: text('quiz_id').notNull(),
		/** Question ids in the order shown, each with its choices' order and the tokens that name them on the page. */
		paper: text('paper', { mode: 'json' }).$type<Paper>().notNull(),
		/** The language the attempt was shown in; short answers are marked against that language's accepted answers. */
		language: text('language').$type<Language>().notNull(),
		responses: text('responses', { mode: 'json' }).$type<QuizResponse>(),
		/** Percent, 0 to 100, once submitted. */
		score: integer('score'),
		passed: integer('passed', { mode: 'boolean' }),
		startedAt: createdAt(),
		submittedAt: timestamp('submitted_at'),
	},
	(table) => [index('quiz_attempts_enrolment').on(table.enrolmentId, table.quizId)],
)

/**
 * Images, videos and captions uploaded for a course's lessons. The file lives once under
 * DATA_DIR/media/<sha256>; lessons refer to it as `media:<sha256>`.
 */
export const courseMedia = sqliteTable(
	'course_media',
	{
		courseId: text('course_id')
			.notNull()
			.references(() => courses.id, { onDelete: 'cascade' }),
		hash: text('hash').notNull(),
		type: text('type').notNull(),
		size: integer('size').notNull(),
		name: text('name').notNull(),
		uploadedBy: text('uploaded_by').references(() => users.id),
		createdAt: createdAt(),
	},
	(table) => [primaryKey({ columns: [table.courseId, table.hash] }), index('course_media_hash').on(table.hash)],
)

/**
 * Which legal elements each published lesson and quiz question teaches, kept when a course is
 * published, so an element's page lists its lessons without reading every course document.
 */
export const courseLawElements = sqliteTable(
	'course_law_elements',
	{
		courseId: text('course_id')
			.notNull()
			.references(() => courses.id, { onDelete: 'cascade' }),
		part: text('part', { enum: ['lesson', 'question'] }).notNull(),
		partId: text('part_id').notNull(),
		element: text('element', { enum: elementIds }).notNull(),
	},
	(table) => [
		primaryKey({ columns: [table.courseId, table.part, table.partId, table.element] }),
		index('course_law_elements_element').on(table.element),
	],
)
