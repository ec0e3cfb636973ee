import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { memberHome, waitingCountCap } from '#app/modules/home/member-home.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { inLanguage, useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { DateTime } from '#app/ui/time.tsx'
import { ProgressMeter } from './courses+/__course-parts.tsx'

export const handle: StringsHandle = { i18n: ['certificates', 'courses', 'home'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	languageFromParams(params)
	const { user } = await requireUser(request)
	return json({ ...memberHome(user), waitingCountCap })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'title', 'home')

type HomeData = ReturnType<typeof useLoaderData<typeof loader>>

function WaitingWork({ waiting, cap }: { waiting: HomeData['waiting']; cap: number }) {
	const { t } = useTranslation('home')
	const href = useHref()
	const format = useFormat()
	if (!waiting.length) return null
	return (
		<section aria-labelledby="home-waiting">
			<h2 id="home-waiting">{t('waiting.title')}</h2>
			<ul className="card-grid">
				{waiting.map((work) => (
					<li key={work.kind} className="card">
						<h3>{t(`waiting.${work.kind}.title`)}</h3>
						<p>
							{work.count
								? t('waiting.count', {
										number: work.count >= cap ? `${format.number(cap - 1)}+` : format.number(work.count),
									})
								: t(`waiting.${work.kind}.none`)}
						</p>
						<p>
							<Link to={href(work.path)}>{t(`waiting.${work.kind}.link`)}</Link>
						</p>
					</li>
				))}
			</ul>
		</section>
	)
}

function CoursesInProgress({ courses }: { courses: HomeData['courses'] }) {
	const { t } = useTranslation('home')
	const href = useHref()
	return (
		<section aria-labelledby="home-courses">
			<h2 id="home-courses">{t('courses.title')}</h2>
			{courses.length ? (
				<ul className="cards">
					{courses.map((course) => (
						<li key={course.slug} className="card">
							<h3 {...inLanguage(course.shownIn)}>
								<Link to={href(`/courses/${course.slug}`)}>{course.title}</Link>
							</h3>
							<ProgressMeter percent={course.percent} label={t('course.progress', { ns: 'courses' })} />
							<p>
								<Link to={href(course.resumePath)}>{t('courses.resume')}</Link>{' '}
								<span className="meta">
									{t('courses.lastActivity')} <DateTime value={course.lastActivityAt} />
								</span>
							</p>
						</li>
					))}
				</ul>
			) : (
				<p>{t('courses.empty')}</p>
			)}
			<p className="actions">
				<Link to={href('/learning')}>{t('courses.all')}</Link>
				<Link to={href('/courses')}>{t('courses.browse')}</Link>
			</p>
		</section>
	)
}

function CertificatesExpiring({ certificates }: { certificates: HomeData['certificates'] }) {
	const { t } = useTranslation('home')
	const href = useHref()
	return (
		<section aria-labelledby="home-certificates">
			<h2 id="home-certificates">{t('certificates.title')}</h2>
			{certificates.length ? (
				<ul className="cards">
					{certificates.map((certificate) => (
						<li key={certificate.code} className="card">
							<h3 {...inLanguage(certificate.language)}>{certificate.certificateName}</h3>
							<p>
								{t('certificates.expires')} <DateTime value={certificate.expiresAt} dateOnly />
							</p>
							{certificate.refresherSlug ? (
								<p>
									<Link to={href(`/courses/${certificate.refresherSlug}`)}>{t('certificates.renew')}</Link>
								</p>
							) : (
								<p>{t('certificates.noRefresher')}</p>
							)}
						</li>
					))}
				</ul>
			) : (
				<p>{t('certificates.empty')}</p>
			)}
			<p>
				<Link to={href('/certificates')}>{t('mine.title', { ns: 'certificates' })}</Link>
			</p>
		</section>
	)
}

/** A signed-in member's home: what they are learning, what expires, what waits for them. */
export default function MemberHome() {
	const { t } = useTranslation('home')
	const { name, courses, certificates, waiting, waitingCountCap: cap } = useLoaderData<typeof loader>()
	return (
		<div className="page">
			<h1>{t('title')}</h1>
			<p className="lead">{t('home.welcomeBack', { ns: 'common', name })}</p>
			<WaitingWork waiting={waiting} cap={cap} />
			<CoursesInProgress courses={courses} />
			<CertificatesExpiring certificates={certificates} />
		</div>
	)
}
