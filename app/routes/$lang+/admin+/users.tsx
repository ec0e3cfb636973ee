import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { listUsers, usersPageSize } from '#app/modules/accounts/users.server.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { pageNumber } from '#app/platform/form-fields.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { InputField } from '#app/ui/forms.tsx'
import { useHref } from '#app/ui/i18n.tsx'
import { ListOf } from '#app/ui/list-of.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { DataTable } from '#app/ui/data-table.tsx'
import { Pagination } from '#app/ui/pagination.tsx'

export const handle: StringsHandle = { i18n: ['admin'] }

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'users:manage')
	const url = new URL(request.url)
	const query = (url.searchParams.get('q') ?? '').trim().slice(0, 100)
	const page = pageNumber(url.searchParams.get('page'))
	const { total, users } = listUsers({ page, query })
	return json({ page, pageSize: usersPageSize, total, query, users })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'users.title', 'admin')

export default function Users() {
	const { t } = useTranslation('admin')
	const href = useHref()
	const { users, page, pageSize, total, query } = useLoaderData<typeof loader>()
	return (
		<>
			<h1>{t('users.title')}</h1>
			<Form method="GET" className="filters" role="search">
				<InputField name="q" type="search" label={t('users.search')} defaultValue={query} maxLength={100} />
				<button type="submit" className="button button--secondary">
					{t('search', { ns: 'common' })}
				</button>
			</Form>
			<DataTable
				caption={t('users.caption', { count: total })}
				headings={[t('users.name'), t('users.organisation'), t('users.status'), t('users.roles')]}
				rows={users}
				rowKey={(user) => user.id}
				cells={(user) => (
					<>
						<td>
							<Link to={href(`/admin/users/${user.id}`)}>{user.name}</Link>
							<br />
							<span className="muted">{user.email}</span>
						</td>
						<td>{user.organisationName}</td>
						<td>{t(`userStatus.${user.status}`, { ns: 'common' })}</td>
						<td>
							<ListOf items={user.roles.map((role) => t(`roles.${role}`, { ns: 'common' }))} empty="—" />
						</td>
					</>
				)}
				empty={t('users.empty')}
			/>
			<Pagination page={page} pageSize={pageSize} total={total} />
		</>
	)
}
