import { countryCodes } from './countries.ts'
import { countryName } from './format.ts'
import { type Language } from './i18n.ts'

export type CountryOption = { value: string; label: string }

const everyCountry = new Map<Language, CountryOption[]>()

function sortedOptions(codes: Iterable<string>, language: Language) {
	const collator = new Intl.Collator(language)
	return [...new Set(codes)]
		.map((code) => ({ value: code, label: countryName(code, language) }))
		.sort((a, b) => collator.compare(a.label, b.label))
}

/**
 * Country names in the reader's language, sorted for that language: every country, or only
 * `codes` (such as the countries that have listings). Made on the server so the browser
 * renders exactly the same list (its ICU data may differ).
 */
export function countryOptions(language: Language, codes?: Iterable<string>): CountryOption[] {
	if (codes) return sortedOptions(codes, language)
	let options = everyCountry.get(language)
	if (!options) {
		options = sortedOptions(countryCodes, language)
		everyCountry.set(language, options)
	}
	return options
}
