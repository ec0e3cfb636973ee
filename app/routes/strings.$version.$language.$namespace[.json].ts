import { json, type LoaderFunctionArgs } from '@remix-run/node'
import { type Namespace, namespaces } from '#app/locales/namespaces.ts'
import { isLanguage } from '#app/platform/i18n.ts'
import { stringsFor, stringsVersion } from '#app/platform/i18n.server.ts'

/** Emails are written on the server: their strings are never handed to a browser. */
const pageNamespaces = namespaces.filter((name) => name !== 'email')
const isPageNamespace = (value: string | undefined): value is Namespace =>
	(pageNamespaces as readonly string[]).includes(value ?? '')

/**
 * One namespace of strings, for a page the browser reached after the first (the first page carries its own). The
 * same for everyone, so it may be kept; kept for good when its version is this build's, since a change of any string
 * changes the version.
 */
export function loader({ params }: LoaderFunctionArgs) {
	const { version, language, namespace } = params
	if (!isLanguage(language) || !isPageNamespace(namespace)) throw new Response('Not found', { status: 404 })
	const current = version === stringsVersion
	return json(stringsFor(language, [namespace])[namespace], {
		headers: { 'Cache-Control': current ? 'public, max-age=31536000, immutable' : 'public, max-age=60' },
	})
}
