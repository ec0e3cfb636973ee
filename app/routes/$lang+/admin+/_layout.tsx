import { json, type LoaderFunctionArgs } from '@remix-run/node'
import { Outlet, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { can, type Permission } from '#app/platform/permissions.ts'
import { SectionNav } from '#app/ui/layout/section-nav.tsx'

export const handle: StringsHandle = { i18n: ['admin'] }

const sections: { path: string; key: string; permission: Permission }[] = [
	{ path: '/admin/members', key: 'nav.members', permission: 'members:vet' },
	{ path: '/admin/organisations', key: 'nav.organisations', permission: 'organisations:vet' },
	{ path: '/admin/users', key: 'nav.users', permission: 'users:manage' },
	{ path: '/admin/audit', key: 'nav.audit', permission: 'audit:read' },
	{ path: '/admin/outbox', key: 'nav.outbox', permission: 'outbox:read' },
	{ path: '/admin/certificates', key: 'nav.certificates', permission: 'certificates:oversee' },
]

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requirePermission(request, 'admin:enter')
	return json({ sections: sections.filter((section) => can(user, section.permission)) })
}

export default function AdminLayout() {
	const { t } = useTranslation('admin')
	const { sections } = useLoaderData<typeof loader>()
	return (
		<div className="page with-sidebar">
			<SectionNav
				label={t('nav.label')}
				sections={sections.map((section) => ({ path: section.path, label: t(section.key) }))}
			/>
			<div className="content">
				<Outlet />
			</div>
		</div>
	)
}
