import { z } from 'zod'
import { type AgendaSession, type EventQuestion, type EventTexts } from '#app/modules/events/event.ts'
import { type EventInput } from '#app/modules/events/organising.server.ts'
import { zonedTimeToUtc } from '#app/platform/zoned-time.ts'
import {
	eventFormats,
	eventKinds,
	maxAgendaSessions,
	maxCapacity,
	maxCustomQuestions,
	standardQuestions,
} from '#app/modules/events/vocabulary.ts'
import { accessTiers } from '#app/modules/library/vocabulary.ts'
import { countryCodes } from '#app/platform/countries.ts'
import { choice, emailAddress, optionalText, requiredText, ticked, wholeNumber } from '#app/platform/form-fields.ts'
import { isTimeZone, languageName } from '#app/platform/format.ts'
import { type FieldErrors, formValues, parseSubmission, type Submission, echoValues } from '#app/platform/forms.ts'
import { languages } from '#app/platform/i18n.ts'

/** A field sent once, several times or not at all (ticked boxes, a multiple choice). */
const several = () =>
	z
		.union([z.string().max(64), z.array(z.string().max(64)).max(500)])
		.optional()
		.transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))

const localTime = z.string().trim().max(25, 'errors.invalid').optional().default('')

/** Language codes typed as "en, de": each a two-letter code the runtime can name. */
const languageCodes = z
	.string()
	.trim()
	.max(200, 'errors.tooLong?max=200')
	.optional()
	.transform((value) => [
		...new Set(
			(value ?? '')
				.split(/[\s,;]+/)
				.map((code) => code.toLowerCase())
				.filter(Boolean),
		),
	])
	.refine(
		(codes) => codes.every((code) => /^[a-z]{2}$/.test(code) && languageName(code, 'en') !== code),
		'events:errors.language-codes',
	)

