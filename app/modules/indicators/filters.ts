import { countryCodes } from '#app/platform/countries.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { regions } from '#app/platform/regions.ts'
import { regionPlace } from './facts.ts'
import { type Period, parsePeriod } from './months.ts'

/**
 * What an indicator view is narrowed to: a year or a quarter, and every country (''), one country or one region
 * (`region:europe`). Unlike the directory's filters (network/filters.ts), which drop what they do not know and show
 * everything, a figure read for the wrong period or place would be taken for the right one: a value the views do not
 * know is refused (400), with the reason at its field, and the form to choose again.
 */
export type IndicatorFilter = { period: Period; place: string }

export const places = ['', ...regions.map(regionPlace), ...countryCodes] as readonly string[]
const knownPlaces = new Set(places)

export const isPlace = (value: string) => knownPlaces.has(value)

export function indicatorFilterFrom(
	query: URLSearchParams,
	defaultPeriod: Period,
): Outcome<'unknown-period' | 'unknown-place', { filter: IndicatorFilter }> {
	const periodId = query.get('period')
	const period = periodId ? parsePeriod(periodId) : defaultPeriod
	if (!period) return refuse('unknown-period', { field: 'period' })
	const place = query.get('place') ?? ''
	if (!isPlace(place)) return refuse('unknown-place', { field: 'place' })
	return done({ filter: { period, place } })
}

/** The filters as an address's query, without the ones left at their default. */
export function filterQuery(filter: IndicatorFilter, extra: Record<string, string | null> = {}) {
	const query = new URLSearchParams({ period: filter.period.id })
	if (filter.place) query.set('place', filter.place)
	for (const [name, value] of Object.entries(extra)) if (value) query.set(name, value)
	return `?${query}`
}

/**
 * Who reads the indicators, and how: coordinators exactly, and any organisation's part they pick; an organisation's
 * admin their own organisation's part beside the whole, suppressed like everything they see; everyone else the
 * public figures. Asking for an organisation one may not see is refused (403): never another's part.
 */
export type Viewer = { exact: boolean; organisationId: string | null; mayPickOrganisation: boolean }

export function viewerOf(actor: Actor | null, requested: string | null): Outcome<'forbidden', { viewer: Viewer }> {
	const exact = can(actor, 'indicators:coordinate')
	if (exact) return done({ viewer: { exact, organisationId: requested || null, mayPickOrganisation: true } })
	if (actor && can(actor, 'indicators:compare-own', { organisationId: actor.organisationId })) {
		if (requested && requested !== actor.organisationId) return refuse('forbidden')
		return done({ viewer: { exact, organisationId: actor.organisationId, mayPickOrganisation: false } })
	}
	if (requested) return refuse('forbidden')
	return done({ viewer: { exact, organisationId: null, mayPickOrganisation: false } })
}
