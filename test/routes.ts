import { type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'

type Handler = (args: LoaderFunctionArgs | ActionFunctionArgs) => unknown

type Call = {
	path: string
	cookie?: string
	form?: Record<string, string | string[]>
	params?: Record<string, string>
	client?: string
	headers?: Record<string, string>
}

/**
 * Calls a route's loader or action the way Remix does, and always hands back a
 * Response, whether the route returned it or threw it (redirects, 403, 404, 429).
 */
export async function callRoute(handler: Handler | undefined, call: Call): Promise<Response> {
	if (!handler) throw new Error('This route has no such handler')
	const url = new URL(call.path, 'http://localhost')
	const headers = new Headers(call.headers)
	if (call.cookie) headers.set('Cookie', call.cookie)
	let body: URLSearchParams | undefined
	if (call.form) {
		body = new URLSearchParams()
		for (const [key, value] of Object.entries(call.form)) {
			for (const item of Array.isArray(value) ? value : [value]) body.append(key, item)
		}
		headers.set('Content-Type', 'application/x-www-form-urlencoded')
	}
	const request = new Request(url, { method: body ? 'POST' : 'GET', headers, body })
	const lang = url.pathname.split('/')[1] ?? ''
	try {
		const result = await handler({
			request,
			params: { lang, ...call.params },
			context: { cspNonce: 'test', clientKey: call.client ?? 'test-client' },
		})
		if (result instanceof Response) return result
		return new Response(JSON.stringify(result), { status: 200 })
	} catch (thrown) {
		if (thrown instanceof Response) return thrown
		throw thrown
	}
}

export async function jsonOf<T = Record<string, unknown>>(response: Response): Promise<T> {
	return (await response.json()) as T
}
