import { oneOf, pageNumber } from '#app/platform/form-fields.ts'
import { isSlug } from '#app/platform/slugs.ts'
import {
	literacyLevels,
	type LiteracyLevel,
	maxCompared,
	offeredLanguages,
	type OfferedLanguage,
	programmeFormats,
	sectors,
	type Sector,
	serviceTypes,
	type ServiceType,
} from './vocabulary.ts'

export type ProgrammeFilters = {
	country?: string
	region?: string
	sector?: Sector
	language?: OfferedLanguage
	format?: (typeof programmeFormats)[number]
	free: boolean
	stipend: boolean
	childcare: boolean
	/** The most reading a visitor is comfortable with: programmes needing more are left out. */
	literacy?: LiteracyLevel
	page: number
}

export type ServiceFilters = {
	country?: string
	type?: ServiceType
	language?: OfferedLanguage
	page: number
}

const countryPattern = /^[A-Z]{2}$/

/**
 * Reads the catalogue's GET form. Filters are links people share and bookmark, so an
 * unknown or stale value is dropped rather than answered with an error.
 */
export function parseProgrammeFilters(params: URLSearchParams): ProgrammeFilters {
	const country = params.get('country') ?? ''
	const region = (params.get('region') ?? '').trim().slice(0, 100)
	return {
		country: countryPattern.test(country) ? country : undefined,
		region: region || undefined,
		sector: oneOf(sectors, params.get('sector')),
		language: oneOf(offeredLanguages, params.get('language')),
		format: oneOf(programmeFormats, params.get('format')),
		free: params.get('free') === 'on',
		stipend: params.get('stipend') === 'on',
		childcare: params.get('childcare') === 'on',
		literacy: oneOf(literacyLevels, params.get('literacy')),
		page: pageNumber(params.get('page')),
	}
}

export function parseServiceFilters(params: URLSearchParams): ServiceFilters {
	const country = params.get('country') ?? ''
	return {
		country: countryPattern.test(country) ? country : undefined,
		type: oneOf(serviceTypes, params.get('type')),
		language: oneOf(offeredLanguages, params.get('language')),
		page: pageNumber(params.get('page')),
	}
}

/** Reading levels a visitor who chose `level` can manage: that level and the ones below it. */
export function readableLevels(level: LiteracyLevel): LiteracyLevel[] {
	return literacyLevels.slice(0, literacyLevels.indexOf(level) + 1)
}

/** The programmes picked for comparison: valid slugs, no repeats, at most three. */
export function parseComparedSlugs(params: URLSearchParams): string[] {
	const slugs = params.getAll('p').filter(isSlug)
	return [...new Set(slugs)].slice(0, maxCompared)
}
