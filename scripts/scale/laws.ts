/**
 * The scale dataset's laws: a legal framework for each of its sixty countries, read element by element as legal
 * experts record them (values with citations to the country's instruments, some notes and quoted articles, a few
 * elements still unknown), published as a few revisions over the years with what each changed; and agreements
 * between the countries, bilateral ones and a regional convention per region. The comparison page reads both.
 */
import type Database from 'better-sqlite3'
import { lawAgreementParties, lawAgreements, lawFrameworks, lawRevisions } from '#app/db/schema/index.ts'
import { diffFrameworks } from '#app/modules/laws/changes.ts'
import { type ElementEntry, type Framework, type Instrument } from '#app/modules/laws/framework.ts'
import { agreementKinds, elementIds, elements, protocolStatuses } from '#app/modules/laws/vocabulary.ts'
import { countryName } from '#app/platform/format.ts'
import { type Language } from '#app/platform/i18n.ts'
import { regionOf, regions } from '#app/platform/regions.ts'
import { insertInto } from '../bench/indicators-writers.ts'
import { benchCountries, dayMs, idOf } from '../bench/indicators-world.ts'
import { between, chance, pick, type Random, randomStream, WeightedValues } from '../bench/random.ts'
import { scaleStreams } from './sizes.ts'
import { inEach, type Texts } from './text.ts'

/** The language a country's laws are quoted in here: its Atlas language where it has one, else English. */
function lawLanguage(country: string): Language {
	if (['FR', 'BE', 'CH', 'SN', 'CI', 'ML', 'NE', 'CM', 'MA', 'TN'].includes(country)) return 'fr'
	if (['ES', 'MX', 'CO', 'GT', 'PE', 'AR'].includes(country)) return 'es'
	if (['EG', 'JO', 'LB', 'IQ', 'AE', 'SA', 'QA', 'KW', 'OM'].includes(country)) return 'ar'
	return 'en'
}

const provisions = new WeightedValues([
	['yes', 60],
	['partly', 18],
	['no', 12],
	['unknown', 10],
] as const)
const protocols = new WeightedValues<(typeof protocolStatuses)[number]>([
	['ratified', 70],
	['acceded', 20],
	['signed', 5],
	['not-party', 3],
	['unknown', 2],
])
const instrumentIds = ['penal-code', 'anti-trafficking-act', 'victims-protection-act', 'immigration-act', 'labour-code']

const day = (at: number) => new Date(at).toISOString().slice(0, 10)

/** Years of imprisonment, each bound at least the one below it. */
function penalties(random: Random) {
	const basicMinimum = between(random, 1, 5)
	const basicMaximum = basicMinimum + between(random, 3, 12)
	const aggravatedMinimum = basicMinimum + between(random, 2, 8)
	return {
		'basic-minimum': basicMinimum,
		'basic-maximum': basicMaximum,
		'aggravated-minimum': aggravatedMinimum,
		'aggravated-maximum': Math.max(basicMaximum, aggravatedMinimum) + between(random, 2, 15),
	} as Record<string, number>
}

/** A country's framework as its legal experts recorded it, as of `asOf`. */
export function planFramework(texts: Texts, seed: number, country: string, asOf: number): Framework {
	const random = randomStream(
		seed,
		scaleStreams.law,
		benchCountries.indexOf(country as (typeof benchCountries)[number]),
	)
	const language = lawLanguage(country)
	const write = texts.in(language)
	const instruments: Instrument[] = instrumentIds.slice(0, between(random, 1, 4)).map((id) => {
		const first = between(random, 1, 400)
		return {
			id,
			name: write.line(texts.line(random, 2, 5)),
			language,
			year: chance(random, 0.9) ? between(random, 1960, 2024) : null,
			articles: `${first}–${first + between(random, 2, 12)}`,
			url: chance(random, 0.6) ? `https://laws.scale.example/${country.toLowerCase()}/${id}` : null,
		}
	})
	const years = penalties(random)
	const recorded: Framework['elements'] = {}
	for (const element of elementIds) {
		if (chance(random, 0.08)) continue
		const measure = elements[element].measure
		const value =
			measure === 'years' ? years[element]! : measure === 'days' ? between(random, 3, 9) * 10 : provisions.draw(random)
		const entry: ElementEntry = {
			value,
			citation:
				value === 'unknown'
					? null
					: { instrument: pick(random, instruments).id, article: `${between(random, 1, 400)}` },
			quote: null,
			note: chance(random, 0.15) ? write.line(texts.line(random, 6, 14), '.') : '',
			asOf: day(asOf - between(random, 0, 400) * dayMs),
			reviewedBy: null,
			reviewedOn: null,
		}
		if (entry.citation && chance(random, 0.1)) {
			const quoted = texts.paragraph(random, 20, 40)
			const unofficial = language === 'en' ? {} : { en: texts.in('en').paragraph(quoted) }
			entry.quote = { text: write.paragraph(quoted), language, unofficial }
		}
		recorded[element] = entry
	}
	const status = protocols.draw(random)
	const signed = asOf - between(random, 12, 24) * 365 * dayMs
	return {
		instruments,
		protocol: {
			status,
			signedOn: status === 'not-party' || status === 'unknown' ? null : day(signed),
			joinedOn: status === 'ratified' || status === 'acceded' ? day(signed + between(random, 100, 900) * dayMs) : null,
			source: null,
			asOf: day(asOf),
		},
		elements: recorded,
	}
}

