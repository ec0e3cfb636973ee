import { elementIds, type ElementId } from '#app/modules/laws/vocabulary.ts'
import { type FieldErrors, type Submission } from '#app/platform/forms.ts'
import { type Language } from '#app/platform/i18n.ts'
import { type Question, type QuestionText } from './document.ts'
import { withText } from './draft-edits.ts'
import { type QuestionKind } from './vocabulary.ts'

/** How many rows (options, pairs, items) the question form offers. */
export const questionRows = 6

type Reader = { get(name: string): FormDataEntryValue | null; getAll(name: string): FormDataEntryValue[] }

const text = (form: Reader, name: string, max = 4000) => {
	const value = form.get(name)
	return typeof value === 'string' ? value.trim().slice(0, max) : ''
}

type Row = { id: string; text: string; second: string; correct: boolean }

/** Reads the numbered rows; empty rows are dropped, new rows get the next free id. */
function readRows(form: Reader, prefix: string): Row[] {
	const rows = Array.from({ length: questionRows }, (_, index) => ({
		id: text(form, `${prefix}-${index}-id`, 20),
		text: text(form, `${prefix}-${index}-text`, 300),
		second: text(form, `${prefix}-${index}-second`, 4000),
		correct: form.get(`${prefix}-${index}-correct`) === 'on',
	})).filter((row) => row.text)
	const taken = new Set(rows.map((row) => row.id).filter((id) => /^[a-z][0-9]{1,2}$/.test(id)))
	let next = 1
	return rows.map((row) => {
		if (/^[a-z][0-9]{1,2}$/.test(row.id)) return row
		while (taken.has(`${prefix[0]}${next}`)) next++
		const id = `${prefix[0]}${next}`
		taken.add(id)
		return { ...row, id }
	})
}

function parseNumber(value: string) {
	const cleaned = value.replace(',', '.')
	return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : null
}

/**
 * Builds a question from its editing form. In the source language the form sets the
 * structure (which options are right, the number, the order) and the texts; in another
 * language it only translates the texts of the rows that exist.
 */
