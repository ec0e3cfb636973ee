import { type Breakdown, type SeriesId } from './vocabulary.ts'

/**
 * One thing a series counts in a month: an enrolment begun, a certificate standing at the month's end, a joint
 * cohort (in each of its countries), a campaign's views from one country. Area counters produce facts; the
 * roll-up adds them up into counts for the world, each country, each region and (where the series has it) each
 * organisation, in total and by each breakdown.
 */
export type Fact = {
	series: SeriesId
	/** YYYY-MM */
	month: string
	/** The countries it belongs to: most things one; a joint cohort each of its participants' countries. */
	countries: readonly string[]
	organisationId?: string | null
	/**
	 * Several organisations it belongs to (a partnership's partners): it counts once under each, and still once in
	 * the world and each place, where one fact per organisation would count it several times.
	 */
	organisationIds?: readonly string[]
	/** Its value in each breakdown it has; several values (a cohort's country pairs) count it under each. */
	by?: Partial<Record<Breakdown, string | readonly string[]>>
	/** Added instead of 1: views, downloads, reported reach. */
	amount?: number
}

/** A roll-up count: `place` is '' for the world, a country code, or `region:<region>`; `organisationId` '' for all. */
export type Count = {
	series: SeriesId
	month: string
	place: string
	organisationId: string
	breakdown: Breakdown | ''
	value: string
	count: number
}

export const regionPlace = (region: string) => `region:${region}`

/** A country pair counts under a country only when it is one of the pair, and under a region when one of them lies there. */
function pairBelongs(pair: string, place: string, regionOf: (country: string) => string | undefined) {
	if (place === '') return true
	const countries = pair.split('-')
	return place.startsWith('region:')
		? countries.some((country) => regionPlace(regionOf(country) ?? '') === place)
		: countries.includes(place)
}

/**
 * Adds facts up. A fact counts once in each place it touches (a cohort of French and German officers once in
 * Europe and once in the world), so a region's or the world's count is never a double count of its countries'.
 */
export function countFacts(facts: Iterable<Fact>, regionOf: (country: string) => string | undefined): Count[] {
	const cells = new Map<string, Count>()
	const add = (fact: Fact, place: string, organisationId: string, breakdown: Breakdown | '', value: string) => {
		const key = `${fact.series}\u0000${fact.month}\u0000${place}\u0000${organisationId}\u0000${breakdown}\u0000${value}`
		const cell = cells.get(key)
		if (cell) cell.count += fact.amount ?? 1
		else
			cells.set(key, {
				series: fact.series,
				month: fact.month,
				place,
				organisationId,
				breakdown,
				value,
				count: fact.amount ?? 1,
			})
	}
	for (const fact of facts) {
		const places = new Set([''])
		for (const country of fact.countries) {
			places.add(country)
			const region = regionOf(country)
			if (region) places.add(regionPlace(region))
		}
		const owners = new Set([''])
		for (const organisationId of [fact.organisationId, ...(fact.organisationIds ?? [])])
			if (organisationId) owners.add(organisationId)
		for (const organisationId of owners)
			for (const place of organisationId ? [''] : places) {
				add(fact, place, organisationId, '', '')
				for (const [breakdown, values] of Object.entries(fact.by ?? {}) as [Breakdown, string | string[]][]) {
					for (const value of new Set(typeof values === 'string' ? [values] : values))
						if (breakdown !== 'country-pair' || pairBelongs(value, place, regionOf))
							add(fact, place, organisationId, breakdown, value)
				}
			}
	}
	return [...cells.values()]
}