/** The same framework as first recorded: fewer elements known. */
function earlier(framework: Framework, random: Random): Framework {
	const known = Object.entries(framework.elements).filter(() => !chance(random, 0.2))
	return { ...framework, elements: Object.fromEntries(known) }
}

/** Writes each country's framework in one to three revisions, the last current; answers how many revisions. */
export function writeFrameworks(sqlite: Database.Database, texts: Texts, options: { seed: number; now: Date }) {
	const now = options.now.getTime()
	const insertRevision = insertInto(sqlite, lawRevisions, [
		...(['id', 'country', 'number', 'framework', 'changes', 'note', 'publishedAt'] as const),
	])
	const insertFramework = insertInto(sqlite, lawFrameworks, [
		'country',
		'region',
		'revisionId',
		'reviewedAt',
		'sources',
	])
	let revisions = 0
	sqlite.transaction(() => {
		for (const country of benchCountries) {
			const random = randomStream(options.seed, scaleStreams.law, benchCountries.indexOf(country), 1)
			// One country in seven was last reviewed over a year ago: its page says it may be out of date.
			const reviewedAt = now - Math.floor((chance(random, 0.15) ? 400 + random() * 300 : random() * 330) * dayMs)
			const current = planFramework(texts, options.seed, country, reviewedAt)
			const count = between(random, 1, 3)
			const history = [current]
			while (history.length < count) history.unshift(earlier(history[0]!, random))
			history.forEach((framework, index) => {
				const publishedAt = reviewedAt - (count - 1 - index) * between(random, 120, 500) * dayMs
				insertRevision({
					id: idOf(options.seed, 'law-revision', country, index),
					country,
					number: index + 1,
					framework: JSON.stringify(framework),
					changes: JSON.stringify(index ? diffFrameworks(history[index - 1]!, framework) : []),
					note: index ? texts.in(lawLanguage(country)).line(texts.line(random, 5, 10), '.') : '',
					publishedAt,
				})
			})
			insertFramework({
				country,
				region: regionOf(country)!,
				revisionId: idOf(options.seed, 'law-revision', country, count - 1),
				reviewedAt,
				sources: JSON.stringify([`https://laws.scale.example/${country.toLowerCase()}`]),
			})
			revisions += count
		}
	})()
	return revisions
}

/**
 * Agreements between the countries: a regional convention for each region's countries, then bilateral treaties,
 * most between neighbours in one region. Named in the languages of their parties' laws.
 */
export function writeAgreements(sqlite: Database.Database, texts: Texts, options: { seed: number; count: number }) {
	const insertAgreement = insertInto(sqlite, lawAgreements, [
		...(['id', 'slug', 'kind', 'text', 'signedOn', 'inForceOn', 'updatedAt'] as const),
	])
	const insertParty = insertInto(sqlite, lawAgreementParties, ['agreementId', 'country'])
	const byRegion = regions.map((region) => benchCountries.filter((country) => regionOf(country) === region))
	sqlite.transaction(() => {
		for (let n = 0; n < options.count; n++) {
			const random = randomStream(options.seed, scaleStreams.agreement, n)
			const regional = n < byRegion.length
			const region = regional ? byRegion[n]! : pick(random, byRegion)
			const first = pick(random, region)
			const parties = regional
				? region
				: [...new Set([first, chance(random, 0.6) ? pick(random, region) : pick(random, benchCountries)])]
			if (parties.length < 2) continue
			const languages = [...new Set(parties.slice(0, 2).map(lawLanguage))]
			const subject = texts.line(random, 3, 7)
			const signed = Date.UTC(between(random, 1995, 2024), between(random, 0, 11), between(random, 1, 28))
			const id = idOf(options.seed, 'agreement', n)
			insertAgreement({
				id,
				slug: `scale-agreement-${n + 1}`,
				kind: regional ? 'regional-convention' : pick(random, agreementKinds.slice(0, 4)),
				text: JSON.stringify({
					language: languages[0],
					names: inEach(languages, (language) => {
						const names = regional ? '' : ` (${parties.map((code) => countryName(code, language)).join(' – ')})`
						return `${texts.in(language).line(subject)}${names}`
					}),
				}),
				signedOn: day(signed),
				inForceOn: chance(random, 0.8) ? day(signed + between(random, 200, 900) * dayMs) : null,
				updatedAt: signed,
			})
			for (const country of [...parties].sort()) insertParty({ agreementId: id, country })
		}
	})()
}