const webLink = optionalText(500).refine(
	(value) => !value || /^https:\/\/[^\s/$.?#][^\s]*$/i.test(value),
	'events:errors.joining-link',
)

function textFields() {
	return Object.fromEntries(
		languages.flatMap((language) => [
			[`title.${language}`, optionalText(200)],
			[`description.${language}`, optionalText(8000)],
		]),
	)
}

function rowFields(prefix: string, count: number, fields: Record<string, z.ZodType>) {
	return Object.fromEntries(
		Array.from({ length: count }, (_, index) =>
			Object.entries(fields).map(([name, schema]) => [`${prefix}.${index}.${name}`, schema]),
		).flat(),
	)
}

const eventFormSchema = z.object({
	kind: choice(eventKinds),
	audience: choice(accessTiers),
	format: choice(eventFormats),
	sourceLanguage: choice(languages),
	startsAt: localTime,
	endsAt: localTime,
	registrationOpensAt: localTime,
	registrationClosesAt: localTime,
	timeZone: z.string().trim().max(64).refine(isTimeZone, 'events:errors.time-zone'),
	city: optionalText(120),
	country: z
		.union([z.literal(''), choice(countryCodes)])
		.optional()
		.transform((value) => value || null),
	joiningLink: webLink,
	workingLanguages: languageCodes,
	interpretation: languageCodes,
	capacity: wholeNumber(1, maxCapacity),
	standardQuestions: ticked(standardQuestions),
	contactEmail: emailAddress(),
	organisationIds: several().pipe(z.array(z.string().max(64)).max(20, 'events:errors.too-many-organisers')),
	cohortId: optionalText(64),
})

/** The fields built from lists (each language, each numbered row): checked alike, read by name. */
const eventRowsSchema = z.object({
	...textFields(),
	...rowFields('question', maxCustomQuestions, { label: optionalText(300), required: z.string().max(3).optional() }),
	...rowFields('agenda', maxAgendaSessions, {
		startsAt: localTime,
		endsAt: localTime,
		title: optionalText(200),
		speakers: optionalText(500),
	}),
})

/**
 * Reads the event form: the fields, then the times, which mean the wall clock in the event's zone. A time that
 * the zone skips (a spring-forward gap) is refused at its field rather than moved silently.
 */
export function parseEventForm(form: FormData): Submission<EventInput> {
	const submission = parseSubmission(eventFormSchema, form)
	const rows = parseSubmission(eventRowsSchema, form)
	if (!submission.success || !rows.success)
		return {
			success: false,
			fieldErrors: {
				...(submission.success ? {} : submission.fieldErrors),
				...(rows.success ? {} : rows.fieldErrors),
			},
			values: echoValues(formValues(form)),
		}
	const raw = submission.data
	const row = (name: string) => (rows.data as Record<string, string | undefined>)[name]
	const errors: FieldErrors = {}
	const at = (field: string, value: string) => {
		if (!value) {
			errors[field] = ['errors.required']
			return new Date(0)
		}
		const instant = zonedTimeToUtc(value, raw.timeZone)
		if (!instant) errors[field] = ['events:errors.no-such-time']
		return instant ?? new Date(0)
	}
	const texts: EventTexts = {}
	for (const language of languages) {
		const title = row(`title.${language}`)
		const description = row(`description.${language}`)
		if (title) texts[language] = { title, description: description ?? '' }
		else if (description) errors[`title.${language}`] = ['events:errors.title-for-description']
	}
	if (!texts[raw.sourceLanguage]) errors[`title.${raw.sourceLanguage}`] = ['events:errors.source-title']
	const questions: EventQuestion[] = [
		...raw.standardQuestions.map((id) => ({ id, standard: true as const })),
		...Array.from({ length: maxCustomQuestions }, (_, index) => ({
			label: row(`question.${index}.label`),
			required: row(`question.${index}.required`) === 'on',
		}))
			.filter((question): question is { label: string; required: boolean } => Boolean(question.label))
			.map((question, index) => ({ id: `q${index + 1}`, standard: false as const, ...question })),
	]
	const agenda: AgendaSession[] = []
	for (let index = 0; index < maxAgendaSessions; index += 1) {
		const title = row(`agenda.${index}.title`)
		const start = row(`agenda.${index}.startsAt`) ?? ''
		const end = row(`agenda.${index}.endsAt`) ?? ''
		if (!title && !start && !end) continue
		if (!title) errors[`agenda.${index}.title`] = ['errors.required']
		const startsAt = at(`agenda.${index}.startsAt`, start)
		const endsAt = at(`agenda.${index}.endsAt`, end)
		if (endsAt <= startsAt && !errors[`agenda.${index}.endsAt`])
			errors[`agenda.${index}.endsAt`] = ['events:errors.ends-before-start']
		const speakers = (row(`agenda.${index}.speakers`) ?? '')
			.split(/[;\n]+/)
			.map((name) => name.trim())
			.filter(Boolean)
		agenda.push({ startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), title: title ?? '', speakers })
	}
	agenda.sort((a, b) => a.startsAt.localeCompare(b.startsAt))
	const input: EventInput = {
		kind: raw.kind,
		audience: raw.audience,
		format: raw.format,
		sourceLanguage: raw.sourceLanguage,
		texts,
		timeZone: raw.timeZone,
		startsAt: at('startsAt', raw.startsAt),
		endsAt: at('endsAt', raw.endsAt),
		registrationOpensAt: at('registrationOpensAt', raw.registrationOpensAt),
		registrationClosesAt: at('registrationClosesAt', raw.registrationClosesAt),
		city: raw.city ?? null,
		country: raw.country,
		joiningLink: raw.joiningLink ?? null,
		workingLanguages: raw.workingLanguages,
		interpretation: raw.interpretation,
		capacity: raw.capacity,
		questions,
		agenda,
		contactEmail: raw.contactEmail,
		organisationIds: raw.organisationIds.filter(Boolean),
		cohortId: raw.cohortId ?? null,
	}
	if (Object.keys(errors).length) return { success: false, fieldErrors: errors, values: echoValues(formValues(form)) }
	return { success: true, data: input }
}

/** The registration form: one answer per question the event asks, read by the module against the event's questions. */
export function registrationAnswers(form: FormData) {
	const answers: Record<string, string> = {}
	for (const [key, value] of form.entries())
		if (key.startsWith('answer.') && typeof value === 'string') answers[key.slice(7, 40)] = value.slice(0, 1000)
	return answers
}

export const attendanceSchema = z.object({
	shown: several(),
	present: several(),
})

export const cancelEventSchema = z.object({ reason: requiredText(1000) })
