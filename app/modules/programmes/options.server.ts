import { countryName, languageName } from '#app/platform/format.ts'
import { type Language } from '#app/platform/i18n.ts'
import { offeredLanguages } from './vocabulary.ts'

/** Select options with names in the reader's language, sorted as that reader expects. */
export function languageOptions(language: Language) {
	return offeredLanguages
		.map((code) => ({ value: code, label: languageName(code, language) }))
		.sort((a, b) => a.label.localeCompare(b.label, language))
}

/** Names for the codes a page shows (countries and languages), so components only look them up. */
export function namesFor(language: Language, countries: Iterable<string>) {
	return {
		countries: Object.fromEntries([...countries].map((code) => [code, countryName(code, language)])),
		languages: Object.fromEntries(offeredLanguages.map((code) => [code, languageName(code, language)])),
	}
}
