import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { countryCodes } from '#app/modules/accounts/countries.ts'
import { readableTiers } from '#app/modules/library/access.ts'
import { detachFile } from '#app/modules/library/attachments.server.ts'
import { saveDocumentFacts, saveDocumentText, submitForReview } from '#app/modules/library/drafts.server.ts'
import { publishSubmission, returnSubmission, reviewHistory } from '#app/modules/library/review.server.ts'
import { countryOptions } from '#app/modules/programmes/options.server.ts'
import { oneOf } from '#app/platform/form-fields.ts'
import { formValues, parseSubmission } from '#app/platform/forms.ts'
import { isLanguage, type Language } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { FormMessage, SubmitButton, TextAreaField, fieldErrorsOf } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { LanguageTabs } from '#app/ui/language-tabs.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { DateTime } from '#app/ui/time.tsx'
import { AttachmentList } from './__attachment-list.tsx'
import { DocumentFactsFields, DocumentTextFields } from './__document-fields.tsx'
import { requireDraft } from './__draft.server.ts'
import { documentFactsSchema, documentTextSchema, reviewSchema } from './__forms.server.ts'
import { refusal } from './__outcomes.server.ts'

function editingLanguage(request: Request, fallback: Language): Language {
	const asked = new URL(request.url).searchParams.get('language')
	return isLanguage(asked) ? asked : fallback
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user, row, mayEdit, maySubmit, mayDecide } = await requireDraft(request, params)
	const draft = row.draft
	const editing = editingLanguage(request, draft.sourceLanguage)
	const text = draft.texts[editing]
	const facts = {
		type: draft.type,
		tier: draft.tier,
		topics: draft.topics,
		countries: draft.countries,
		regions: draft.regions,
		audience: draft.audience,
		publishedOn: draft.publishedOn,
		sources: draft.sources,
		protocolVersion: draft.protocol ? String(draft.protocol.version) : '',
		protocolStatus: draft.protocol?.status ?? '',
	}
	const notice = oneOf(['saved', 'submitted', 'returned'] as const, new URL(request.url).searchParams.get('notice'))
	return json({
		notice: notice ?? null,
		id: row.id,
		slug: row.slug,
		state: row.state,
		published: row.publishedRevisionId !== null,
		draftVersion: row.draftVersion,
		sourceLanguage: draft.sourceLanguage,
		written: Object.keys(draft.texts),
		editing,
		title: (draft.texts[draft.sourceLanguage] ?? text)?.title ?? '',
		text: text ? { title: text.title, summary: text.summary, body: text.body, changelog: draft.protocol?.changelog[editing] ?? '' } : { title: '', summary: '', body: '', changelog: '' },
		isProtocol: draft.type === 'protocol',
		facts,
		attachments: draft.attachments,
		history: reviewHistory(row.id),
		mayEdit,
		maySubmit,
		mayDecide,
		tiers: readableTiers(user),
		countries: countryOptions(countryCodes, language),
	})
}

