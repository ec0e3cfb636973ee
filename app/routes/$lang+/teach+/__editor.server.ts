import { type Params } from '@remix-run/react'
import { courseForEditing } from '#app/modules/courses/authoring.server.ts'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { refusalReply } from '#app/platform/form-reply.server.ts'
import { isLanguage, type Language } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'

/**
 * Every authoring page starts here: a signed-in co-author (or platform admin) of the
 * course in the address. Anyone else gets 403, a course that does not exist 404.
 */
export async function requireCourseEditor(request: Request, params: Params) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const editable = courseForEditing(user, params.courseId ?? '')
	if (!editable.ok) throw refusalReply(editable, { namespace: 'courses' })
	const { course, authorIds } = editable
	const document = course.draft
	const requested = new URL(request.url).searchParams.get('language')
	// The language being edited: any Atlas language, the course's source language by default.
	const editing: Language = isLanguage(requested) ? requested : document.sourceLanguage
	return { language, user, course, authorIds, document, editing }
}
