import { z } from 'zod'
import { type FocalPointInput } from '#app/modules/network/focal-points.server.ts'
import { type ProfileInput } from '#app/modules/network/profiles.server.ts'
import {
	areasOfWork,
	channelKinds,
	maxChannelLength,
	maxDescriptionLength,
	maxRegions,
	maxTitleLength,
	profileKinds,
} from '#app/modules/network/vocabulary.ts'
import { countryCodes } from '#app/platform/countries.ts'
import { choice, optionalText, ticked } from '#app/platform/form-fields.ts'
import { languageName } from '#app/platform/format.ts'
import { parseSubmission, type Submission } from '#app/platform/forms.ts'
import { languages } from '#app/platform/i18n.ts'

/** Countries chosen in a multiple select: each must be a country Atlas knows. */
const countries = z
	.union([z.string().max(8), z.array(z.string().max(8)).max(300)])
	.optional()
	.transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter(Boolean))
	.pipe(z.array(z.enum(countryCodes, { error: 'network:errors.country' })))
	.transform((codes) => [...new Set(codes)])

/** Language codes typed as "ar, fr": each a two-letter code the runtime can name; at least one. */
const spokenLanguages = z
	.string({ error: 'errors.required' })
	.trim()
	.max(200, 'errors.tooLong?max=200')
	.transform((value) => [
		...new Set(
			value
				.split(/[\s,;]+/)
				.map((code) => code.toLowerCase())
				.filter(Boolean),
		),
	])
	.refine((codes) => codes.length > 0, 'network:errors.languages-required')
	.refine(
		(codes) =>
			codes.length <= 20 && codes.every((code) => /^[a-z]{2}$/.test(code) && languageName(code, 'en') !== code),
		'network:errors.language-codes',
	)

const regions = optionalText(1000)
	.transform((value) =>
		[
			...new Set(
				(value ?? '')
					.split(/[;\n]+/)
					.map((region) => region.trim())
					.filter(Boolean),
			),
		].slice(0, maxRegions + 1),
	)
	.refine((list) => list.length <= maxRegions && list.every((region) => region.length <= 80), 'network:errors.regions')

const website = optionalText(300).refine(
	(value) => !value || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value),
	'network:errors.website',
)

const tickedBox = z
	.string()
	.max(3)
	.optional()
	.transform((value) => value === 'on')

const perLanguage = (prefix: string, max: number) =>
	Object.fromEntries(languages.map((language) => [`${prefix}.${language}`, optionalText(max)]))

const textsOf = (data: Record<string, unknown>, prefix: string) =>
	Object.fromEntries(
		languages.flatMap((language) => {
			const text = data[`${prefix}.${language}`]
			return typeof text === 'string' && text ? [[language, text]] : []
		}),
	)

const profileSchema = z.object({
	kind: choice(profileKinds),
	countries,
	regions,
	areas: ticked(areasOfWork),
	languages: spokenLanguages,
	website,
	isPublic: tickedBox,
	...perLanguage('description', maxDescriptionLength),
})

export function parseProfileForm(form: FormData): Submission<ProfileInput> {
	const submission = parseSubmission(profileSchema, form)
	if (!submission.success) return submission
	const { kind, countries, regions, areas, languages, website, isPublic, ...texts } = submission.data
	return {
		success: true,
		data: {
			kind,
			countries,
			regions,
			areas,
			languages,
			website: website ?? null,
			isPublic,
			descriptions: textsOf(texts, 'description'),
		},
	}
}

const focalPointSchema = z.object({
	countries,
	areas: ticked(areasOfWork).refine((areas) => areas.length > 0, 'network:errors.areas-required'),
	languages: spokenLanguages,
	channelKind: choice(channelKinds),
	channel: z
		.string({ error: 'errors.required' })
		.trim()
		.min(1, 'errors.required')
		.max(maxChannelLength, `errors.tooLong?max=${maxChannelLength}`),
	available24h: tickedBox,
	...perLanguage('title', maxTitleLength),
})

export function parseFocalPointForm(form: FormData): Submission<FocalPointInput> {
	const submission = parseSubmission(focalPointSchema, form)
	if (!submission.success) return submission
	const { countries, areas, languages, channelKind, channel, available24h, ...texts } = submission.data
	return {
		success: true,
		data: { countries, areas, languages, channelKind, channel, available24h, titles: textsOf(texts, 'title') },
	}
}
