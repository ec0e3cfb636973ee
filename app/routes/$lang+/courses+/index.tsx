import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { listCourses } from '#app/modules/courses/catalogue.server.ts'
import { parseCourseFilters } from '#app/modules/courses/filters.ts'
import { competencies, courseFormats, courseLevels, coursesPageSize, topics } from '#app/modules/courses/vocabulary.ts'
import { languages, type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { chosenFilters, FilterPanel } from '#app/ui/filter-panel.tsx'
import { SelectField } from '#app/ui/forms.tsx'
import { inLanguage, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { Pagination } from '#app/ui/pagination.tsx'
import { CourseFacts } from './__course-parts.tsx'

export const handle: StringsHandle = { i18n: ['courses'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const filters = parseCourseFilters(new URL(request.url).searchParams)
	const { courses, total } = listCourses(filters, language)
	return json({ filters, courses, total, pageSize: coursesPageSize })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'catalogue.title', 'courses')

export default function Courses() {
	const { t } = useTranslation('courses')
	const { t: tc } = useTranslation('common')
	const href = useHref()
	const { filters, courses, total, pageSize } = useLoaderData<typeof loader>()
	const labelled = (prefix: string, values: readonly string[]) =>
		values.map((value) => ({ value, label: t(`${prefix}.${value}`) }))
	return (
		<div className="page">
			<h1>{t('catalogue.title')}</h1>
			<p className="lead">{t('catalogue.intro')}</p>
			<FilterPanel chosen={chosenFilters(filters)}>
				<Form method="GET" className="filters" aria-labelledby="filters-heading">
					<h2 id="filters-heading">{t('catalogue.filters')}</h2>
					<SelectField
						name="topic"
						label={t('catalogue.topic')}
						placeholder={t('catalogue.any')}
						options={labelled('common:topics', topics)}
						defaultValue={filters.topic}
					/>
					<SelectField
						name="language"
						label={t('catalogue.language')}
						placeholder={t('catalogue.any')}
						options={languages.map((value) => ({ value, label: tc(`languageNames.${value}`) }))}
						defaultValue={filters.language}
					/>
					<SelectField
						name="level"
						label={t('catalogue.level')}
						placeholder={t('catalogue.any')}
						options={labelled('levels', courseLevels)}
						defaultValue={filters.level}
					/>
					<SelectField
						name="format"
						label={t('catalogue.format')}
						placeholder={t('catalogue.any')}
						options={labelled('formats', courseFormats)}
						defaultValue={filters.format}
					/>
					<SelectField
						name="competency"
						label={t('catalogue.competency')}
						placeholder={t('catalogue.any')}
						options={labelled('competencies', competencies)}
						defaultValue={filters.competency}
					/>
					<button type="submit" className="button">
						{t('catalogue.show')}
					</button>
					<Link to={href('/courses')}>{t('catalogue.clear')}</Link>
				</Form>
			</FilterPanel>
			<h2>{t('catalogue.results', { count: total })}</h2>
			{courses.length ? (
				<ul className="cards">
					{courses.map((course) => (
						<li key={course.slug} className="card">
							<h3 {...inLanguage(course.shownIn)}>
								<Link to={href(`/courses/${course.slug}`)}>{course.title}</Link>
							</h3>
							<p {...inLanguage(course.shownIn)}>{course.summary}</p>
							{course.fallback ? (
								<p className="meta">{t('catalogue.shownIn', { language: tc(`languageNames.${course.shownIn}`) })}</p>
							) : null}
							<CourseFacts course={course} />
						</li>
					))}
				</ul>
			) : (
				<p>{t('catalogue.empty')}</p>
			)}
			<Pagination page={filters.page} pageSize={pageSize} total={total} />
		</div>
	)
}