export function questionFromForm(
	form: Reader,
	context: { kind: QuestionKind; id: string; existing: Question | null; language: Language; source: Language },
): Submission<Question> {
	const { kind, id, existing, language, source } = context
	const isSource = language === source
	const errors: FieldErrors = {}
	const prompt = text(form, 'prompt')
	if (!prompt) errors.prompt = ['errors.required']
	const explanation = text(form, 'explanation') || undefined
	const base: Omit<QuestionText, 'edition'> = { prompt, ...(explanation ? { explanation } : {}) }
	const rows =
		kind === 'single-choice' || kind === 'multiple-choice'
			? readRows(form, 'option')
			: kind === 'matching'
				? readRows(form, 'pair')
				: kind === 'ordering'
					? readRows(form, 'item')
					: []
	const existingIds = existing
		? 'options' in existing
			? existing.options.map((option) => option.id)
			: 'pairs' in existing
				? existing.pairs.map((pair) => pair.id)
				: 'items' in existing
					? existing.items.map((item) => item.id)
					: []
		: []
	// A translation may only word the rows the source has.
	const usable = isSource ? rows : rows.filter((row) => existingIds.includes(row.id))
	let structure: Question
	let words: Omit<QuestionText, 'edition'> = base
	switch (kind) {
		case 'single-choice':
		case 'multiple-choice': {
			const options = isSource
				? usable.map((row) => ({ id: row.id, correct: row.correct }))
				: (existing as Extract<Question, { options: unknown }>).options
			if (isSource && options.length < 2) errors.options = ['courses:errors.twoOptions']
			const right = options.filter((option) => option.correct).length
			if (isSource && (kind === 'single-choice' ? right !== 1 : right < 1))
				errors.options = [
					...(errors.options ?? []),
					kind === 'single-choice' ? 'courses:errors.oneCorrect' : 'courses:errors.someCorrect',
				]
			words = {
				...base,
				options: Object.fromEntries(
					usable.map((row) => [
						row.id,
						{ text: row.text, ...(row.second ? { feedback: row.second.slice(0, 4000) } : {}) },
					]),
				),
			}
			structure = { id, kind, options, texts: {} }
			break
		}
		case 'matching': {
			if (usable.some((row) => !row.second)) errors.pairs = ['courses:errors.pairBothSides']
			if (isSource && usable.length < 2) errors.pairs = [...(errors.pairs ?? []), 'courses:errors.twoRows']
			words = {
				...base,
				pairs: Object.fromEntries(usable.map((row) => [row.id, { left: row.text, right: row.second.slice(0, 300) }])),
			}
			structure = {
				id,
				kind,
				pairs: isSource
					? usable.map((row) => ({ id: row.id }))
					: (existing as Extract<Question, { pairs: unknown }>).pairs,
				texts: {},
			}
			break
		}
		case 'ordering': {
			if (isSource && usable.length < 2) errors.items = ['courses:errors.twoRows']
			words = { ...base, items: Object.fromEntries(usable.map((row) => [row.id, row.text])) }
			structure = {
				id,
				kind,
				items: isSource
					? usable.map((row) => ({ id: row.id }))
					: (existing as Extract<Question, { items: unknown }>).items,
				texts: {},
			}
			break
		}
		case 'true-false': {
			const answer = isSource
				? form.get('answer')
				: String((existing as Extract<Question, { kind: 'true-false' }>).answer)
			if (answer !== 'true' && answer !== 'false') errors.answer = ['errors.choose']
			structure = { id, kind, answer: answer === 'true', texts: {} }
			break
		}
		case 'short-text': {
			const accepted = text(form, 'accepted')
				.split('\n')
				.map((line) => line.trim().slice(0, 300))
				.filter(Boolean)
				.slice(0, 30)
			if (!accepted.length) errors.accepted = ['courses:errors.acceptedAnswer']
			words = { ...base, accepted }
			structure = { id, kind, texts: {} }
			break
		}
		case 'numeric': {
			const unit = text(form, 'unit', 40)
			words = { ...base, ...(unit ? { unit } : {}) }
			const previous = existing as Extract<Question, { kind: 'numeric' }> | null
			const answer = isSource ? parseNumber(text(form, 'answer', 40)) : (previous?.answer ?? null)
			const tolerance = isSource ? parseNumber(text(form, 'tolerance', 40) || '0') : (previous?.tolerance ?? 0)
			if (answer === null) errors.answer = ['courses:errors.number']
			if (tolerance === null || tolerance < 0) errors.tolerance = ['courses:errors.number']
			structure = { id, kind, answer: answer ?? 0, tolerance: Math.max(0, tolerance ?? 0), texts: {} }
			break
		}
	}
	// The page draws its form from the saved question, so typed values are not echoed.
	if (Object.keys(errors).length) return { success: false, fieldErrors: errors, values: {} }
	// Rows removed from the source take their translations with them.
	const keep = (text: QuestionText): QuestionText => ({
		...text,
		...(text.options && 'options' in structure
			? {
					options: Object.fromEntries(
						Object.entries(text.options).filter(([key]) => structure.options.some((option) => option.id === key)),
					),
				}
			: {}),
		...(text.pairs && 'pairs' in structure
			? {
					pairs: Object.fromEntries(
						Object.entries(text.pairs).filter(([key]) => structure.pairs.some((pair) => pair.id === key)),
					),
				}
			: {}),
		...(text.items && 'items' in structure
			? {
					items: Object.fromEntries(
						Object.entries(text.items).filter(([key]) => structure.items.some((item) => item.id === key)),
					),
				}
			: {}),
	})
	const others = Object.fromEntries(Object.entries(existing?.texts ?? {}).map(([key, value]) => [key, keep(value)]))
	// What the question teaches is set with its source text; a translation keeps it as it is.
	const taught = isSource ? taughtElements(form) : (existing?.lawElements ?? [])
	const tags = taught.length ? { lawElements: taught } : {}
	return {
		success: true,
		data: { ...structure, ...tags, texts: withText(others, language, source, words) } as Question,
	}
}

/** The legal elements ticked on a form (`lawElements`), known ones only, each once. */
export function taughtElements(form: Reader): ElementId[] {
	const known = new Set<string>(elementIds)
	return [...new Set(form.getAll('lawElements').map(String))].filter((value): value is ElementId => known.has(value))
}
