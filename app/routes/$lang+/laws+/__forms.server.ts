import { z } from 'zod'
import { type FrameworkEdit } from '#app/modules/laws/proposals.server.ts'
import { type ElementEntry, type Instrument } from '#app/modules/laws/framework.ts'
import {
	agreementKinds,
	type ElementGroup,
	type ElementId,
	elements,
	elementsOf,
	protocolStatuses,
	provisionValues,
} from '#app/modules/laws/vocabulary.ts'
import { countryCodes } from '#app/platform/countries.ts'
import { calendarDay, choice, optionalText, optionalWholeNumber, requiredText } from '#app/platform/form-fields.ts'
import { isCalendarDay } from '#app/platform/format.ts'
import { type Language, languages } from '#app/platform/i18n.ts'
import { slugPattern } from '#app/platform/slugs.ts'

const day = calendarDay('errors.date')
const optionalDay = z
	.string()
	.trim()
	.optional()
	.refine((value) => !value || isCalendarDay(value), 'errors.date')
	.transform((value) => value || null)
const webAddress = optionalText(500).refine(
	(value) => !value || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(value),
	'laws:errors.web-address',
)
const languageCode = (message: string) =>
	optionalText(2)
		.refine((value) => !value || /^[a-z]{2}$/.test(value), message)
		.transform((value) => value ?? '')

/** A number of years or days; empty means unknown. */
const measured = z
	.string()
	.trim()
	.optional()
	.refine((value) => !value || /^\d{1,5}$/.test(value), 'laws:errors.whole-number')
	.transform((value) => (value ? Math.min(Number(value), 10_000) : ('unknown' as const)))

function elementFields(id: ElementId) {
	return {
		[`${id}.value`]: elements[id].measure === 'provision' ? choice(provisionValues) : measured,
		[`${id}.instrument`]: z.union([z.literal(''), z.string().regex(slugPattern, 'errors.choose')]).default(''),
		[`${id}.article`]: optionalText(120),
		[`${id}.note`]: optionalText(1000),
		[`${id}.asOf`]: day,
		[`${id}.quote`]: optionalText(4000),
		[`${id}.quoteLanguage`]: languageCode('laws:errors.language-code'),
		[`${id}.unofficial`]: optionalText(4000),
	}
}

type Raw = Record<string, unknown>

/** One element as the form left it; an unknown value with nothing else said is simply not recorded. */
function entryOf(id: ElementId, raw: Raw, language: Language): ElementEntry | null {
	const value = raw[`${id}.value`] as ElementEntry['value']
	const instrument = raw[`${id}.instrument`] as string
	const article = raw[`${id}.article`] as string | undefined
	const note = (raw[`${id}.note`] as string | undefined) ?? ''
	const quote = raw[`${id}.quote`] as string | undefined
	const unofficial = raw[`${id}.unofficial`] as string | undefined
	const citation = instrument && article ? { instrument, article } : null
	if (value === 'unknown' && !citation && !note && !quote) return null
	return {
		value,
		citation,
		note,
		quote: quote
			? {
					text: quote,
					language: raw[`${id}.quoteLanguage`] as string,
					unofficial: unofficial ? { [language]: unofficial } : {},
				}
			: null,
		asOf: raw[`${id}.asOf`] as string,
		reviewedBy: null,
		reviewedOn: null,
	}
}

/**
 * The form of one group of elements. Every value other than unknown needs its instrument and article:
 * the error stands at the missing field, so the expert sees which. The module checks the rule again.
 */
export function elementGroupSchema(group: ElementGroup, language: Language) {
	const ids = elementsOf(group)
	return z
		.object(Object.assign({ note: optionalText(2000) }, ...ids.map(elementFields)) as Record<string, z.ZodType>)
		.superRefine((raw, context) => {
			for (const id of ids) {
				if (raw[`${id}.value`] === 'unknown') continue
				for (const part of ['instrument', 'article'] as const)
					if (!raw[`${id}.${part}`])
						context.addIssue({ code: 'custom', path: [`${id}.${part}`], message: 'laws:errors.citation-needed' })
			}
			for (const id of ids)
				if (raw[`${id}.quote`] && !raw[`${id}.quoteLanguage`])
					context.addIssue({ code: 'custom', path: [`${id}.quoteLanguage`], message: 'laws:errors.quote-language' })
		})
		.transform((raw) => ({
			note: (raw.note as string | undefined) ?? '',
			edit: {
				elements: Object.fromEntries(ids.map((id) => [id, entryOf(id, raw, language)])),
			} satisfies FrameworkEdit,
		}))
}

