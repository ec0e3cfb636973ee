import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { revocationCategories } from '#app/modules/certificates/vocabulary.ts'
import { type Competency } from '#app/modules/courses/vocabulary.ts'
import { type Language } from '#app/platform/i18n.ts'
import { users } from './accounts.ts'
import { createdAt, id, timestamp } from './columns.ts'
import { courseRevisions, courses, enrolments } from './courses.ts'

/**
 * A certificate as issued: every field a verifier compares is copied here at issue time,
 * so later edits to a course, a name or an organisation never change what was certified.
 * Certificates are never deleted; renewing issues a new one and points the old one at it.
 */
export const certificates = sqliteTable(
	'certificates',
	{
		id: id(),
		/** 160 random bits in base32: the verification code printed on the certificate. */
		code: text('code').notNull().unique(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id),
		courseId: text('course_id')
			.notNull()
			.references(() => courses.id),
		revisionId: text('revision_id')
			.notNull()
			.references(() => courseRevisions.id),
		enrolmentId: text('enrolment_id')
			.notNull()
			.unique()
			.references(() => enrolments.id),
		holderName: text('holder_name').notNull(),
		/** sha256 of a per-certificate salt and the holder's email: identifies the subject without showing the address. */
		subjectHash: text('subject_hash').notNull(),
		subjectSalt: text('subject_salt').notNull(),
		courseTitle: text('course_title').notNull(),
		courseSummary: text('course_summary').notNull(),
		certificateName: text('certificate_name').notNull(),
		courseRevision: integer('course_revision').notNull(),
		language: text('language').$type<Language>().notNull(),
		competencies: text('competencies', { mode: 'json' }).$type<Competency[]>().notNull(),
		issuers: text('issuers', { mode: 'json' }).$type<{ name: string; country: string }[]>().notNull(),
		trainers: text('trainers', { mode: 'json' }).$type<string[]>().notNull(),
		/** Mean of the best passing score of each required quiz, in percent; null for a course without quizzes. */
		score: integer('score'),
		issuedAt: timestamp('issued_at').notNull(),
		expiresAt: timestamp('expires_at'),
		revokedAt: timestamp('revoked_at'),
		/** Published with the revocation; set whenever `revokedAt` is (revocations from before it was asked: `other`). */
		revokedCategory: text('revoked_category', { enum: revocationCategories }),
		/** The administrator's note: shown to administrators only, never published. */
		revokedReason: text('revoked_reason'),
		revokedBy: text('revoked_by').references(() => users.id),
		/** The certificate that renewed this one. */
		renewedBy: text('renewed_by'),
		createdAt: createdAt(),
	},
	(table) => [
		index('certificates_user').on(table.userId),
		index('certificates_course').on(table.courseId),
		// The indicators count certificates issued month by month, and those standing at each month's end.
		index('certificates_issued_at').on(table.issuedAt),
	],
)
