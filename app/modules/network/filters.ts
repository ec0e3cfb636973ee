import { countryCodes } from '#app/platform/countries.ts'
import { oneOf } from '#app/platform/form-fields.ts'
import { type AreaOfWork, areasOfWork, type ProfileKind, profileKinds } from './vocabulary.ts'

/** "Whom do I contact in country X about Y?": what the directory is narrowed to. */
export type DirectoryFilter = {
	country?: string
	kind?: ProfileKind
	area?: AreaOfWork
	/** A language the contact speaks, as a two-letter code. */
	language?: string
}

/** The directory's filters as the address spells them; anything unknown is dropped, never echoed into a query. */
export function directoryFilterFrom(query: URLSearchParams): DirectoryFilter {
	const language = query.get('language')
	return {
		country: oneOf(countryCodes, query.get('country')),
		kind: oneOf(profileKinds, query.get('kind')),
		area: oneOf(areasOfWork, query.get('area')),
		language: language && /^[a-z]{2}$/.test(language) ? language : undefined,
	}
}

/** Which search topics an area of work belongs to, so the one search's topic facet finds the network too. */
export function topicsOfAreas(areas: readonly AreaOfWork[]) {
	const topicOf: Record<AreaOfWork, string> = {
		investigation: 'investigation',
		prosecution: 'prosecution',
		'victim-identification': 'identification',
		referral: 'referral',
		shelter: 'victim-support',
		reintegration: 'victim-support',
		prevention: 'prevention',
		'supply-chains': 'labour-exploitation',
	}
	return [...new Set(['cross-border-cooperation', ...areas.map((area) => topicOf[area])])]
}

/** Countries served always include the organisation's own, first, without repeats. */
export function countriesServed(own: string, chosen: readonly string[]) {
	return [...new Set([own, ...chosen])]
}
