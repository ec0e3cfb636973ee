import { isLanguage } from './i18n.ts'

/**
 * The parts of Atlas that survivors browse. Their pages follow DESIGN principle 1:
 * no cookie read or set, nothing logged, `Cache-Control: no-store`,
 * `Referrer-Policy: no-referrer`, no JavaScript bundle, a quick exit on every page.
 * This list is the one place that decides which pages those are.
 */
export const survivorAreas = ['programmes', 'support', 'browse-safely'] as const

export function isSurvivorPath(pathname: string) {
	const [, language, area] = pathname.split('/')
	return isLanguage(language) && (survivorAreas as readonly string[]).includes(area ?? '')
}
