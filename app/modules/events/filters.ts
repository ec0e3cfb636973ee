import { type AccessTier, accessTiers } from '#app/modules/library/vocabulary.ts'
import { countryCodes } from '#app/platform/countries.ts'
import { oneOf } from '#app/platform/form-fields.ts'
import { isMonth } from '#app/platform/zoned-time.ts'
import { type EventKind, eventKinds } from './vocabulary.ts'

/** What a list, calendar or feed of events is narrowed to. */
export type EventFilters = {
	kind?: EventKind
	country?: string
	language?: string
	/** YYYY-MM: events starting that month where they are held. */
	month?: string
	audience?: AccessTier
}

/**
 * The list's filters as the address spells them; anything unknown is dropped, never echoed into a query.
 * The list, the calendar and the public feed read the same parameters, so a feed follows the list it came from.
 */
export function eventFilterFrom(query: URLSearchParams): EventFilters {
	const language = query.get('language')
	const month = query.get('month')
	return {
		kind: oneOf(eventKinds, query.get('kind')),
		country: oneOf(countryCodes, query.get('country')),
		language: language && /^[a-z]{2}$/.test(language) ? language : undefined,
		month: isMonth(month) ? month : undefined,
		audience: oneOf(accessTiers, query.get('audience')),
	}
}

/** The filters back as address parameters, for links between the list, the calendar and the feed. */
export function filterParams(filter: EventFilters) {
	const params = new URLSearchParams()
	for (const [name, value] of Object.entries(filter)) if (value) params.set(name, value)
	return params
}
