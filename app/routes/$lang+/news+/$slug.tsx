import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { getSignedInUser, requireUser } from '#app/modules/accounts/auth.server.ts'
import { presentStory } from '#app/modules/news/pages.server.ts'
import { checkWithdrawal, withdrawStory } from '#app/modules/news/review.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { ErrorList, fieldErrorsOf, SubmitButton } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { StoryView } from './__story-view.tsx'

export const handle: StringsHandle = { i18n: ['news'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const auth = await getSignedInUser(request)
	const story = presentStory(auth?.user ?? null, params.slug ?? '', language, new Date())
	if (!story) throw notFound()
	return json({ story })
}

/** Withdrawing a published story: a reviewer, or its organisation's admins. */
export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const slug = params.slug ?? ''
	const allowed = checkWithdrawal(user, slug, new Date())
	if (!allowed.ok) return refusalReply(allowed, { namespace: 'news', status: 409 })
	if ((await request.formData()).get('intent') !== 'withdraw')
		return formFailure({ fieldErrors: { form: ['errors.invalid'] } })
	const outcome = withdrawStory(user, slug, new Date())
	if (!outcome.ok) return refusalReply(outcome, { namespace: 'news', status: 409 })
	return redirectWithFlash(request, `/${language}/news/mine`, { namespace: 'news', key: 'story.withdrawn' })
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => contentTitle(matches, data?.story.title)

export default function StoryPage() {
	const { t } = useTranslation('news')
	const href = useHref()
	const { story } = useLoaderData<typeof loader>()
	const errors = fieldErrorsOf(useActionData<typeof action>())
	return (
		<div className="page narrow">
			<StoryView story={story} />
			{story.mayEdit || story.mayReview || story.mayWithdraw ? (
				<section aria-labelledby="manage-heading">
					<h2 id="manage-heading">{t('story.manage')}</h2>
					<p className="inline-actions">
						{story.mayEdit ? <Link to={href(`/news/${story.slug}/edit`)}>{t('story.edit')}</Link> : null}
						{story.mayReview ? <Link to={href(`/news/${story.slug}/review`)}>{t('story.review')}</Link> : null}
					</p>
					{story.mayWithdraw ? (
						<Form method="POST">
							<p>{t('story.withdrawIntro')}</p>
							<ErrorList id="withdraw-errors" errors={errors.form} />
							<SubmitButton name="intent" value="withdraw" className="button button--danger">
								{t('story.withdraw')}
							</SubmitButton>
						</Form>
					) : null}
				</section>
			) : null}
		</div>
	)
}
