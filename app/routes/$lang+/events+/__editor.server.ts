import { timeZoneChoices } from '#app/modules/accounts/preferences.ts'
import { organiserChoices } from '#app/modules/events/organising.server.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { type Language } from '#app/platform/i18n.ts'

/** The choices both event forms offer. */
export function eventFormOptions(language: Language, savedZone: string) {
	return {
		organisations: organiserChoices(),
		timeZones: timeZoneChoices(savedZone),
		countries: countryOptions(language),
	}
}
