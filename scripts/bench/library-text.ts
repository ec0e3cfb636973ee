/**
 * Text for the generated library. A text is planned once, language-neutral (which concept, which name, where a
 * comma falls), then written in each language of its item: a translation says the same things in other words,
 * as a real one does, and the plan is small enough to make any item again from its seed.
 */
import { type Language, languages } from '#app/platform/i18n.ts'
import { mix32, type Random, WeightedDraw, zipf } from './random.ts'
import { caseConcept, domainWords, operationConcept } from './words/domain.ts'
import { generalWords } from './words/general.ts'
import { functionWords, syllables, vocationalWords } from './words/other-words.ts'

const kinds = { function: 0, domain: 1, general: 2, vocational: 3, name: 4 } as const
type SlotKind = keyof typeof kinds

/** One word to be (or a name, an operation or a case number): its kind, its id and a comma after it, in one number. */
type Slot = number
export type Sentence = Slot[]
/** The share of each kind of word in a stretch of text. */
export type WordMix = Partial<Record<SlotKind, number>>

const columns: Record<Language, 0 | 1 | 2 | 3> = { en: 0, fr: 1, es: 2, ar: 3 }
const functionIdRange = 1_000_000

/** The rank distributions, made once: the first words of each list are the most frequent. */
export class TextDraws {
	readonly domain = zipf(domainWords.length, 1)
	readonly general = zipf(generalWords.length, 0.8)
	readonly vocational = zipf(vocationalWords.length, 0.8)
	readonly function = Object.fromEntries(
		languages.map((language) => [language, zipf(functionWords[language].length, 1)]),
	) as Record<Language, WeightedDraw>
	/** Names of places, people, operations and cases: a long tail, most of them in a handful of documents. */
	readonly names: WeightedDraw

	constructor(readonly nameCount: number) {
		this.names = zipf(nameCount, 0.8)
	}
}

const slot = (kind: SlotKind, id: number, comma: boolean) => id * 16 + (comma ? 8 : 0) + kinds[kind]

/** A sentence of that many slots drawn with the mix; names come from the item's own. */
export function planSentence(random: Random, draws: TextDraws, length: number, mix: WordMix, names: number[]) {
	const weights = new WeightedDraw(Object.values(mix))
	const mixKinds = Object.keys(mix) as SlotKind[]
	const sentence: Sentence = []
	for (let index = 0; index < length; index++) {
		const kind = mixKinds[weights.draw(random)]!
		const comma = index > 2 && index < length - 2 && random() < 0.07
		if (kind === 'name' && names.length) sentence.push(slot('name', names[Math.floor(random() * names.length)]!, comma))
		else if (kind === 'domain') sentence.push(slot(kind, draws.domain.draw(random), comma))
		else if (kind === 'vocational') sentence.push(slot(kind, draws.vocational.draw(random), comma))
		else if (kind === 'function') sentence.push(slot(kind, Math.floor(random() * functionIdRange), comma))
		else sentence.push(slot('general', draws.general.draw(random), comma))
	}
	return sentence
}

/** Sentences of 8 to 20 words until the paragraph has about that many words. */
export function planParagraph(random: Random, draws: TextDraws, words: number, mix: WordMix, names: number[]) {
	const sentences: Sentence[] = []
	for (let left = words; left > 0;) {
		const length = Math.min(left, 8 + Math.floor(random() * 13))
		sentences.push(planSentence(random, draws, Math.max(length, 3), mix, names))
		left -= length
	}
	return sentences
}

/** A name as written in Latin letters or in Arabic: two to four syllables chosen by the name's number. */
export function nameOf(id: number, arabic: boolean) {
	let state = mix32(id + 0x5bd1e995)
	const count = [2, 3, 3, 3, 3, 3, 4, 4, 4, 4][state % 10]!
	let name = ''
	for (let index = 0; index < count; index++) {
		state = mix32(state + index)
		name += syllables[state % syllables.length]![arabic ? 1 : 0]
	}
	return arabic ? name : name[0]!.toUpperCase() + name.slice(1)
}

/** Case numbers are distinct six-digit numbers: 7919 shares no factor with 900,000. */
const caseNumber = (id: number) => String(100_000 + ((id * 7919) % 900_000))
const arabicDigits = (digits: string) => digits.replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit)))

/** Writing options of one item: Arabic documents write case numbers in Arabic-Indic digits about half the time. */
export type Writing = { arabicIndicDigits: boolean }

/** The words of one slot in a language; the fourth of names that are cases and operations come with their word. */
function slotWords(value: Slot, language: Language, draws: TextDraws, writing: Writing): string[] {
	const kind = value % 8
	const id = Math.floor(value / 16)
	const column = columns[language]
	if (kind === kinds.function) {
		const list = functionWords[language]
		return [list[draws.function[language].at(id / functionIdRange)]!]
	}
	if (kind === kinds.domain) return [domainWords[id]![column]]
	if (kind === kinds.general) return [generalWords[id]![column]]
	if (kind === kinds.vocational) return [vocationalWords[id]![column]]
	const arabic = language === 'ar'
	switch (id % 4) {
		case 2:
			return [domainWords[operationConcept]![column], nameOf(id, arabic)]
		case 3: {
			const number = caseNumber(id)
			return [domainWords[caseConcept]![column], arabic && writing.arabicIndicDigits ? arabicDigits(number) : number]
		}
		default:
			return [nameOf(id, arabic)]
	}
}

/**
 * A sentence written in a language, each word also added to `seen`. Arabic joins "و" (and) to the word after it,
 * as it is written.
 */
export function writeSentence(
	sentence: Sentence,
	language: Language,
	draws: TextDraws,
	writing: Writing,
	seen: Set<string>,
	end = '.',
) {
	const arabic = language === 'ar'
	const out: string[] = []
	let joinNext = false
	for (const value of sentence) {
		const words = slotWords(value, language, draws, writing)
		for (const word of words) {
			if (arabic && word === 'و') {
				joinNext = true
				continue
			}
			const written = joinNext ? `و${word}` : word
			joinNext = false
			seen.add(written)
			out.push(written)
		}
		if (value & 8) out[out.length - 1] += arabic ? '،' : ','
	}
	if (joinNext) out.push('و')
	const text = out.join(' ')
	return (arabic ? text : text[0]!.toUpperCase() + text.slice(1)) + end
}

export function writeParagraph(
	sentences: Sentence[],
	language: Language,
	draws: TextDraws,
	writing: Writing,
	seen: Set<string>,
) {
	return sentences.map((sentence) => writeSentence(sentence, language, draws, writing, seen)).join(' ')
}
