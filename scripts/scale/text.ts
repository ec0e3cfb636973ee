/**
 * Text for the scale dataset's courses, events, forums, programmes and laws, in the generated library's vocabulary
 * (scripts/bench/library-text.ts): a text is planned once, language-neutral, then written in each language of its
 * item, so translations say the same things and every page reads like the library's documents, not lorem ipsum.
 */
import { type Language } from '#app/platform/i18n.ts'
import { headline, type Library, prose } from '../bench/library-generator.ts'
import {
	planParagraph,
	planSentence,
	type Sentence,
	type WordMix,
	writeParagraph,
	writeSentence,
} from '../bench/library-text.ts'
import { between, type Random } from '../bench/random.ts'

export type { Sentence } from '../bench/library-text.ts'

/** Generated text never writes case numbers in Arabic-Indic digits outside the library, where readers search them. */
const writing = { arabicIndicDigits: false }

export class Texts {
	/** Every word written, as the library's writer keeps them; nothing reads it here, so one set serves all. */
	readonly #seen = new Set<string>()

	constructor(readonly library: Library) {}

	/** Names of people, places, operations and cases that one item keeps coming back to. */
	names(random: Random, count: number) {
		return Array.from({ length: count }, () => this.library.draws.names.draw(random))
	}

	/** A title-like line of min to max words. */
	line(random: Random, min: number, max: number, names: number[] = [], mix: WordMix = headline): Sentence {
		return planSentence(random, this.library.draws, between(random, min, max), mix, names)
	}

	/** A paragraph of min to max words. */
	paragraph(random: Random, min: number, max: number, names: number[] = [], mix: WordMix = prose): Sentence[] {
		return planParagraph(random, this.library.draws, between(random, min, max), mix, names)
	}

	/** Writes planned text in one language. */
	in(language: Language) {
		const draws = this.library.draws
		if (this.#seen.size > 200_000) this.#seen.clear()
		return {
			line: (sentence: Sentence, end = '') => writeSentence(sentence, language, draws, writing, this.#seen, end),
			paragraph: (sentences: Sentence[]) => writeParagraph(sentences, language, draws, writing, this.#seen),
		}
	}
}

/** The same text in each of the languages: `{ en: …, fr: … }`. */
export function inEach<T>(languages: readonly Language[], write: (language: Language) => T) {
	return Object.fromEntries(languages.map((language) => [language, write(language)])) as Partial<Record<Language, T>>
}
