import { type Db, getDb } from '#app/db/client.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { describeCourse } from './catalogue.server.ts'
import { courseLanguages } from './document.ts'
import { findEnrolment, offersSelfPaced } from './enrolment.server.ts'
import { enrolmentSummary } from './learner.server.ts'
import { type CourseRow, findRevision, type RevisionRow } from './store.server.ts'

/**
 * The public course page for one reader. An enrolled learner sees the outline of the revision
 * they are taking, which may be older than the published one. Anyone else sees the published
 * revision and the ways they may enrol, the same ones `enrolLearner` accepts: self-paced unless
 * the course is taught only in cohorts, and each cohort whose enrolment is open now.
 */
export function coursePageFor(
	actor: Actor | null,
	published: { course: CourseRow; revision: RevisionRow },
	language: Language,
	now = new Date(),
	db: Db = getDb(),
) {
	const { course, revision } = published
	const enrolment = actor ? findEnrolment(actor.id, course.id, db) : undefined
	const taking = (enrolment && findRevision(enrolment.revisionId, db)) || revision
	const described = describeCourse(course, taking, language, now, db)
	return {
		course: described,
		enrolment: enrolment ? enrolmentSummary(enrolment, revision.number, db) : null,
		enrolChoices: {
			selfPaced: offersSelfPaced(revision.format),
			cohorts: described.cohorts.filter((cohort) => cohort.open).map(({ id, title }) => ({ id, title })),
		},
		learningLanguages: courseLanguages(revision.document),
	}
}
