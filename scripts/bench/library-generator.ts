/**
 * A library that looks like Atlas's real one, made from a seed: documents in four languages with a vocabulary that
 * behaves like a real one (a few domain words in most documents, everyday words at medium frequency, a long tail of
 * names and case numbers in a handful each), real proportions of tiers, types, topics and countries, and courses
 * and programmes beside them in the same index. Every item has its own random stream, so item n is the same
 * whether the library is made whole or that one item alone. Nothing here measures anything: the search benchmark
 * and the scale dataset both use it.
 */
import { type EntryInput } from '#app/modules/search/entries.server.ts'
import { type SearchKind } from '#app/modules/search/vocabulary.ts'
import { type Language } from '#app/platform/i18n.ts'
import { libraryFacets, translationTargets } from './library-facets.ts'
import {
	planParagraph,
	planSentence,
	type Sentence,
	TextDraws,
	type WordMix,
	type Writing,
	writeParagraph,
	writeSentence,
} from './library-text.ts'
import { between, chance, pick, randomStream, type Random } from './random.ts'

export { libraryFacets } from './library-facets.ts'

export type LibraryOptions = { documents: number; seed?: number }

export type Library = {
	seed: number
	documents: number
	courses: number
	programmes: number
	/** Documents, then courses, then programmes. */
	items: number
	draws: TextDraws
}

export type GeneratedItem = {
	key: string
	kind: SearchKind
	entries: EntryInput[]
	/** Every word of every entry, as written: what a reader could search for. */
	words: Set<string>
}

/** Courses are about 0.5% as many as documents and programmes about 3%, as in the real index. */
export function describeLibrary({ documents, seed = 17 }: LibraryOptions): Library {
	const courses = Math.max(1, Math.round(documents * 0.005))
	const programmes = Math.max(1, Math.round(documents * 0.03))
	// The vocabulary grows with the library, as a real one does: more documents name more places and cases.
	const names = Math.max(2_000, Math.round(documents * 0.6))
	return { seed, documents, courses, programmes, items: documents + courses + programmes, draws: new TextDraws(names) }
}

export function generateItem(library: Library, index: number): GeneratedItem {
	const random = randomStream(library.seed, index)
	if (index < library.documents) return generateDocument(library, index, random)
	if (index < library.documents + library.courses) return generateCourse(library, index - library.documents, random)
	return generateProgramme(library, index - library.documents - library.courses, random)
}

export function* generateItems(library: Library, from = 0, to = library.items) {
	for (let index = from; index < to; index++) yield generateItem(library, index)
}

export const prose: WordMix = { function: 0.37, domain: 0.23, general: 0.355, name: 0.035, vocational: 0.01 }
export const headline: WordMix = { function: 0.2, domain: 0.45, general: 0.3, name: 0.05 }

/** Publication dates over 15 years, more of them recent, as a library grows. */
function publishedOn(random: Random, firstYear: number, lastYear: number) {
	const years = lastYear - firstYear + 1
	const year = firstYear + Math.floor(Math.sqrt(random()) * years)
	const day = Math.floor(random() * 365)
	return new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10)
}

function itemNames(library: Library, random: Random, count: number) {
	return Array.from({ length: count }, () => library.draws.names.draw(random))
}

function writer(library: Library, language: Language, writing: Writing, words: Set<string>) {
	const { draws } = library
	return {
		sentence: (sentence: Sentence, end = '.') => writeSentence(sentence, language, draws, writing, words, end),
		paragraph: (sentences: Sentence[]) => writeParagraph(sentences, language, draws, writing, words),
	}
}

