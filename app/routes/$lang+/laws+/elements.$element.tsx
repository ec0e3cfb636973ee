import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { alignmentOf, referenceModel } from '#app/modules/laws/alignment.ts'
import { byCountryName, lessonsTeaching } from '#app/modules/laws/pages.server.ts'
import { listFrameworks, reviewerNames } from '#app/modules/laws/store.server.ts'
import { elementIds, elements, type ElementId } from '#app/modules/laws/vocabulary.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { SampleNotice, ValueTable } from './__parts.tsx'

export const handle: StringsHandle = { i18n: ['laws'] }

export async function loader({ params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const element = elementIds.find((id) => id === params.element)
	if (!element) throw notFound()
	const frameworks = byCountryName(listFrameworks(), language)
	const entries = frameworks.map((row) => row.framework.elements[element])
	return json({
		element,
		source: referenceModel[element]?.source ?? null,
		sample: frameworks.some((row) => row.isSample),
		// Only this element and the instruments its citations name: the page shows nothing else.
		countries: frameworks.map((row, index) => ({
			country: row.country,
			name: row.name,
			framework: { ...row.framework, elements: { [element]: entries[index] } },
			alignment: alignmentOf(element, entries[index]),
		})),
		reviewers: reviewerNames(entries.flatMap((entry) => (entry?.reviewedBy ? [entry.reviewedBy] : []))),
		lessons: lessonsTeaching(element, language),
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'index.title', 'laws')

export default function ElementAcrossCountries() {
	const { t } = useTranslation('laws')
	const href = useHref()
	const { element, source, sample, countries, lessons, reviewers } = useLoaderData<typeof loader>()
	const id = element as ElementId
	const name = t(`elements.${id}.name`)
	return (
		<div className="page">
			<h1>{t('elementPage.title', { element: name })}</h1>
			<p>
				<Link to={href('/laws')}>{t('country.everyCountry')}</Link>
			</p>
			<p>{t(`elements.${id}.explanation`)}</p>
			<p>{t('elementPage.group', { group: t(`groups.${elements[id].group}`) })}</p>
			<p>{source ? `${t('model.reference')}: ${t(`model.sources.${source}`)}` : t('elementPage.notScored')}</p>
			<section aria-labelledby="lessons-heading">
				<h2 id="lessons-heading">{t('elementPage.lessons')}</h2>
				{lessons.length ? (
					<ul>
						{lessons.map((lesson) => (
							<li key={`${lesson.courseSlug}-${lesson.part}-${lesson.lessonId ?? ''}`}>
								{lesson.lessonId ? (
									<Link
										to={href(`/courses/${lesson.courseSlug}/lessons/${lesson.lessonId}`)}
										lang={lesson.lessonLanguage ?? undefined}
									>
										{t('elementPage.lesson', { lesson: lesson.lessonTitle, course: lesson.courseTitle })}
									</Link>
								) : (
									<Link to={href(`/courses/${lesson.courseSlug}`)}>
										{t('elementPage.question', { course: lesson.courseTitle })}
									</Link>
								)}
							</li>
						))}
					</ul>
				) : (
					<p>{t('elementPage.noLessons')}</p>
				)}
			</section>
			{sample ? <SampleNotice /> : null}
			<ValueTable
				caption={t('elementPage.caption', { element: name })}
				first={t('index.country')}
				rows={countries.map((row) => ({
					key: row.country,
					heading: row.name,
					to: `/laws/${row.country}`,
					element: id,
					alignment: row.alignment,
					framework: row.framework,
					reviewers,
				}))}
			/>
		</div>
	)
}
