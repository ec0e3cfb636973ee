import { type Language } from '#app/platform/i18n.ts'

const localeFor: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', ar: 'ar' }
const monthFormats = new Map<Language, Intl.DateTimeFormat>()

/**
 * A roll-up month ('2026-07') as the reader says it ("Jul 2026"), in UTC like the roll-up. Made on the server and
 * sent with the page, so the browser (whose ICU data may differ) renders the same words.
 */
export function monthLabel(month: string, language: Language) {
	let format = monthFormats.get(language)
	if (!format) {
		format = new Intl.DateTimeFormat(localeFor[language], { month: 'short', year: 'numeric', timeZone: 'UTC' })
		monthFormats.set(language, format)
	}
	return format.format(new Date(`${month}-15T12:00:00Z`))
}
