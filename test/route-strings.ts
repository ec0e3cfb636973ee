import fs from 'node:fs'
import path from 'node:path'
import { namespaces } from '#app/locales/namespaces.ts'

const appFolder = path.resolve('app')
const known = new Set<string>(namespaces)

/**
 * The string namespaces a browser module can show, read from its source: `useTranslation('x')` (no argument is
 * `common`), keys written `'x:key'`, `{ ns: 'x' }`, `{ namespace: 'x' }` (a refusal's wording), and a page title's
 * namespace (`pageTitle(matches, key, 'x')`).
 */
export function namespacesInSource(code: string) {
	// Comments mention keys as examples; only code shows them.
	const source = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1')
	const found = new Set<string>()
	const add = (name: string | undefined) => name && known.has(name) && found.add(name)
	for (const [, list] of source.matchAll(/useTranslation\(([^)]*)\)/g)) {
		const names = [...list!.matchAll(/'([a-z-]+)'/g)].map((match) => match[1])
		if (names.length === 0) add('common')
		names.forEach(add)
	}
	// A key always has a dot after its namespace's name ('courses:levels.basic'); a permission ('courses:edit') never does.
	for (const [, name] of source.matchAll(/['"`]([a-z-]+):[a-zA-Z]\w*\./g)) add(name)
	for (const [, name] of source.matchAll(/\bns: '([a-z-]+)'/g)) add(name)
	// A refusal's or a message's wording names its namespace: `refusalReply(outcome, { namespace: 'courses' })`.
	for (const [, name] of source.matchAll(/\bnamespace: '([a-z-]+)'/g)) add(name)
	for (const [, args] of source.matchAll(/pageTitle\(([^)]*)\)/g)) {
		const quoted = [...args!.matchAll(/'([^']*)'/g)].map((match) => match[1])
		add(quoted.length >= 2 ? quoted[1] : 'common')
	}
	return found
}

function resolveImport(from: string, specifier: string) {
	let target: string
	if (specifier.startsWith('#app/')) target = path.join(appFolder, specifier.slice('#app/'.length))
	else if (specifier.startsWith('.')) target = path.resolve(path.dirname(from), specifier)
	else return null
	if (!/\.(ts|tsx)$/.test(target)) return null
	// Server-only modules never reach the browser, so their strings are never part of a page's handoff; except the
	// route folder's own helpers (`./__forms.server.ts`), whose messages (a form's errors) the page shows.
	if (/\.server\.tsx?$/.test(target) && !specifier.startsWith('./__')) return null
	return fs.existsSync(target) ? target : null
}

/** The namespaces a route module and every browser module it imports (transitively) can show. */
export function namespacesUsedBy(routeFile: string) {
	const found = new Set<string>()
	const seen = new Set<string>()
	const visit = (file: string) => {
		if (seen.has(file)) return
		seen.add(file)
		const source = fs.readFileSync(file, 'utf8')
		namespacesInSource(source).forEach((name) => found.add(name))
		for (const [, specifier] of source.matchAll(/from '([^']+)'/g)) {
			const target = resolveImport(file, specifier!)
			if (target) visit(target)
		}
	}
	visit(path.resolve(routeFile))
	return found
}
