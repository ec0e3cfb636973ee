import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from '@remix-run/node'
import { recordAudit } from '#app/platform/audit.server.ts'
import { getAuth } from '#app/modules/accounts/auth.server.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { clearedSessionCookie, endSession } from '#app/platform/session.server.ts'

// Signing out changes data, so it is a POST; a GET here just goes home.
export function loader({ params }: LoaderFunctionArgs) {
	return redirect(`/${languageFromParams(params)}`)
}

export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const auth = await getAuth(request)
	if (auth) {
		endSession(auth.session.id)
		recordAudit({ event: 'sign-out', actorUserId: auth.user.id })
	}
	return redirect(`/${language}`, { headers: { 'Set-Cookie': clearedSessionCookie(request) } })
}
