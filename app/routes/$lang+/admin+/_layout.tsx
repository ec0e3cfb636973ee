import { json, type LoaderFunctionArgs } from '@remix-run/node'
import { NavLink, Outlet, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/platform/auth.server.ts'
import { can, type Permission } from '#app/platform/permissions.ts'
import { useHref } from '#app/ui/i18n.tsx'

const sections: { path: string; key: string; permission: Permission }[] = [
	{ path: '/admin/members', key: 'nav.members', permission: 'members:vet' },
	{ path: '/admin/organisations', key: 'nav.organisations', permission: 'organisations:vet' },
	{ path: '/admin/users', key: 'nav.users', permission: 'users:manage' },
	{ path: '/admin/audit', key: 'nav.audit', permission: 'audit:read' },
	{ path: '/admin/outbox', key: 'nav.outbox', permission: 'outbox:read' },
]

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requirePermission(request, 'admin:enter')
	return json({ sections: sections.filter((section) => can(user, section.permission)) })
}

export default function AdminLayout() {
	const { t } = useTranslation('admin')
	const href = useHref()
	const { sections } = useLoaderData<typeof loader>()
	return (
		<div className="page with-sidebar">
			<nav aria-label={t('nav.label')} className="sub-nav">
				<ul>
					{sections.map((section) => (
						<li key={section.path}>
							<NavLink to={href(section.path)}>{t(section.key)}</NavLink>
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
