import { type LoaderFunctionArgs, redirect } from '@remix-run/node'
import { preferredLanguage } from '#app/platform/i18n.server.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	const language = await preferredLanguage(request)
	return redirect(`/${language}`, { headers: { Vary: 'Accept-Language' } })
}
