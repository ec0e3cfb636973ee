import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { detachFile } from '#app/modules/library/attachments.server.ts'
import { draftPageWithPreview } from '#app/modules/library/draft-page.server.ts'
import { saveDocumentFacts, saveDocumentText } from '#app/modules/library/drafts.server.ts'
import { draftFor, takeReviewStep } from '#app/modules/library/review.server.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { formValues, parseSubmission } from '#app/platform/forms.ts'
import { isLanguage, type Language, type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { ErrorSummary, FormMessage, LinkedForm, SubmitButton, TextAreaField, fieldErrorsOf } from '#app/ui/forms.tsx'
import { inLanguage, useHref } from '#app/ui/i18n.tsx'
import { LanguageTabs } from '#app/ui/language-tabs.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { DateTime } from '#app/ui/time.tsx'
import { AttachmentList } from './__attachment-list.tsx'
import { DocumentFactsFields, DocumentTextFields, useDocumentFieldLabel } from './__document-fields.tsx'
import { documentFactsSchema, documentTextSchema, reviewSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['authoring', 'library'] }

function askedLanguage(request: Request): Language | null {
	const asked = new URL(request.url).searchParams.get('language')
	return isLanguage(asked) ? asked : null
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const found = await draftPageWithPreview(user, params.documentId ?? '', askedLanguage(request))
	if (!found.ok) throw notFound()
	return json({ ...found.page, countries: countryOptions(language) })
}

export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requireUser(request)
	const found = draftFor(user, params.documentId ?? '')
	if (!found.ok) throw notFound()
	const { row } = found
	const formData = await request.formData()
	const intent = formData.get('intent')
	const values = formValues(formData) as Record<string, string>
	const wording = { namespace: 'library', values }
	const version = Number(formData.get('draftVersion')) || undefined
	const back = (notice: 'saved' | 'submitted' | 'returned') =>
		redirectWithFlash(
			request,
			`/${language}/library/drafts/${row.id}?${new URLSearchParams({ language: String(formData.get('language') ?? row.draft.sourceLanguage) })}`,
			{ namespace: 'library', key: `draft.notices.${notice}` },
		)
	if (intent === 'facts') {
		const submission = parseSubmission(documentFactsSchema, formData)
		if (!submission.success) return formFailure(submission)
		const outcome = saveDocumentFacts(user, row.id, submission.data, version)
		return outcome.ok ? back('saved') : refusalReply(outcome, wording)
	}
	if (intent === 'text') {
		const editing = formData.get('language')
		const submission = parseSubmission(documentTextSchema, formData)
		if (!submission.success) return formFailure(submission)
		if (!isLanguage(editing)) return formFailure({ fieldErrors: { form: ['common:errors.invalid'] }, values })
		const outcome = await saveDocumentText(user, row.id, editing, submission.data, version)
		return outcome.ok ? back('saved') : refusalReply(outcome, wording)
	}
	if (intent === 'detach') {
		const outcome = detachFile(user, row.id, String(formData.get('hash') ?? ''))
		return outcome.ok ? back('saved') : refusalReply(outcome, wording)
	}
	const submission = parseSubmission(reviewSchema, formData)
	if (!submission.success) return formFailure(submission)
	const step = submission.data
	const outcome = takeReviewStep(user, row.id, step, version)
	if (!outcome.ok) return refusalReply(outcome, wording)
	if (step.intent === 'publish') return redirect(`/${language}/library/${row.slug}`)
	return back(step.intent === 'submit' ? 'submitted' : 'returned')
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => contentTitle(matches, data?.title)

function ReviewHistory({ history }: { history: { action: string; comment: string | null; at: string; by: string }[] }) {
	const { t } = useTranslation('library')
	if (!history.length) return null
	return (
		<section aria-labelledby="history-heading">
			<h2 id="history-heading">{t('draft.history')}</h2>
			<ol className="stack">
				{history.map((entry, index) => (
					<li key={index}>
						<p>
							{t(`reviewActions.${entry.action}`, { name: entry.by })} · <DateTime value={entry.at} />
						</p>
						{entry.comment ? <blockquote>{entry.comment}</blockquote> : null}
					</li>
				))}
			</ol>
		</section>
	)
}

/** The page's forms an error summary may link into, by the intent each posts. */
const formIds = { text: 'draft-text', facts: 'draft-facts', return: 'draft-review' } as const

/** The text as readers will see it once published: what a reviewer judges, beside its MDX. */
function Preview({
	title,
	summary,
	html,
	language,
}: {
	title: string
	summary: string
	html: string
	language: Language
}) {
	const { t } = useTranslation('library')
	return (
		<section aria-labelledby="preview-heading" className="panel">
			<h2 id="preview-heading">{t('draft.preview')}</h2>
			<div {...inLanguage(language)}>
				<p>
					<strong>{title}</strong>
				</p>
				<p>{summary}</p>
				<div className="lesson__body" dangerouslySetInnerHTML={{ __html: html }} />
			</div>
		</section>
	)
}

export default function Draft() {
	const { t } = useTranslation('library')
	const { t: tc } = useTranslation('common')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const echoed = actionData && 'values' in actionData ? actionData.values : undefined
	const intent = echoed?.intent
	const textValues = intent === 'text' && echoed ? echoed : data.text
	const factValues = intent === 'facts' && echoed ? echoed : data.facts
	const fieldLabel = useDocumentFieldLabel()
	const failedForm = intent === 'text' || intent === 'facts' || intent === 'return' ? intent : null
	const stateOf = (code: string) =>
		code === data.sourceLanguage
			? t('draft.source')
			: data.written.includes(code)
				? t('draft.written')
				: t('draft.missing')
	return (
		<div className="page narrow">
			<p>
				<Link to={href('/library/submissions')}>{t('draft.back')}</Link>
			</p>
			<h1>{data.title}</h1>
			<p className={`status status--${data.state}`}>{t('draft.state', { state: t(`states.${data.state}`) })}</p>
			{data.published ? (
				<p>
					<Link to={href(`/library/${data.slug}`)}>{t('draft.viewPublished')}</Link>
				</p>
			) : null}
			{errors.form ? (
				<FormMessage tone="error">{errors.form.map((message) => t(message)).join(' ')}</FormMessage>
			) : null}
			{failedForm ? (
				<ErrorSummary
					form={formIds[failedForm]}
					errors={errors}
					labels={(name) => (name === 'comment' ? t('draft.comment') : fieldLabel(name))}
				/>
			) : null}
			<ReviewHistory history={data.history} />
			{data.maySubmit ? (
				<Form method="POST">
					<input type="hidden" name="language" value={data.editing} />
					<input type="hidden" name="draftVersion" value={data.draftVersion} />
					<SubmitButton name="intent" value="submit">
						{t('draft.submit')}
					</SubmitButton>
				</Form>
			) : null}
			{data.mayDecide ? (
				<section aria-labelledby="decide-heading" className="stack">
					<h2 id="decide-heading">{t('draft.decide')}</h2>
					<Form method="POST">
						<input type="hidden" name="draftVersion" value={data.draftVersion} />
						<SubmitButton name="intent" value="publish">
							{t('draft.publish')}
						</SubmitButton>
					</Form>
					<LinkedForm id={formIds.return} method="POST" className="stack" noValidate>
						<input type="hidden" name="draftVersion" value={data.draftVersion} />
						<TextAreaField
							name="comment"
							label={t('draft.comment')}
							hint={t('draft.commentHint')}
							errors={errors.comment}
							rows={4}
						/>
						<SubmitButton name="intent" value="return">
							{t('draft.return')}
						</SubmitButton>
					</LinkedForm>
				</section>
			) : null}
			{data.state === 'submitted' && !data.mayDecide ? <p>{t('draft.waiting')}</p> : null}
			{data.preview ? (
				<Preview title={data.text.title} summary={data.text.summary} html={data.preview} language={data.editing} />
			) : null}
			<section aria-labelledby="text-heading" className="stack">
				<h2 id="text-heading">{t('draft.text')}</h2>
				<LanguageTabs current={data.editing} stateOf={stateOf} label={t('draft.languages')} />
				<LinkedForm id={formIds.text} method="POST" className="stack" noValidate key={data.editing}>
					<input type="hidden" name="language" value={data.editing} />
					<input type="hidden" name="draftVersion" value={data.draftVersion} />
					<fieldset disabled={!data.mayEdit} className="stack">
						<legend>{t('draft.textIn', { language: tc(`languageNames.${data.editing}`) })}</legend>
						<DocumentTextFields
							values={textValues}
							errors={intent === 'text' ? errors : {}}
							lang={data.editing}
							protocol={data.isProtocol}
						/>
						<SubmitButton name="intent" value="text">
							{t('draft.saveText')}
						</SubmitButton>
					</fieldset>
				</LinkedForm>
			</section>
			<section aria-labelledby="attachments-heading" className="stack">
				<h2 id="attachments-heading">{t('attachments.title')}</h2>
				{data.attachments.length ? (
					<AttachmentList
						slug={data.slug}
						attachments={data.attachments}
						after={(attachment) =>
							data.mayEdit ? (
								<Form method="POST" className="inline-form">
									<input type="hidden" name="hash" value={attachment.hash} />{' '}
									<SubmitButton name="intent" value="detach" className="link-button">
										{t('attachments.remove', { name: attachment.name })}
									</SubmitButton>
								</Form>
							) : null
						}
					/>
				) : (
					<p>{t('attachments.none')}</p>
				)}
				{data.mayEdit ? <Link to={href(`/library/drafts/${data.id}/attachments`)}>{t('attachments.add')}</Link> : null}
			</section>
			<section aria-labelledby="facts-heading" className="stack">
				<h2 id="facts-heading">{t('draft.facts')}</h2>
				<LinkedForm id={formIds.facts} method="POST" className="stack" noValidate>
					<input type="hidden" name="language" value={data.editing} />
					<input type="hidden" name="draftVersion" value={data.draftVersion} />
					<fieldset disabled={!data.mayEdit} className="stack">
						<legend className="visually-hidden">{t('draft.facts')}</legend>
						<DocumentFactsFields
							values={factValues}
							errors={intent === 'facts' ? errors : {}}
							tiers={data.tiers}
							countries={data.countries}
						/>
						<SubmitButton name="intent" value="facts">
							{t('draft.saveFacts')}
						</SubmitButton>
					</fieldset>
				</LinkedForm>
			</section>
		</div>
	)
}
