import path from 'node:path'
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { writeTransaction } from '#app/db/client.server.ts'
import { focalPoints, organisationProfiles, organisations } from '#app/db/schema/index.ts'
import { organisationTypes } from '#app/modules/accounts/vocabulary.ts'
import { countryCodes } from '#app/platform/countries.ts'
import { readYaml, sampleOrganisationId } from '#app/platform/content-files.server.ts'
import { isCalendarDay } from '#app/platform/format.ts'
import { languages } from '#app/platform/i18n.ts'
import { countriesServed } from './filters.ts'
import { channelProblem, namesAPerson } from './focal-point.ts'
import { indexFocalPoint, indexOrganisationProfile } from './search-entries.server.ts'
import { areasOfWork, channelKinds, mayBePublic, profileKinds } from './vocabulary.ts'

/** The fictional sample network shipped in `content/network`. */
export const defaultNetworkFile = path.resolve('content/network/organisations.yaml')

const country = z.enum(countryCodes)
const spoken = z.array(z.string().regex(/^[a-z]{2}$/)).min(1)
const texts = (max: number) =>
	z
		.object(Object.fromEntries(languages.map((language) => [language, z.string().trim().min(1).max(max).optional()])))
		.refine((value) => Object.values(value).some(Boolean), 'at least one language')

const focalPointSchema = z
	.object({
		titles: texts(160).refine(
			(value) => !Object.values(value).some((title) => title && namesAPerson(title)),
			'a person',
		),
		countries: z.array(country).default([]),
		areas: z.array(z.enum(areasOfWork)).min(1),
		languages: spoken,
		channelKind: z.enum(channelKinds),
		channel: z.string().trim().min(1),
		available24h: z.boolean().default(false),
		/** When it was last confirmed, to show what an out-of-date focal point looks like. */
		confirmedOn: z.string().refine(isCalendarDay).optional(),
	})
	.refine((point) => !channelProblem(point.channelKind, point.channel), {
		path: ['channel'],
		message: 'not a service channel',
	})

const organisationSchema = z.object({
	name: z.string().trim().startsWith('Sample ').max(200),
	country,
	type: z.enum(organisationTypes),
	profile: z
		.object({
			kind: z.enum(profileKinds),
			countries: z.array(country).default([]),
			regions: z.array(z.string().trim().min(1).max(80)).default([]),
			areas: z.array(z.enum(areasOfWork)).min(1),
			languages: spoken,
			descriptions: texts(1200),
			website: z.url({ protocol: /^https?$/ }).optional(),
			public: z.boolean().default(false),
		})
		.refine((profile) => !profile.public || mayBePublic(profile.kind), { path: ['public'], message: 'members only' }),
	focalPoints: z.array(focalPointSchema).default([]),
})

const fileSchema = z.object({ organisations: z.array(organisationSchema) })

/**
 * Adds the sample network. Idempotent: organisations are found by exact name (missing ones are created approved
 * and marked as samples); a profile is added only where the organisation has none, and focal points only where it
 * has none, so whatever an organisation's admins changed in Atlas stays as they left it.
 */
export function importNetworkContent(file = defaultNetworkFile, now = new Date()) {
	const content = readYaml(file, fileSchema)
	return writeTransaction((tx) => {
		const added = { organisations: 0, profiles: 0, focalPoints: 0 }
		for (const entry of content.organisations) {
			const known = tx
				.select({ id: organisations.id })
				.from(organisations)
				.where(eq(organisations.name, entry.name))
				.get()
			const organisationId = sampleOrganisationId(
				{ name: entry.name, country: entry.country, type: entry.type },
				now,
				tx,
			)
			if (!known) added.organisations += 1
			if (
				!tx.select().from(organisationProfiles).where(eq(organisationProfiles.organisationId, organisationId)).get()
			) {
				const { public: isPublic, website, countries, ...profile } = entry.profile
				tx.insert(organisationProfiles)
					.values({
						...profile,
						organisationId,
						countries: countriesServed(entry.country, countries),
						website: website ?? null,
						isPublic,
						updatedAt: now,
					})
					.run()
				indexOrganisationProfile(tx, organisationId)
				added.profiles += 1
			}
			const hasFocalPoints = tx
				.select({ id: focalPoints.id })
				.from(focalPoints)
				.where(eq(focalPoints.organisationId, organisationId))
				.get()
			if (hasFocalPoints) continue
			for (const { confirmedOn, countries, ...point } of entry.focalPoints) {
				const confirmedAt = confirmedOn ? new Date(`${confirmedOn}T09:00:00Z`) : now
				const { id } = tx
					.insert(focalPoints)
					.values({
						...point,
						organisationId,
						countries: countries.length ? countries : [entry.country],
						confirmedAt,
						createdAt: now,
					})
					.returning({ id: focalPoints.id })
					.get()
				indexFocalPoint(tx, id)
				added.focalPoints += 1
			}
		}
		return added
	})
}
