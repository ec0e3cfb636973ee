import { type MetaFunction } from '@remix-run/node'
import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useRootData } from '#app/root.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'

const areas = [
	'courses',
	'certificates',
	'library',
	'laws',
	'events',
	'network',
	'campaigns',
	'indicators',
	'programmes',
] as const
/** Each area's card links to its pages; certificates to where anyone checks one. */
const areaPaths: Partial<Record<(typeof areas)[number], string>> = {
	courses: '/courses',
	certificates: '/verify',
	library: '/library',
	laws: '/laws',
	events: '/events',
	network: '/network',
	campaigns: '/campaigns',
	indicators: '/indicators',
	programmes: '/programmes',
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'home.title')

export default function Home() {
	const { t } = useTranslation()
	const href = useHref()
	const user = useRootData()?.user
	return (
		<div className="page">
			<section className="hero" aria-labelledby="home-title">
				<h1 id="home-title">{t('home.title')}</h1>
				<p className="lead">{t('home.lead')}</p>
				{user ? (
					<p>{t('home.welcomeBack', { name: user.name })}</p>
				) : (
					<p className="actions">
						<Link className="button" to={href('/sign-up')}>
							{t('home.apply')}
						</Link>
						<Link className="button button--secondary" to={href('/sign-in')}>
							{t('nav.signIn')}
						</Link>
					</p>
				)}
			</section>
			<section aria-labelledby="home-areas">
				<h2 id="home-areas">{t('home.areasTitle')}</h2>
				<ul className="card-grid">
					{areas.map((area) => (
						<li key={area} className="card">
							<h3>
								{areaPaths[area] ? (
									<Link to={href(areaPaths[area])}>{t(`home.areas.${area}.title`)}</Link>
								) : (
									t(`home.areas.${area}.title`)
								)}
							</h3>
							<p>{t(`home.areas.${area}.body`)}</p>
						</li>
					))}
				</ul>
			</section>
			<section aria-labelledby="home-vetting">
				<h2 id="home-vetting">{t('home.vettingTitle')}</h2>
				<p>{t('home.vettingBody')}</p>
			</section>
		</div>
	)
}
