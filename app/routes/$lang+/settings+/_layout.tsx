import { type LoaderFunctionArgs } from '@remix-run/node'
import { NavLink, Outlet } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/platform/auth.server.ts'
import { useHref } from '#app/ui/i18n.tsx'

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUser(request)
	return null
}

const sections = [
	{ path: '/settings', key: 'nav.profile', end: true },
	{ path: '/settings/password', key: 'nav.password', end: false },
	{ path: '/settings/sessions', key: 'nav.sessions', end: false },
	{ path: '/settings/two-factor', key: 'nav.twoFactor', end: false },
] as const

export default function SettingsLayout() {
	const { t } = useTranslation('settings')
	const href = useHref()
	return (
		<div className="page with-sidebar">
			<nav aria-label={t('nav.label')} className="sub-nav">
				<ul>
					{sections.map((section) => (
						<li key={section.path}>
							<NavLink to={href(section.path)} end={section.end}>
								{t(section.key)}
							</NavLink>
						</li>
					))}
				</ul>
			</nav>
			<div className="content">
				<Outlet />
			</div>
		</div>
	)
}
