import fs from 'node:fs'
import path from 'node:path'
import { desc, eq } from 'drizzle-orm'
import { z } from 'zod'
import { writeTransaction } from '#app/db/client.server.ts'
import { lawAgreements, lawRevisions } from '#app/db/schema/index.ts'
import { countryCodes } from '#app/platform/countries.ts'
import { readYaml } from '#app/platform/content-files.server.ts'
import { agreementSchema, agreementTextFields } from './agreement.ts'
import { storeAgreement, findAgreement } from './agreements.server.ts'
import { diffFrameworks, sameValue } from './changes.ts'
import {
	calendarDaySchema,
	citationSchema,
	elementValueSchema,
	type Framework,
	instrumentSchema,
	protocolStatusSchema,
} from './framework.ts'
import { findFramework, publishFramework } from './store.server.ts'
import { elementIds, lawRegions } from './vocabulary.ts'

/** The sample frameworks and agreements shipped in `content/laws` (see its README: to verify before use). */
export const defaultLawsDir = path.resolve('content/laws')

const countryFileSchema = z.object({
	country: z.enum(countryCodes),
	region: z.enum(lawRegions),
	asOf: calendarDaySchema,
	sources: z.array(z.string().trim().min(1).max(400)).min(1).max(10),
	instruments: z.array(instrumentSchema).max(30),
	protocol: protocolStatusSchema.omit({ asOf: true }),
	elements: z
		.partialRecord(
			z.enum(elementIds),
			z.object({
				value: elementValueSchema,
				citation: citationSchema.nullable(),
				note: z.string().trim().max(1000).default(''),
				asOf: calendarDaySchema.optional(),
			}),
		)
		.default({}),
})

function frameworkOf(file: z.output<typeof countryFileSchema>): Framework {
	const instruments = new Set(file.instruments.map((instrument) => instrument.id))
	const elements: Framework['elements'] = {}
	for (const [id, entry] of Object.entries(file.elements) as [
		keyof Framework['elements'],
		NonNullable<(typeof file.elements)[keyof typeof file.elements]>,
	][]) {
		// The same rule as a legal expert's form: a known value names where the law says it.
		if (entry.value !== 'unknown' && !entry.citation)
			throw new Error(`${file.country}: ${id} has a value but no citation`)
		if (entry.citation && !instruments.has(entry.citation.instrument))
			throw new Error(`${file.country}: ${id} cites ${entry.citation.instrument}, which is not among its instruments`)
		elements[id] = {
			value: entry.value,
			citation: entry.citation,
			quote: null,
			note: entry.note,
			asOf: entry.asOf ?? file.asOf,
			reviewedBy: null,
			reviewedOn: null,
		}
	}
	return { instruments: file.instruments, protocol: { ...file.protocol, asOf: file.asOf }, elements }
}

function readFolder(dir: string) {
	const countriesDir = path.join(dir, 'countries')
	const countries = fs.existsSync(countriesDir)
		? fs
				.readdirSync(countriesDir)
				.filter((file) => file.endsWith('.yaml'))
				.sort()
				.map((file) => readYaml(path.join(countriesDir, file), countryFileSchema))
		: []
	const agreementsFile = path.join(dir, 'agreements.yaml')
	const agreements = fs.existsSync(agreementsFile)
		? readYaml(agreementsFile, z.array(agreementSchema.omit({ text: true }).extend(agreementTextFields)))
		: []
	return { countries, agreements }
}

/**
 * Loads the sample laws. Idempotent: an unchanged file changes nothing; a changed one publishes its
 * content as the next revision, unless legal experts have changed that country in Atlas since (then
 * their work stands and the file is left for later). Agreements likewise, matched by slug.
 */
export function importLaws(dir = defaultLawsDir, now = new Date()) {
	const content = readFolder(dir)
	return writeTransaction((tx) => {
		const counts = { added: 0, revised: 0, skipped: 0, agreements: 0 }
		for (const file of content.countries) {
			const framework = frameworkOf(file)
			const current = findFramework(file.country, tx)
			if (current) {
				const latest = tx
					.select({ reviewerId: lawRevisions.reviewerId })
					.from(lawRevisions)
					.where(eq(lawRevisions.country, file.country))
					.orderBy(desc(lawRevisions.number))
					.get()
				if (latest?.reviewerId) {
					counts.skipped++
					continue
				}
				if (sameValue(current.framework, framework) && sameValue(current.sources, file.sources)) continue
			}
			publishFramework(
				tx,
				file.country,
				{
					framework,
					changes: current ? diffFrameworks(current.framework, framework) : [],
					authorId: null,
					reviewerId: null,
					region: file.region,
					sample: { sources: file.sources },
				},
				now,
			)
			counts[current ? 'revised' : 'added']++
		}
		for (const { language, names, ...facts } of content.agreements) {
			const agreement = { ...facts, text: { language, names } }
			const existing = findAgreement(agreement.slug, tx)
			if (existing) {
				const edited = tx
					.select({ by: lawAgreements.updatedBy })
					.from(lawAgreements)
					.where(eq(lawAgreements.id, existing.id))
					.get()?.by
				const { id: _id, isSample: _sample, updatedAt: _at, ...stored } = existing
				if (edited || sameValue(stored, agreement)) continue
			}
			storeAgreement(tx, agreement, { userId: null, sample: true }, now)
			counts.agreements++
		}
		return counts
	})
}
