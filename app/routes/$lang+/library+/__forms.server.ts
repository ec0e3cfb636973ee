import { z } from 'zod'
import { countryCodes } from '#app/platform/countries.ts'
import {
	accessTiers,
	audiences,
	documentTypes,
	protocolStatuses,
	regions,
	topics,
} from '#app/modules/library/vocabulary.ts'
import {
	calendarDay,
	choice,
	optionalText,
	optionalWholeNumber,
	requiredText,
	ticked,
} from '#app/platform/form-fields.ts'
import { languages } from '#app/platform/i18n.ts'

const lines = (max: number) =>
	optionalText(8000).transform((value) =>
		(value ?? '')
			.split('\n')
			.map((line) => line.trim())
			.filter(Boolean)
			.slice(0, max),
	)

/** Up to three country selects; empty ones are skipped and repeats kept once. */
const countryFields = {
	country1: z.union([z.literal(''), z.enum(countryCodes, 'errors.choose')]).default(''),
	country2: z.union([z.literal(''), z.enum(countryCodes, 'errors.choose')]).default(''),
	country3: z.union([z.literal(''), z.enum(countryCodes, 'errors.choose')]).default(''),
}

export const documentFactsSchema = z
	.object({
		type: choice(documentTypes),
		tier: choice(accessTiers),
		topics: ticked(topics).pipe(z.array(z.enum(topics)).min(1, 'library:errors.pickTopic')),
		regions: ticked(regions),
		audience: ticked(audiences),
		publishedOn: calendarDay('library:errors.date'),
		sources: lines(20).pipe(z.array(z.string().max(400, 'errors.tooLong?max=400'))),
		protocolVersion: optionalWholeNumber(1, 999),
		protocolStatus: z.union([z.literal(''), z.enum(protocolStatuses)]).default(''),
		...countryFields,
	})
	.transform(({ country1, country2, country3, protocolVersion, protocolStatus, ...facts }) => ({
		...facts,
		countries: [
			...new Set([country1, country2, country3].filter((code): code is (typeof countryCodes)[number] => code !== '')),
		],
		protocolVersion: protocolVersion ?? undefined,
		protocolStatus: protocolStatus || undefined,
	}))

export const documentTextSchema = z.object({
	title: requiredText(300),
	summary: requiredText(1000),
	body: z.string().max(100_000, 'errors.tooLong?max=100000').default(''),
	changelog: optionalText(2000).transform((value) => value ?? undefined),
})

export const newDocumentSchema = z.object({ language: choice(languages) })

export const reviewSchema = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('submit') }),
	z.object({ intent: z.literal('publish') }),
	z.object({ intent: z.literal('return'), comment: requiredText(2000) }),
])

export const adoptionSchema = z.object({
	version: z
		.string()
		.regex(/^\d{1,3}$/, 'errors.choose')
		.transform(Number),
	adoptedOn: calendarDay('library:errors.date'),
})
