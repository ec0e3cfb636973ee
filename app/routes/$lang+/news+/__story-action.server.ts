import { type ActionFunctionArgs } from '@remix-run/node'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { saveStory, writableStory } from '#app/modules/news/writing.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { languageFromParams, refusedPage } from '#app/platform/routing.server.ts'
import { parseStoryForm, storyFormEcho } from './__forms.server.ts'

/** Saves a new story (`existingSlug` null) or a draft, and sends it for review when asked, for both story forms. */
export async function storyAction({ request, params }: ActionFunctionArgs, existingSlug: string | null) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'news:write')
	// Someone who may not write this story learns nothing from the form's checks.
	if (existingSlug !== null) {
		const writable = writableStory(user, existingSlug)
		if (!writable.ok) throw refusedPage(writable)
	}
	const form = await request.formData()
	const values = storyFormEcho(form)
	const submission = parseStoryForm(form, user.timeZone)
	if (!submission.success) return formFailure({ ...submission, values })
	const { submit, ...input } = submission.data
	const outcome = saveStory(user, input, existingSlug, submit, new Date())
	if (!outcome.ok)
		return refusalReply(outcome, { namespace: 'news', values, status: outcome.reason === 'locked' ? 409 : 400 })
	return redirectWithFlash(request, `/${language}/news/${outcome.slug}`, {
		namespace: 'news',
		key: submit ? 'form.submitted' : 'form.saved',
	})
}
