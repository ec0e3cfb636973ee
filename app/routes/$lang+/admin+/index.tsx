import { type LoaderFunctionArgs, redirect } from '@remix-run/node'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
	await requirePermission(request, 'admin:enter')
	return redirect(`/${languageFromParams(params)}/admin/members`)
}
