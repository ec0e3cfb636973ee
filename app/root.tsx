import {
	type HeadersFunction,
	json,
	type LinksFunction,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from '@remix-run/react'
import { type ReactNode, useEffect } from 'react'
import { I18nextProvider } from 'react-i18next'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { takeFlash } from '#app/platform/flash.server.ts'
import { defaultLanguage, directionOf, isLanguage, type StringsHandle } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { can } from '#app/platform/permissions.ts'
import { isSurvivorPath } from '#app/platform/survivor-safety.ts'
import { ErrorPage, errorKind } from '#app/ui/error-page.tsx'
import { FlashMessage } from '#app/ui/layout/flash-message.tsx'
import { SiteFooter } from '#app/ui/layout/site-footer.tsx'
import { SiteHeader } from '#app/ui/layout/site-header.tsx'
import { QuickExit } from '#app/ui/layout/quick-exit.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { useNonce } from '#app/ui/nonce.tsx'
import { StringsHandoffScript, usePageStrings } from '#app/ui/page-strings.tsx'
import stylesheet from '#app/styles/app.css'

export const links: LinksFunction = () => [
	{ rel: 'stylesheet', href: stylesheet },
	{ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export const handle: StringsHandle = { i18n: ['common'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = isLanguage(params.lang) ? params.lang : defaultLanguage
	// Survivors' pages never look at the session cookie: nothing ties a visit to a person.
	const survivor = isSurvivorPath(new URL(request.url).pathname)
	const auth = survivor ? null : await getSignedInUser(request)
	// What the last action did, shown once (decision 016); never looked for on a survivor's page.
	const { flash, headers } = survivor ? { flash: null, headers: undefined } : takeFlash(request)
	return json(
		{
			// Said in the reader's language here, so a page need not carry the namespace the message came from.
			flash: flash ? { message: serverI18n(language).t(flash.key, { ns: flash.namespace }) } : null,
			language,
			timeZone: auth?.user.timeZone ?? 'UTC',
			user: auth
				? {
						name: auth.user.name,
						canAdminister: can(auth.user, 'admin:enter'),
						canManageListings: can(auth.user, 'programmes:manage'),
						canTeach: can(auth.user, 'courses:create'),
					}
				: null,
			quickExitUrl: survivor ? getEnv().QUICK_EXIT_URL : null,
		},
		{ headers },
	)
}

export const meta: MetaFunction = ({ matches, error }) =>
	error ? pageTitle(matches, `errorPage.${errorKind(error)}.title`) : pageTitle(matches, null)

/**
 * A refusal thrown as a Response (429 with its Retry-After, say) is shown as the translated error page, which
 * would drop its headers: the root boundary shows every error, so it passes the refusal's wait on.
 */
export const headers: HeadersFunction = ({ errorHeaders }) => {
	const retryAfter = errorHeaders?.get('Retry-After')
	return retryAfter ? { 'Retry-After': retryAfter } : new Headers()
}

export type RootLoaderData = ReturnType<typeof useRootData>

export function useRootData() {
	return useRouteLoaderData<typeof loader>('root')
}

export function Layout({ children }: { children: ReactNode }) {
	const data = useRootData()
	const nonce = useNonce()
	// Without root data (the root loader itself failed) the error page still speaks English.
	const language = data?.language ?? defaultLanguage
	const quickExitUrl = data?.quickExitUrl ?? null
	// Marks the page as hydrated: styles can show what works only with scripts, and the crawl knows the page's
	// route modules loaded (a module that throws in the browser leaves the mark off).
	useEffect(() => {
		document.documentElement.dataset.hydrated = ''
	}, [])
	const i18n = usePageStrings(language)
	return (
		<html lang={language} dir={directionOf(language)}>
			<head>
				<meta charSet="utf-8" />
				<meta name="viewport" content="width=device-width, initial-scale=1" />
				<Meta />
				<Links />
			</head>
			<body>
				<I18nextProvider i18n={i18n}>
					{quickExitUrl ? <QuickExit url={quickExitUrl} /> : null}
					<SiteHeader user={data?.user ?? null} minimal={Boolean(quickExitUrl)} />
					<main id="main-content" tabIndex={-1}>
						{quickExitUrl ? null : <FlashMessage flash={data?.flash ?? null} />}
						{children}
					</main>
					<SiteFooter />
				</I18nextProvider>
				{/* Survivors' pages are not hydrated: no bundle to download on a slow phone, nothing to run but the quick exit. */}
				{quickExitUrl ? null : (
					<>
						<StringsHandoffScript />
						<ScrollRestoration nonce={nonce} />
						<Scripts nonce={nonce} />
					</>
				)}
			</body>
		</html>
	)
}

export default function App() {
	return <Outlet />
}

export function ErrorBoundary() {
	return <ErrorPage />
}
