import fs from 'node:fs'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { type Db, writeTransaction } from '#app/db/client.server.ts'
import { programmes, programmeTexts, supportServices, supportServiceTexts } from '#app/db/schema/index.ts'
import { countryCodes } from '#app/platform/countries.ts'
import { readYaml, sampleOrganisationId } from '#app/platform/content-files.server.ts'
import { languages } from '#app/platform/i18n.ts'
import { slugPattern } from '#app/platform/slugs.ts'
import { indexProgramme } from './search-entries.server.ts'
import {
	currencies,
	legalStatuses,
	literacyLevels,
	offeredLanguages,
	programmeFormats,
	programmeKinds,
	schedules,
	sectors,
	serviceTypes,
} from './vocabulary.ts'

/** The curated starter catalogue shipped in `content/programmes` (fictional sample data). */
export const defaultContentDir = path.resolve('content/programmes')

const line = z.string().trim().min(1).max(200)
const paragraph = z.string().trim().min(1).max(2000)
const slug = z.string().regex(slugPattern)
const country = z.enum(countryCodes)
const offered = z.array(z.enum(offeredLanguages)).min(1)
const everyLanguage = <T extends z.ZodType>(text: T) =>
	z.object(Object.fromEntries(languages.map((language) => [language, text])) as Record<(typeof languages)[number], T>)

const providerSchema = z.array(z.object({ name: line, country }))

const programmeSchema = z.object({
	slug,
	provider: line,
	kind: z.enum(programmeKinds),
	sector: z.enum(sectors),
	format: z.enum(programmeFormats),
	country,
	region: line,
	languages: offered,
	durationWeeks: z.number().int().min(1).max(104),
	schedule: z.enum(schedules),
	cost: z.union([z.literal('free'), z.object({ amount: z.number().int().positive(), currency: z.enum(currencies) })]),
	stipend: z.boolean(),
	childcare: z.boolean(),
	transportHelp: z.boolean(),
	jobPlacement: z.boolean(),
	minimumAge: z.number().int().min(14).max(30),
	legalStatus: z.enum(legalStatuses),
	literacy: z.enum(literacyLevels),
	apply: z.object({ phone: line.optional(), interestForm: z.boolean(), walkIn: z.boolean() }),
	translations: everyLanguage(
		z.object({
			title: z.string().trim().min(1).max(120),
			summary: paragraph,
			skills: line,
			eligibility: paragraph,
			certification: line,
			accessibility: paragraph,
			walkInHours: line.optional(),
		}),
	),
})

const serviceSchema = z.object({
	slug,
	provider: line,
	type: z.enum(serviceTypes),
	country,
	region: line,
	languages: offered,
	phone: line.optional(),
	open24h: z.boolean(),
	translations: everyLanguage(
		z.object({ name: z.string().trim().min(1).max(120), summary: paragraph, hours: line, contact: paragraph }),
	),
})

function readFolder<T extends z.ZodType>(dir: string, schema: T) {
	if (!fs.existsSync(dir)) return []
	return fs
		.readdirSync(dir)
		.filter((file) => file.endsWith('.yaml'))
		.sort()
		.map((file) => readYaml(path.join(dir, file), schema))
}

export function readCatalogueContent(dir = defaultContentDir) {
	return {
		providers: readYaml(path.join(dir, 'providers.yaml'), providerSchema),
		programmes: readFolder(path.join(dir, 'programmes'), programmeSchema),
		services: readFolder(path.join(dir, 'services'), serviceSchema),
	}
}

function providerIds(providers: z.output<typeof providerSchema>, now: Date, tx: Db) {
	return new Map(
		providers.map((provider) => [provider.name, sampleOrganisationId({ ...provider, type: 'ngo' }, now, tx)]),
	)
}

function textRows<T extends Record<string, unknown>>(translations: Record<string, T>) {
	return Object.entries(translations).map(([language, text]) => ({ language, ...text }))
}

/**
 * Adds the starter catalogue. Idempotent: listings are matched by slug and providers by
 * name, and anything already there is left as it is (a provider may have edited it).
 * Sample listings count as verified on the day they are imported.
 */
export function importCatalogueContent(dir = defaultContentDir, now = new Date()) {
	const content = readCatalogueContent(dir)
	return writeTransaction((tx) => {
		const providers = providerIds(content.providers, now, tx)
		const organisationOf = (name: string, slug: string) => {
			const id = providers.get(name)
			if (!id) throw new Error(`${slug}: provider "${name}" is not in providers.yaml`)
			return id
		}
		let addedProgrammes = 0
		let addedServices = 0
		for (const { translations, apply, cost, provider, ...programme } of content.programmes) {
			if (tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, programme.slug)).get()) continue
			const { id } = tx
				.insert(programmes)
				.values({
					...programme,
					organisationId: organisationOf(provider, programme.slug),
					sourceLanguage: 'en',
					costAmount: cost === 'free' ? null : cost.amount,
					costCurrency: cost === 'free' ? null : cost.currency,
					phone: apply.phone ?? null,
					interestForm: apply.interestForm,
					walkIn: apply.walkIn,
					verifiedAt: now,
					isSample: true,
				})
				.returning({ id: programmes.id })
				.get()
			tx.insert(programmeTexts)
				.values(
					textRows(translations).map((text) => ({ ...text, programmeId: id, walkInHours: text.walkInHours ?? '' })),
				)
				.run()
			indexProgramme(tx, id, now)
			addedProgrammes += 1
		}
		for (const { translations, provider, ...service } of content.services) {
			if (
				tx.select({ id: supportServices.id }).from(supportServices).where(eq(supportServices.slug, service.slug)).get()
			)
				continue
			const { id } = tx
				.insert(supportServices)
				.values({
					...service,
					organisationId: organisationOf(provider, service.slug),
					sourceLanguage: 'en',
					phone: service.phone ?? null,
					verifiedAt: now,
					isSample: true,
				})
				.returning({ id: supportServices.id })
				.get()
			tx.insert(supportServiceTexts)
				.values(textRows(translations).map((text) => ({ ...text, serviceId: id })))
				.run()
			addedServices += 1
		}
		return { programmes: addedProgrammes, services: addedServices }
	})
}
