import fs from 'node:fs'
import path from 'node:path'

type ManifestRoute = { id: string; path?: string; parentId?: string; index?: boolean }
type Pattern = { id: string; expression: RegExp; score: number }

/**
 * The built app's route manifest (what Remix itself routes by), read from the production
 * build the e2e server runs, so a new route is known here without anyone listing it.
 */
export function builtRoutes(): ManifestRoute[] {
	const server = fs.readFileSync('build/index.js', 'utf8')
	const file = /manifest-[A-Z0-9]+\.js/.exec(server)?.[0]
	if (!file) throw new Error('No route manifest in build/index.js: run the production build first')
	const source = fs.readFileSync(path.join('public/build', file), 'utf8')
	const manifest = JSON.parse(source.slice(source.indexOf('=') + 1).replace(/;\s*$/, '')) as {
		routes: Record<string, ManifestRoute>
	}
	return Object.values(manifest.routes)
}

function fullPath(route: ManifestRoute, byId: Map<string, ManifestRoute>): string[] {
	const parent = route.parentId ? byId.get(route.parentId) : undefined
	const own = (route.path ?? '').split('/').filter(Boolean)
	return parent ? [...fullPath(parent, byId), ...own] : own
}

/** Ranks like Remix's router: static segments beat dynamic ones, which beat a catch-all. */
function patternOf(route: ManifestRoute, byId: Map<string, ManifestRoute>): Pattern {
	const segments = fullPath(route, byId)
	const parts = segments.map((segment) =>
		segment === '*' ? '.*' : segment.startsWith(':') ? '[^/]+' : segment.replace(/[.[\]]/g, '\\$&'),
	)
	const score = segments.reduce(
		(total, segment) => total + (segment === '*' ? -2 : segment.startsWith(':') ? 3 : 10),
		route.index ? 2 : 0,
	)
	return { id: route.id, expression: new RegExp(`^/${parts.join('/')}/?$`), score }
}

/** A function naming the route that answers a path; pages of one route count as one kind. */
export function routeMatcher(routes = builtRoutes()) {
	const byId = new Map(routes.map((route) => [route.id, route]))
	const parents = new Set(routes.map((route) => route.parentId))
	// Layouts answer only through a child (their index route), so only leaves are candidates.
	const patterns = routes
		.filter((route) => !parents.has(route.id) || route.index)
		.map((route) => patternOf(route, byId))
	return (pathname: string) =>
		patterns.filter((pattern) => pattern.expression.test(pathname)).sort((a, b) => b.score - a.score)[0]?.id ??
		'unmatched'
}
