import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { recordAdoption } from '#app/modules/library/protocols.server.ts'
import { documentForReader } from '#app/modules/library/reading.server.ts'
import { searchTerms } from '#app/modules/search/query.ts'
import { getSignedInUser, requirePermission } from '#app/modules/accounts/auth.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { parseSubmission } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import {
	ErrorSummary,
	FormMessage,
	InputField,
	LinkedForm,
	SelectField,
	SubmitButton,
	fieldErrorsOf,
} from '#app/ui/forms.tsx'
import { inLanguage, useFormat, useHref } from '#app/ui/i18n.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { Marked } from '#app/ui/search-results.tsx'
import { DateTime } from '#app/ui/time.tsx'
import { AttachmentList } from './__attachment-list.tsx'
import { adoptionSchema } from './__forms.server.ts'

export const handle: StringsHandle = { i18n: ['library', 'search'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const auth = await getSignedInUser(request)
	const terms = searchTerms(new URL(request.url).searchParams.get('q') ?? '')
	const document = await documentForReader(auth?.user ?? null, params.slug ?? '', language, terms)
	if (!document) throw notFound()
	return json({ document, adopted: new URL(request.url).searchParams.has('adopted') })
}

export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'protocols:adopt', {})
	const submission = parseSubmission(adoptionSchema, await request.formData())
	if (!submission.success) return formFailure(submission)
	const outcome = recordAdoption(user, params.slug ?? '', submission.data.version, submission.data.adoptedOn)
	if (!outcome.ok) return refusalReply(outcome, { namespace: 'library', field: 'version' })
	return redirect(`/${language}/library/${params.slug}?adopted=1`)
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => contentTitle(matches, data?.document.title)

type Reader = ReturnType<typeof useLoaderData<typeof loader>>['document']

function Protocol({ document }: { document: Reader }) {
	const { t } = useTranslation('library')
	const format = useFormat()
	const actionData = useActionData<typeof action>()
	const errors = fieldErrorsOf(actionData)
	const protocol = document.protocol!
	return (
		<section aria-labelledby="versions-heading" className="stack">
			<h2 id="versions-heading">{t('protocol.versions')}</h2>
			<ol reversed className="stack">
				{protocol.versions.map((version) => (
					<li key={version.version}>
						<h3>
							{t('protocol.version', { version: version.version })} ·{' '}
							<span className={`status status--${version.status}`}>{t(`protocolStatuses.${version.status}`)}</span>
							{version.version === protocol.current ? ` · ${t('protocol.current')}` : null}
						</h3>
						<p className="meta">
							{t('protocol.firstPublished')} <DateTime value={version.firstPublishedAt} dateOnly />
						</p>
						<p>{version.changelog}</p>
					</li>
				))}
			</ol>
			<h2 id="adoptions-heading">{t('protocol.adoptions')}</h2>
			{protocol.adoptions.length ? (
				<table aria-labelledby="adoptions-heading">
					<thead>
						<tr>
							<th scope="col">{t('protocol.organisation')}</th>
							<th scope="col">{t('protocol.country')}</th>
							<th scope="col">{t('protocol.adoptedVersion')}</th>
							<th scope="col">{t('protocol.adoptedOn')}</th>
						</tr>
					</thead>
					<tbody>
						{protocol.adoptions.map((adoption) => (
							<tr key={`${adoption.organisation}-${adoption.version}`}>
								<td>{adoption.organisation}</td>
								<td>{format.country(adoption.country)}</td>
								<td>{t('protocol.version', { version: adoption.version })}</td>
								<td>{format.day(adoption.adoptedOn)}</td>
							</tr>
						))}
					</tbody>
				</table>
			) : (
				<p>{t('protocol.noAdoptions')}</p>
			)}
			{document.mayAdopt ? (
				<LinkedForm id="adoption" method="POST" className="stack" noValidate>
					<h3>{t('protocol.recordAdoption')}</h3>
					<ErrorSummary
						form="adoption"
						errors={errors}
						labels={{ version: t('protocol.adoptedVersion'), adoptedOn: t('protocol.adoptedOn') }}
					/>
					<SelectField
						name="version"
						label={t('protocol.adoptedVersion')}
						options={protocol.versions.map((version) => ({
							value: String(version.version),
							label: t('protocol.version', { version: version.version }),
						}))}
						errors={errors.version}
					/>
					<InputField
						name="adoptedOn"
						type="date"
						label={t('protocol.adoptedOn')}
						defaultValue={new Date().toISOString().slice(0, 10)}
						errors={errors.adoptedOn}
					/>
					<SubmitButton>{t('protocol.record')}</SubmitButton>
				</LinkedForm>
			) : null}
		</section>
	)
}

