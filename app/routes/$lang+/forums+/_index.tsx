import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { categoryText } from '#app/modules/forums/pages.server.ts'
import { readableCategories } from '#app/modules/forums/store.server.ts'
import { categoryKinds } from '#app/modules/forums/vocabulary.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { can } from '#app/platform/permissions.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { inLanguage, useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { DateTime } from '#app/ui/time.tsx'

export const handle: StringsHandle = { i18n: ['forums'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const auth = await getSignedInUser(request)
	const actor = auth?.user ?? null
	return json({
		categories: readableCategories(actor).map(({ category, threads, lastPostAt }) => ({
			...categoryText(category, language),
			threads,
			lastPostAt: lastPostAt ? new Date(lastPostAt).toISOString() : null,
		})),
		signedIn: Boolean(actor),
		moderator: can(actor, 'forums:moderate'),
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'index.title', 'forums')

export default function Forums() {
	const { t } = useTranslation('forums')
	const href = useHref()
	const format = useFormat()
	const data = useLoaderData<typeof loader>()
	return (
		<div className="page">
			<h1>{t('index.title')}</h1>
			<p>{t('index.intro')}</p>
			{data.signedIn ? null : <p className="notice notice--info">{t('index.signInToPost')}</p>}
			{data.moderator ? (
				<p className="inline-actions">
					<Link to={href('/forums/moderation')}>{t('moderation.title')}</Link>
				</p>
			) : null}
			{categoryKinds.map((kind) => {
				const categories = data.categories.filter((category) => category.kind === kind)
				if (!categories.length) return null
				return (
					<section key={kind} aria-labelledby={`kind-${kind}`}>
						<h2 id={`kind-${kind}`}>{t(`kinds.${kind}`)}</h2>
						<ul className="event-list plain-list">
							{categories.map((category) => (
								<li key={category.slug}>
									<h3>
										<Link to={href(`/forums/${category.slug}`)} {...inLanguage(category.language)}>
											{category.name}
										</Link>
									</h3>
									<p {...inLanguage(category.language)}>{category.description}</p>
									<p className="muted">
										{t('index.threads', { count: category.threads, number: format.number(category.threads) })}
										{category.tier !== 'public' ? ` · ${t(`tiers.${category.tier}`)}` : null}
										{category.lastPostAt ? (
											<>
												{' · '}
												{t('index.lastPost')} <DateTime value={category.lastPostAt} />
											</>
										) : null}
									</p>
								</li>
							))}
						</ul>
					</section>
				)
			})}
			{data.categories.length ? null : <p>{t('index.empty')}</p>}
		</div>
	)
}