/** How many instrument rows the form shows: the recorded ones and one empty row to add another. */
export const instrumentRows = (count: number) => Math.min(count + 1, 30)

export function instrumentsSchema(rows: number) {
	const fields: Record<string, z.ZodType> = { note: optionalText(2000) }
	for (let row = 0; row < rows; row++) {
		fields[`instrument-${row}.id`] = optionalText(60).refine(
			(value) => !value || slugPattern.test(value),
			'laws:errors.instrument-id',
		)
		fields[`instrument-${row}.name`] = optionalText(300)
		fields[`instrument-${row}.language`] = languageCode('laws:errors.language-code')
		fields[`instrument-${row}.year`] = optionalWholeNumber(1800, 2100)
		fields[`instrument-${row}.articles`] = optionalText(300)
		fields[`instrument-${row}.url`] = webAddress
	}
	return z
		.object(fields)
		.superRefine((raw, context) => {
			const seen = new Set<string>()
			for (let row = 0; row < rows; row++) {
				if (!raw[`instrument-${row}.name`]) continue
				const id = raw[`instrument-${row}.id`] as string | undefined
				if (!id) context.addIssue({ code: 'custom', path: [`instrument-${row}.id`], message: 'errors.required' })
				else if (seen.has(id))
					context.addIssue({
						code: 'custom',
						path: [`instrument-${row}.id`],
						message: 'laws:errors.instrument-repeated',
					})
				else seen.add(id)
				if (!raw[`instrument-${row}.language`])
					context.addIssue({ code: 'custom', path: [`instrument-${row}.language`], message: 'errors.required' })
			}
		})
		.transform((raw) => {
			const instruments: Instrument[] = []
			for (let row = 0; row < rows; row++) {
				const name = raw[`instrument-${row}.name`] as string | undefined
				if (!name) continue
				instruments.push({
					id: raw[`instrument-${row}.id`] as string,
					name,
					language: raw[`instrument-${row}.language`] as string,
					year: raw[`instrument-${row}.year`] as number | null,
					articles: (raw[`instrument-${row}.articles`] as string | undefined) ?? '',
					url: (raw[`instrument-${row}.url`] as string | undefined) ?? null,
				})
			}
			return { note: (raw.note as string | undefined) ?? '', edit: { instruments } satisfies FrameworkEdit }
		})
}

export const protocolSchema = z
	.object({
		status: choice(protocolStatuses),
		signedOn: optionalDay,
		joinedOn: optionalDay,
		source: webAddress,
		asOf: day,
		note: optionalText(2000),
	})
	.transform(({ note, source, ...protocol }) => ({
		note: note ?? '',
		edit: { protocol: { ...protocol, source: source ?? null } } satisfies FrameworkEdit,
	}))

export const decisionSchema = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('approve') }),
	z.object({ intent: z.literal('return'), comment: requiredText(2000) }),
	z.object({ intent: z.literal('withdraw') }),
])

const partiesField = requiredText(1000)
	.transform((value) =>
		value
			.split(/[\s,;]+/)
			.map((code) => code.trim().toUpperCase())
			.filter(Boolean),
	)
	.pipe(
		z
			.array(z.enum(countryCodes, 'laws:errors.parties'))
			.transform((codes) => [...new Set(codes)].sort())
			.refine((codes) => codes.length >= 2, 'laws:errors.parties'),
	)

const nameFields = Object.fromEntries(languages.map((language) => [`name-${language}`, optionalText(400)])) as Record<
	`name-${Language}`,
	ReturnType<typeof optionalText>
>

/** An agreement as the form sends it; `slug` is asked only when it is new, since links depend on it. */
export function agreementFormSchema(isNew: boolean) {
	return z
		.object({
			slug: isNew
				? requiredText(80).refine((value) => slugPattern.test(value), 'laws:errors.instrument-id')
				: z.string().optional(),
			kind: choice(agreementKinds),
			language: choice(languages),
			...nameFields,
			parties: partiesField,
			signedOn: optionalDay,
			inForceOn: optionalDay,
			source: webAddress,
		})
		.superRefine((raw, context) => {
			if (!raw[`name-${raw.language}`])
				context.addIssue({ code: 'custom', path: [`name-${raw.language}`], message: 'laws:errors.name-needed' })
		})
		.transform((raw) => ({
			slug: raw.slug ?? '',
			kind: raw.kind,
			text: {
				language: raw.language,
				names: Object.fromEntries(
					languages.flatMap((language) => (raw[`name-${language}`] ? [[language, raw[`name-${language}`]!]] : [])),
				),
			},
			parties: raw.parties,
			signedOn: raw.signedOn,
			inForceOn: raw.inForceOn,
			source: raw.source ?? null,
		}))
}
