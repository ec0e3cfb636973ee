/// <reference types="vite/client" />
import { type AddressInfo } from 'node:net'
import { type ServerBuild } from '@remix-run/node'
import { type ServerRouteManifest } from '@remix-run/server-runtime/dist/routes.js'
import { type AssetsManifest } from '@remix-run/server-runtime/dist/entry.js'
import { defineRoutes } from '@remix-run/dev/dist/config/routes.js'
import remixConfig from '../remix.config.js'
import * as entry from '#app/entry.server.tsx'
import * as root from '#app/root.tsx'
import { type Env, getEnv } from '#app/platform/env.server.ts'
import { createApp } from '#server/app.ts'

type RouteModule = Record<string, unknown>
const routeFiles = import.meta.glob<RouteModule>('../app/routes/**/*.{ts,tsx}')

/**
 * The server build Remix's compiler would write, made in this process from the route files themselves
 * (routes found by `remix.config.js`, as the compiler finds them), so a test talks HTTP to the real Express
 * app running the code as it is now, without a production build. The browser assets are named, never built:
 * a page's `<script>` tags point at `/build/...` addresses that a test can look for.
 */
export async function inProcessBuild(): Promise<ServerBuild> {
	const manifest = await remixConfig.routes!(defineRoutes)
	const entries = [
		{ id: 'root', parentId: undefined, path: '', index: undefined, caseSensitive: undefined, file: 'root.tsx' },
		...Object.values(manifest),
	]
	const routes: ServerRouteManifest = {}
	const assets: AssetsManifest['routes'] = {}
	for (const route of entries) {
		const load = routeFiles[`../app/${route.file}`]
		const module = route.id === 'root' ? (root as RouteModule) : await load?.()
		if (!module) throw new Error(`No module for route ${route.id} (${route.file})`)
		const shape = { id: route.id, parentId: route.parentId, path: route.path, index: route.index }
		routes[route.id] = { ...shape, caseSensitive: route.caseSensitive, module: module as never }
		assets[route.id] = {
			...shape,
			caseSensitive: route.caseSensitive,
			module: `/build/${route.id}.js`,
			imports: [],
			hasAction: typeof module.action === 'function',
			hasLoader: typeof module.loader === 'function',
			hasClientAction: false,
			hasClientLoader: false,
			hasErrorBoundary: typeof module.ErrorBoundary === 'function',
		}
	}
	return {
		mode: 'production',
		entry: { module: entry },
		routes,
		assets: {
			entry: { module: '/build/entry.client.js', imports: [] },
			routes: assets,
			url: '/build/manifest-test.js',
			version: 'test',
		},
		publicPath: '/build/',
		assetsBuildDirectory: 'public/build',
		future: { ...remixConfig.future, v3_routeConfig: false, unstable_optimizeDeps: false },
		isSpaMode: false,
	} as ServerBuild
}

/**
 * The Express app of `server/app.ts` on a free local port, as production runs it (request log included), with
 * the routes of `inProcessBuild` and any settings given. `close()` stops it.
 */
export async function startHttpApp(settings: Partial<Env> = {}) {
	const app = createApp(await inProcessBuild(), { ...getEnv(), NODE_ENV: 'production', ...settings })
	const server = app.listen(0, '127.0.0.1')
	await new Promise((resolve) => server.once('listening', resolve))
	const { port } = server.address() as AddressInfo
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	}
}