function generateDocument(library: Library, n: number, random: Random): GeneratedItem {
	const { draws } = library
	const original = libraryFacets.languages.draw(random)
	const languages = [original, ...(chance(random, 1 / 3) ? translationTargets(random, original) : [])]
	const names = itemNames(library, random, between(random, 2, 5))
	const title = planSentence(random, draws, between(random, 6, 12), headline, names)
	const summary = planParagraph(random, draws, between(random, 25, 40), prose, names)
	const body = Array.from({ length: between(random, 3, 6) }, () =>
		planParagraph(random, draws, between(random, 40, 90), prose, names),
	)
	const facets = {
		type: libraryFacets.types.draw(random),
		topics: libraryFacets.topics.drawDistinct(random, pick(random, [1, 1, 1, 2, 2, 2, 3])),
		countries: libraryFacets.countries.drawDistinct(random, pick(random, [1, 1, 1, 1, 2, 2, 3])),
		tier: libraryFacets.tiers.draw(random),
		publishedOn: publishedOn(random, 2011, 2025),
	}
	const writing = { arabicIndicDigits: chance(random, 0.5) }
	const words = new Set<string>()
	const entries = languages.map((language): EntryInput => {
		const write = writer(library, language, writing, words)
		return {
			kind: 'document',
			path: `/library/bench-${n}`,
			language,
			title: write.sentence(title, ''),
			summary: write.paragraph(summary),
			body: body.map(write.paragraph).join('\n\n'),
			...facets,
		}
	})
	return { key: `document:bench-${n}`, kind: 'document', entries, words }
}

/** As `courseEntries` indexes a course: texts, then outcomes and the outline's titles in the body. */
function generateCourse(library: Library, n: number, random: Random): GeneratedItem {
	const { draws } = library
	const original = chance(random, 0.7) ? 'en' : libraryFacets.languages.draw(random)
	const languages = [original, ...(chance(random, 0.6) ? translationTargets(random, original) : [])]
	const line = (min: number, max: number) => planSentence(random, draws, between(random, min, max), headline, [])
	const title = line(4, 8)
	const summary = planParagraph(random, draws, between(random, 20, 35), prose, [])
	const outcomes = Array.from({ length: between(random, 3, 5) }, () => line(8, 14))
	const outline = Array.from({ length: between(random, 3, 6) }, () => [
		line(3, 6),
		...Array.from({ length: between(random, 2, 5) }, () => line(3, 7)),
	]).flat()
	const topics = libraryFacets.topics.drawDistinct(random, between(random, 1, 3))
	const date = publishedOn(random, 2016, 2025)
	const words = new Set<string>()
	const entries = languages.map((language): EntryInput => {
		const write = writer(library, language, { arabicIndicDigits: false }, words)
		return {
			kind: 'course',
			path: `/courses/bench-course-${n}`,
			language,
			title: write.sentence(title, ''),
			summary: write.paragraph(summary),
			body: [...outcomes, ...outline].map((sentence) => write.sentence(sentence, '')).join('. '),
			type: 'course',
			topics,
			countries: [],
			tier: 'public',
			publishedOn: date,
		}
	})
	return { key: `course:bench-${n}`, kind: 'course', entries, words }
}

/** As `programmeEntries` indexes a listed programme: skills, eligibility and certification in the body. */
function generateProgramme(library: Library, n: number, random: Random): GeneratedItem {
	const { draws } = library
	const trade: WordMix = { vocational: 0.5, function: 0.25, general: 0.25 }
	const languages = [libraryFacets.languages.draw(random)]
	if (chance(random, 0.3)) languages.push(...translationTargets(random, languages[0]!).slice(0, 1))
	const title = planSentence(random, draws, between(random, 3, 7), trade, [])
	const summary = planParagraph(random, draws, between(random, 15, 30), { ...prose, vocational: 0.15 }, [])
	const skills = planSentence(random, draws, between(random, 3, 6), { vocational: 1 }, [])
	const eligibility = planParagraph(random, draws, between(random, 10, 20), prose, [])
	const certification = planSentence(random, draws, between(random, 8, 15), { ...prose, vocational: 0.2 }, [])
	const country = libraryFacets.countries.draw(random)
	const date = publishedOn(random, 2025, 2025)
	const words = new Set<string>()
	const entries = languages.map((language): EntryInput => {
		const write = writer(library, language, { arabicIndicDigits: false }, words)
		// Skills are a list, with the language's own comma.
		const skillList = skills.map((value) => write.sentence([value], '')).join(language === 'ar' ? '، ' : ', ')
		return {
			kind: 'programme',
			path: `/programmes/bench-programme-${n}`,
			language,
			title: write.sentence(title, ''),
			summary: write.paragraph(summary),
			body: [skillList, write.paragraph(eligibility), write.sentence(certification)].join(' '),
			type: 'programme',
			topics: ['victim-support'],
			countries: [country],
			tier: 'public',
			publishedOn: date,
		}
	})
	return { key: `programme:bench-${n}`, kind: 'programme', entries, words }
}