export default function LibraryDocument() {
	const { t } = useTranslation('library')
	const { t: tc } = useTranslation('common')
	const href = useHref()
	const format = useFormat()
	const { document, adopted } = useLoaderData<typeof loader>()
	return (
		<div className="page narrow">
			<p>
				<Link to={href('/library')}>{t('document.back')}</Link>
			</p>
			<article {...inLanguage(document.shownIn)}>
				<p className="meta">
					{t(`types.${document.type}`)} ·{' '}
					<span className={`tier tier--${document.tier}`}>{t(`tiers.${document.tier}`)}</span>
				</p>
				<h1>
					<Marked segments={document.titleSegments} />
				</h1>
				<p className="lead">
					<Marked segments={document.summarySegments} />
				</p>
				{document.fallback ? (
					<FormMessage tone="info">
						{t('document.fallback', { language: tc(`languageNames.${document.shownIn}`) })}
					</FormMessage>
				) : null}
				<div className="lesson__body" dangerouslySetInnerHTML={{ __html: document.html }} />
			</article>
			{adopted ? <FormMessage tone="success">{t('protocol.recorded')}</FormMessage> : null}
			{document.protocol ? <Protocol document={document} /> : null}
			<section aria-labelledby="about-heading">
				<h2 id="about-heading">{t('document.about')}</h2>
				<dl className="facts">
					<dt>{t('document.publisher')}</dt>
					<dd>{document.organisation}</dd>
					<dt>{t('fields.publishedOn')}</dt>
					<dd>{format.day(document.publishedOn)}</dd>
					<dt>{t('fields.topics')}</dt>
					<dd>{format.list(document.topics.map((topic) => tc(`topics.${topic}`)))}</dd>
					{document.countries.length ? (
						<>
							<dt>{t('fields.countries')}</dt>
							<dd>{format.list(document.countries.map((code) => format.country(code)))}</dd>
						</>
					) : null}
					{document.regions.length ? (
						<>
							<dt>{t('fields.regions')}</dt>
							<dd>{format.list(document.regions.map((region) => t(`regions.${region}`)))}</dd>
						</>
					) : null}
					{document.audience.length ? (
						<>
							<dt>{t('fields.audience')}</dt>
							<dd>{format.list(document.audience.map((audience) => t(`audiences.${audience}`)))}</dd>
						</>
					) : null}
					<dt>{t('document.languages')}</dt>
					<dd>
						{document.languages.map((code, index) => (
							<span key={code}>
								{index ? ', ' : ''}
								<Link to={`/${code}/library/${document.slug}`} hrefLang={code} lang={code}>
									{tc(`languageNames.${code}`)}
								</Link>
							</span>
						))}
					</dd>
				</dl>
			</section>
			{document.attachments.length ? (
				<section aria-labelledby="files-heading">
					<h2 id="files-heading">{t('attachments.title')}</h2>
					<AttachmentList slug={document.slug} attachments={document.attachments} />
				</section>
			) : null}
			{document.sources.length ? (
				<section aria-labelledby="sources-heading">
					<h2 id="sources-heading">{t('document.sources')}</h2>
					<ul>
						{document.sources.map((source) => (
							<li key={source}>{source}</li>
						))}
					</ul>
				</section>
			) : null}
			<section aria-labelledby="revisions-heading">
				<h2 id="revisions-heading">{t('document.revisions')}</h2>
				<ol reversed>
					{[...document.history].reverse().map((revision) => (
						<li key={revision.number}>
							{t('document.revision', { number: revision.number })} · <DateTime value={revision.publishedAt} dateOnly />
							{revision.author ? ` · ${t('document.writtenBy', { name: revision.author })}` : ''}
							{revision.publishedBy ? ` · ${t('document.publishedBy', { name: revision.publishedBy })}` : ''}
							{revision.protocolVersion ? ` · ${t('protocol.version', { version: revision.protocolVersion })}` : ''}
						</li>
					))}
				</ol>
			</section>
			{document.mayEdit ? (
				<p>
					<Link to={href(`/library/drafts/${document.id}`)}>{t('document.edit')}</Link>
				</p>
			) : null}
		</div>
	)
}
