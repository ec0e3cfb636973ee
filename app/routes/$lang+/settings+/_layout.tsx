import { type LoaderFunctionArgs } from '@remix-run/node'
import { Outlet } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { SectionNav } from '#app/ui/layout/section-nav.tsx'

export const handle: StringsHandle = { i18n: ['settings'] }

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
	return (
		<div className="page with-sidebar">
			<SectionNav
				label={t('nav.label')}
				sections={sections.map((section) => ({ path: section.path, end: section.end, label: t(section.key) }))}
			/>
			<div className="content">
				<Outlet />
			</div>
		</div>
	)
}
