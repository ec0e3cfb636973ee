import { redirect } from '@remix-run/node'
import { type Params } from '@remix-run/react'
import { courseBeingTaken } from '#app/modules/courses/learner.server.ts'
import { findPublishedCourse } from '#app/modules/courses/store.server.ts'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { isSlug } from '#app/platform/slugs.ts'

/** The published course named in the address, or a 404. */
export function publishedCourseFrom(params: Params) {
	const language = languageFromParams(params)
	const slug = params.slug ?? ''
	const published = isSlug(slug) ? findPublishedCourse(slug) : undefined
	if (!published) throw notFound()
	return { language, ...published }
}

/** Lessons and quizzes are for enrolled learners: anyone else is sent to the course page, where they can enrol. */
export async function requireEnrolment(request: Request, params: Params) {
	const { language, course } = publishedCourseFrom(params)
	const { user } = await requireUser(request)
	const taking = courseBeingTaken(user.id, course.id)
	if (!taking.ok) throw taking.reason === 'not-enrolled' ? redirect(`/${language}/courses/${course.slug}`) : notFound()
	const { enrolment, revision } = taking
	return { language, course, user, enrolment, revision, document: revision.document }
}
