import { type Params } from '@remix-run/react'
import { courseForEditing } from '#app/modules/courses/authoring.server.ts'
import { type DraftOutcome } from '#app/modules/courses/authoring.server.ts'
import { forbidden, requireUser } from '#app/platform/auth.server.ts'
import { isLanguage, type Language } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'

/**
 * Every authoring page starts here: a signed-in co-author (or platform admin) of the
 * course in the address. Anyone else gets 403, a course that does not exist 404.
 */
export async function requireCourseEditor(request: Request, params: Params) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const editable = courseForEditing(user, params.courseId ?? '')
	if (editable === 'not-found') throw notFound()
	if (editable === 'forbidden') throw forbidden()
	const document = editable.course.draft
	const requested = new URL(request.url).searchParams.get('language')
	// The language being edited: any Atlas language, the course's source language by default.
	const editing: Language = isLanguage(requested) ? requested : document.sourceLanguage
	return { language, user, ...editable, document, editing }
}

/** Turns a refused draft edit into the answer the editor should see. */
export function throwUnlessSaved(outcome: DraftOutcome) {
	if (outcome.ok) return outcome.document
	if (outcome.reason === 'forbidden') throw forbidden()
	if (outcome.reason === 'not-found') throw notFound()
	return null
}
