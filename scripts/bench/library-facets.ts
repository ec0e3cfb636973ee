/**
 * How the generated library spreads over languages, tiers, types, topics and countries: the proportions of a real
 * regional library. Readers' filters are drawn from the same weights, so popular values are chosen more often.
 */
import { type AccessTier, type DocumentType, type Topic } from '#app/modules/library/vocabulary.ts'
import { type CountryCode } from '#app/platform/countries.ts'
import { type Language } from '#app/platform/i18n.ts'
import { type Random, WeightedValues } from './random.ts'

/**
 * Sixty countries, those with the most documents first: origin, transit and destination countries that agencies
 * write about most. Their weights fall with rank, as such counts do.
 */
const countriesByWeight: CountryCode[] = [
	...([
		'NG',
		'ES',
		'FR',
		'MA',
		'MX',
		'US',
		'GB',
		'IT',
		'DE',
		'TH',
		'PH',
		'IN',
		'BD',
		'NP',
		'VN',
		'KH',
		'MM',
		'CN',
	] as const),
	...([
		'ID',
		'MY',
		'BR',
		'CO',
		'PE',
		'GT',
		'HN',
		'SV',
		'DO',
		'HT',
		'AR',
		'JO',
		'LB',
		'EG',
		'SA',
		'AE',
		'QA',
		'IQ',
	] as const),
	...([
		'TN',
		'DZ',
		'LY',
		'SN',
		'ML',
		'NE',
		'GH',
		'CI',
		'BF',
		'KE',
		'UG',
		'ET',
		'SD',
		'ZA',
		'RO',
		'BG',
		'UA',
		'MD',
	] as const),
	...(['AL', 'PL', 'NL', 'BE', 'GR', 'TR'] as const),
]

export const libraryFacets = {
	/** The language a document is written in. */
	languages: new WeightedValues<Language>([
		['en', 45],
		['es', 20],
		['fr', 20],
		['ar', 15],
	]),
	tiers: new WeightedValues<AccessTier>([
		['public', 60],
		['members', 30],
		['law-enforcement', 10],
	]),
	types: new WeightedValues<DocumentType>([
		['best-practice', 15],
		['protocol', 10],
		['guideline', 15],
		['case-study', 12],
		['toolkit', 8],
		['training-material', 12],
		['awareness-material', 10],
		['research', 18],
	]),
	topics: new WeightedValues<Topic>([
		['identification', 14],
		['investigation', 12],
		['prosecution', 8],
		['victim-support', 14],
		['referral', 10],
		['prevention', 10],
		['cross-border-cooperation', 9],
		['financial-investigation', 5],
		['online-exploitation', 6],
		['labour-exploitation', 9],
		['child-trafficking', 8],
	]),
	countries: new WeightedValues<CountryCode>(countriesByWeight.map((code, rank) => [code, 1 / (rank + 1) ** 0.9])),
}

/** Translations go to English most often, then French and Spanish. */
const translationWeights: Record<Language, number> = { en: 3, fr: 2, es: 2, ar: 1.5 }

/** One to three other languages a document is translated into. */
export function translationTargets(random: Random, original: Language): Language[] {
	const others = new WeightedValues(
		(Object.keys(translationWeights) as Language[])
			.filter((language) => language !== original)
			.map((language) => [language, translationWeights[language]] as const),
	)
	const count = random() < 0.6 ? 1 : random() < 0.75 ? 2 : 3
	return others.drawDistinct(random, count)
}