export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user, row } = await requireDraft(request, params)
	const formData = await request.formData()
	const intent = formData.get('intent')
	const values = formValues(formData) as Record<string, string>
	const version = Number(formData.get('draftVersion')) || undefined
	const back = (notice: string) => redirect(`/${language}/library/drafts/${row.id}?${new URLSearchParams({ language: String(formData.get('language') ?? row.draft.sourceLanguage), notice })}`)
	if (intent === 'facts') {
		const submission = parseSubmission(documentFactsSchema, formData)
		if (!submission.success) return json(submission, { status: 400 })
		const outcome = saveDocumentFacts(user, row.id, submission.data, version)
		return outcome.ok ? back('saved') : refusal(outcome, values)
	}
	if (intent === 'text') {
		const editing = formData.get('language')
		const submission = parseSubmission(documentTextSchema, formData)
		if (!submission.success || !isLanguage(editing)) return json(submission.success ? { success: false as const, fieldErrors: { form: ['common:errors.invalid'] }, values } : submission, { status: 400 })
		const outcome = await saveDocumentText(user, row.id, editing, submission.data, version)
		return outcome.ok ? back('saved') : refusal(outcome, values)
	}
	if (intent === 'detach') {
		const outcome = detachFile(user, row.id, String(formData.get('hash') ?? ''))
		return outcome.ok ? back('saved') : refusal(outcome, values)
	}
	const submission = parseSubmission(reviewSchema, formData)
	if (!submission.success) return json(submission, { status: 400 })
	// Sending and deciding act on the version on the person's page; without it nothing happens.
	if (version === undefined) return refusal({ ok: false, reason: 'stale' }, values)
	const decision = submission.data
	const outcome =
		decision.intent === 'submit'
			? submitForReview(user, row.id, version)
			: decision.intent === 'publish'
				? publishSubmission(user, row.id, version)
				: returnSubmission(user, row.id, decision.comment, version)
	if (!outcome.ok) return refusal(outcome, values)
	if (decision.intent === 'publish') return redirect(`/${language}/library/${row.slug}`)
	return back(decision.intent === 'submit' ? 'submitted' : 'returned')
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

export default function Draft() {
	const { t } = useTranslation('library')
	const { t: tc } = useTranslation('common')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	const notice = data.notice
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const echoed = actionData && 'values' in actionData ? actionData.values : undefined
	const intent = echoed?.intent
	const textValues = intent === 'text' && echoed ? echoed : data.text
	const factValues = intent === 'facts' && echoed ? echoed : data.facts
	const stateOf = (code: string) => (code === data.sourceLanguage ? t('draft.source') : data.written.includes(code) ? t('draft.written') : t('draft.missing'))
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
			{notice ? <FormMessage tone="success">{t(`draft.notices.${notice}`)}</FormMessage> : null}
			{errors.form ? <FormMessage tone="error">{errors.form.map((message) => t(message)).join(' ')}</FormMessage> : null}
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
					<Form method="POST" className="stack" noValidate>
						<input type="hidden" name="draftVersion" value={data.draftVersion} />
						<TextAreaField name="comment" label={t('draft.comment')} hint={t('draft.commentHint')} errors={errors.comment} rows={4} />
						<SubmitButton name="intent" value="return">
							{t('draft.return')}
						</SubmitButton>
					</Form>
				</section>
			) : null}
			{data.state === 'submitted' && !data.mayDecide ? <p>{t('draft.waiting')}</p> : null}
			<section aria-labelledby="text-heading" className="stack">
				<h2 id="text-heading">{t('draft.text')}</h2>
				<LanguageTabs current={data.editing} stateOf={stateOf} label={t('draft.languages')} />
				<Form method="POST" className="stack" noValidate key={data.editing}>
					<input type="hidden" name="language" value={data.editing} />
					<input type="hidden" name="draftVersion" value={data.draftVersion} />
					<fieldset disabled={!data.mayEdit} className="stack">
						<legend>{t('draft.textIn', { language: tc(`languageNames.${data.editing}`) })}</legend>
						<DocumentTextFields values={textValues} errors={intent === 'text' ? errors : {}} lang={data.editing} protocol={data.isProtocol} />
						<SubmitButton name="intent" value="text">
							{t('draft.saveText')}
						</SubmitButton>
					</fieldset>
				</Form>
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
				<Form method="POST" className="stack" noValidate>
					<input type="hidden" name="language" value={data.editing} />
					<input type="hidden" name="draftVersion" value={data.draftVersion} />
					<fieldset disabled={!data.mayEdit} className="stack">
						<legend className="visually-hidden">{t('draft.facts')}</legend>
						<DocumentFactsFields values={factValues} errors={intent === 'facts' ? errors : {}} tiers={data.tiers} countries={data.countries} />
						<SubmitButton name="intent" value="facts">
							{t('draft.saveFacts')}
						</SubmitButton>
					</fieldset>
				</Form>
			</section>
		</div>
	)
}
