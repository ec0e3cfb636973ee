import { redirect } from '@remix-run/node'
import { findFramework, type FrameworkRecord } from '#app/modules/laws/store.server.ts'
import { countryCodes } from '#app/platform/countries.ts'
import { countryName } from '#app/platform/format.ts'
import { type Language } from '#app/platform/i18n.ts'

const known = new Set<string>(countryCodes)

/**
 * The framework a `/laws/{country}` address names. A lowercase code is sent to its capital form; a
 * code that is not a country, or a country Atlas has no law for, is answered with what was missing,
 * so the page can say so plainly (with a 404 status) rather than show an error page.
 */
export function frameworkFromParams(
	params: { country?: string },
	language: Language,
	path: (code: string) => string,
):
	| { framework: FrameworkRecord; missing?: undefined }
	| { missing: { reason: 'noFramework'; country: string } | { reason: 'notACode'; code: string } } {
	const code = (params.country ?? '').slice(0, 20)
	const upper = code.toUpperCase()
	if (code !== upper && known.has(upper)) throw redirect(`/${language}${path(upper)}`)
	const framework = known.has(code) ? findFramework(code) : null
	if (framework) return { framework }
	return {
		missing: known.has(code)
			? { reason: 'noFramework', country: countryName(code, language) }
			: { reason: 'notACode', code },
	}
}
