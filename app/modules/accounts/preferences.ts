import { defaultLanguage, isLanguage } from '#app/platform/i18n.ts'

/**
 * The time zones a member can choose: UTC first, then every zone the runtime knows, and the saved one
 * whatever it is. A list without the saved zone would show its first entry as chosen, and saving the
 * form unchanged would then move the member to that zone without a word.
 */
export function timeZoneChoices(saved: string) {
	const known = Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')
	return [...new Set(['UTC', ...known, saved])]
}

/**
 * What the preferences form shows as chosen: what is saved, never the language the page is read in,
 * so saving the form unchanged changes nothing (the saved language is also the language of emails).
 */
export function preferencesForm(saved: { locale: string; timeZone: string }) {
	return {
		locale: isLanguage(saved.locale) ? saved.locale : defaultLanguage,
		timeZone: saved.timeZone,
		timeZones: timeZoneChoices(saved.timeZone),
	}
}
