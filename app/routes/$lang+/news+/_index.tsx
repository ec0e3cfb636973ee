import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { publicStoriesPage } from '#app/modules/news/pages.server.ts'
import { newsPageSize, storyKinds } from '#app/modules/news/vocabulary.ts'
import { oneOf, pageNumber } from '#app/platform/form-fields.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { can } from '#app/platform/permissions.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { SelectField, SubmitButton } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { Pagination } from '#app/ui/pagination.tsx'
import { StoryItem } from './__parts.tsx'

export const handle: StringsHandle = { i18n: ['news'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const query = new URL(request.url).searchParams
	const auth = await getSignedInUser(request)
	const actor = auth?.user ?? null
	const kind = oneOf(storyKinds, query.get('kind'))
	const page = pageNumber(query.get('page'))
	return json({
		kind: kind ?? '',
		page,
		...publicStoriesPage({ kind }, page, language, new Date()),
		mayWrite: can(actor, 'news:write'),
		mayReview: can(actor, 'news:review'),
	})
}

/** The page names its language's Atom feed, so a feed reader given the page's address finds it. */
export const meta: MetaFunction = ({ matches, params }) => [
	...pageTitle(matches, 'list.title', 'news'),
	{ tagName: 'link', rel: 'alternate', type: 'application/atom+xml', href: `/${params.lang}/news.atom` },
]

export default function News() {
	const { t } = useTranslation('news')
	const href = useHref()
	const data = useLoaderData<typeof loader>()
	return (
		<div className="page">
			<h1>{t('list.title')}</h1>
			<p>{t('list.intro')}</p>
			<p className="inline-actions">
				<a href={href('/news.atom')} type="application/atom+xml">
					{t('list.subscribe')}
				</a>
				{data.mayWrite ? <Link to={href('/news/mine')}>{t('list.mine')}</Link> : null}
				{data.mayWrite ? <Link to={href('/news/new')}>{t('list.new')}</Link> : null}
				{data.mayReview ? <Link to={href('/news/review')}>{t('list.review')}</Link> : null}
			</p>
			<Form method="GET" className="filters">
				<SelectField
					name="kind"
					label={t('list.kind')}
					options={[
						{ value: '', label: t('list.anyKind') },
						...storyKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
					]}
					defaultValue={data.kind}
				/>
				<SubmitButton>{t('list.filter')}</SubmitButton>
			</Form>
			{data.sample ? <p className="notice notice--info">{t('list.sampleNotice')}</p> : null}
			<h2 className="visually-hidden">{t('list.stories')}</h2>
			{data.stories.length ? (
				<ul className="plain-list" aria-label={t('list.stories')}>
					{data.stories.map((story) => (
						<StoryItem key={story.slug} story={story} />
					))}
				</ul>
			) : (
				<p>{t(data.kind ? 'list.noneOfKind' : 'list.empty')}</p>
			)}
			<Pagination page={data.page} pageSize={newsPageSize} total={data.total} />
		</div>
	)
}
