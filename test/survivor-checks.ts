/**
 * The survivor treatment, as one check shared by the HTTP integration test and the crawl: what an answer for a
 * survivor's page lacks, and the other spellings of such a page that Remix would answer too.
 */

export type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/**
 * Other spellings of one survivor page (a path starting `/<language>/<area>`): case, percent-escapes, doubled and
 * trailing slashes, dot segments, a backslash, and all of them at once. Each is sent as written only by a client
 * that does not tidy paths first (Node's `http`); a browser or `fetch` resolves the dot segments and backslash.
 */
export function spellingsOf(pathname: string) {
	const [, language, area, ...rest] = pathname.split('/') as [string, string, string, ...string[]]
	const tail = rest.map((segment) => `/${segment}`).join('')
	const escaped = (text: string, at: number) =>
		`${text.slice(0, at)}%${text.charCodeAt(at).toString(16).toUpperCase()}${text.slice(at + 1)}`
	const capital = area[0]!.toUpperCase() + area.slice(1)
	const lastEscaped = escaped(area, area.length - 1).replace(/%(..)$/, (_, hex: string) => `%${hex.toLowerCase()}`)
	return [
		`/${language}/${capital}${tail}`,
		`/${language}/${area.toUpperCase()}${tail.toUpperCase()}`,
		`/${language.toUpperCase()}/${area}${tail}`,
		`/${language}/${escaped(area, 0)}${tail}`,
		`/${language}/${lastEscaped}${tail}`,
		...(rest.length ? [`/${language}/${area}/${escaped(rest.join('/'), 0)}`] : []),
		`/${language}/${area}${tail}/`,
		`/${language}//${area}${tail}`,
		`//${language}/${area}${tail}`,
		`/${language}/${area}${tail}//`,
		`/${language}/elsewhere/../${area}${tail}`,
		`/${language}/%2e/${area}${tail}`,
		`/${language}\\${area}${tail}`,
		`/${language.toUpperCase()}//${escaped(capital, 1)}${tail.toUpperCase()}/`,
	]
}

/**
 * What an answer for a survivor's page lacks: no cookie set, `no-store`, `no-referrer`, and then either a redirect
 * to `canonical` (path and query) or a page with no script bundle, the quick exit as its only script, and nothing
 * of a session (no sign-out control). The status is the caller's to judge.
 */
export function survivorProblems(answer: Answer, canonical: string) {
	const header = (name: string) => [answer.headers[name] ?? []].flat().join(', ')
	const problems = [
		header('set-cookie') ? 'sets a cookie' : '',
		header('cache-control') === 'no-store' ? '' : `Cache-Control "${header('cache-control')}"`,
		header('referrer-policy') === 'no-referrer' ? '' : `Referrer-Policy "${header('referrer-policy')}"`,
	]
	if (answer.status >= 300 && answer.status < 400) {
		problems.push(header('location') === canonical ? '' : `redirects to ${header('location')}`)
	} else {
		problems.push(
			/modulepreload|\/build\/[^"]*\.js/.test(answer.body) ? 'loads the script bundle' : '',
			answer.body.match(/<script\b/g)?.length === 1 ? '' : 'has scripts besides the quick exit',
			answer.body.includes('id="quick-exit"') ? '' : 'has no quick exit',
			/action="[^"]*\/sign-out"/.test(answer.body) ? 'read the session (a sign-out control)' : '',
		)
	}
	return problems.filter(Boolean)
}
