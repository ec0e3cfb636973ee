import { countryName } from '#app/platform/format.ts'
import { type Language } from '#app/platform/i18n.ts'
import { countryCodes } from './countries.ts'

const cache = new Map<Language, { value: string; label: string }[]>()

/**
 * Country names in the reader's language, sorted for that language. Made on the
 * server so the browser renders exactly the same list (its ICU data may differ).
 */
export function countryOptions(language: Language) {
	let options = cache.get(language)
	if (!options) {
		const collator = new Intl.Collator(language)
		options = countryCodes
			.map((code) => ({ value: code, label: countryName(code, language) }))
			.sort((a, b) => collator.compare(a.label, b.label))
		cache.set(language, options)
	}
	return options
}
