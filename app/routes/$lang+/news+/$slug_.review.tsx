import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { presentedStory } from '#app/modules/news/pages.server.ts'
import { publishStory, returnStory, storyForReview } from '#app/modules/news/review.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, refusedPage } from '#app/platform/routing.server.ts'
import { ErrorList, fieldErrorsOf, FormMessage, SubmitButton, TextAreaField } from '#app/ui/forms.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { returnStorySchema } from './__forms.server.ts'
import { StoryView } from './__story-view.tsx'

export const handle: StringsHandle = { i18n: ['news'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'news:review')
	const found = storyForReview(user, params.slug ?? '')
	if (!found.ok) throw refusedPage(found)
	return json({
		story: presentedStory(user, found.story, language, new Date()),
		own: found.own,
		mayDecide: found.mayDecide,
	})
}

/** Publish (public at once, or when the embargo lifts) or return to the writers with a note (`intent=return`). */
export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'news:review')
	const slug = params.slug ?? ''
	const form = await request.formData()
	if (form.get('intent') === 'return') {
		const submission = parseSubmission(returnStorySchema, form)
		if (!submission.success) return formFailure(submission)
		const returned = returnStory(user, slug, submission.data.note, new Date())
		if (!returned.ok) return refusalReply(returned, { namespace: 'news', status: 409 })
		return redirectWithFlash(request, `/${language}/news/review`, { namespace: 'news', key: 'review.returned' })
	}
	if (form.get('intent') !== 'publish') return formFailure({ fieldErrors: { form: ['errors.invalid'] } })
	const published = publishStory(user, slug, new Date())
	if (!published.ok) return refusalReply(published, { namespace: 'news', status: 409 })
	return redirectWithFlash(request, `/${language}/news/review`, { namespace: 'news', key: 'review.published' })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'review.storyTitle', 'news')

export default function ReviewStory() {
	const { t } = useTranslation('news')
	const { story, own, mayDecide } = useLoaderData<typeof loader>()
	const errors = fieldErrorsOf(useActionData<typeof action>())
	return (
		<div className="page narrow">
			<p className="muted">{t('review.storyTitle')}</p>
			<StoryView story={story} />
			<section aria-labelledby="decision-heading">
				<h2 id="decision-heading">{t('review.decision')}</h2>
				<ErrorList id="decision-errors" errors={errors.form} />
				{own ? <FormMessage tone="info">{t('review.ownStory')}</FormMessage> : null}
				{mayDecide ? (
					<>
						<Form method="POST">
							<p>{story.embargoUntil ? t('review.publishWithEmbargo') : t('review.publishNow')}</p>
							<SubmitButton name="intent" value="publish">
								{t('review.publish')}
							</SubmitButton>
						</Form>
						<Form method="POST" className="stack">
							<TextAreaField name="note" label={t('review.note')} errors={errors.note} rows={4} />
							<SubmitButton name="intent" value="return" className="button button--secondary">
								{t('review.return')}
							</SubmitButton>
						</Form>
					</>
				) : own ? null : (
					<p>{t('review.notSubmitted')}</p>
				)}
			</section>
		</div>
	)
}
