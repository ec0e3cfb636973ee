import path from 'node:path'
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { writeTransaction } from '#app/db/client.server.ts'
import {
	commitmentResults,
	organisations,
	partnershipCommitments,
	partnershipPartners,
	partnerships,
} from '#app/db/schema/index.ts'
import { countryCodes } from '#app/platform/countries.ts'
import { readYaml } from '#app/platform/content-files.server.ts'
import { isCalendarDay } from '#app/platform/format.ts'
import { languages } from '#app/platform/i18n.ts'
import { slugPattern } from '#app/platform/slugs.ts'
import { checkPeriod } from './partnership.ts'
import { indexPartnership } from './partnership-search.server.ts'
import { findPartnership } from './partnerships.server.ts'
import { partnershipStatuses } from './vocabulary.ts'

/** The fictional sample partnerships shipped in `content/network/partnerships.yaml`. */
export const defaultPartnershipsFile = path.resolve('content/network/partnerships.yaml')

const day = z.string().refine(isCalendarDay, 'a day written YYYY-MM-DD')
const language = z.enum(languages)
const text = (max: number) => z.string().trim().min(1).max(max)

const partnershipSchema = z.array(
	z.object({
		slug: z.string().regex(slugPattern),
		sourceLanguage: language,
		countries: z.array(z.enum(countryCodes)).min(1),
		startsOn: day,
		endsOn: day.optional(),
		status: z.enum(partnershipStatuses),
		texts: z.partialRecord(language, z.object({ title: text(200), goal: text(4000) })),
		partners: z
			.array(
				z.object({
					name: text(200),
					agreesToPublish: z.boolean(),
					commitments: z
						.array(
							z.object({
								text: text(1000),
								language,
								dueOn: day.optional(),
								met: z.boolean().default(false),
								results: z.array(z.object({ reportedOn: day, text: text(2000), language })).default([]),
							}),
						)
						.default([]),
				}),
			)
			.min(1),
	}),
)

/**
 * Adds the sample partnerships. Idempotent: a partnership whose slug exists is left as its partners may have
 * changed it. Partners are found by exact name (the network's content import, which runs first, creates the
 * sample organisations); a partnership naming one that is missing is skipped, and `skipped` says why.
 */
export function importPartnershipContent(file = defaultPartnershipsFile, now = new Date()) {
	const content = readYaml(file, partnershipSchema)
	return writeTransaction((tx) => {
		let added = 0
		const skipped: string[] = []
		for (const { partners, texts, endsOn, ...partnership } of content) {
			if (findPartnership(partnership.slug, tx)) continue
			if (!texts[partnership.sourceLanguage]) throw new Error(`${partnership.slug}: no text in its source language`)
			const period = checkPeriod({ startsOn: partnership.startsOn, endsOn: endsOn ?? null })
			if (!period.ok) throw new Error(`${partnership.slug}: ${period.field}: ${period.reason}`)
			const ids = partners.map(
				(partner) =>
					tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, partner.name)).get()?.id,
			)
			const missing = partners.filter((_, index) => !ids[index]).map((partner) => partner.name)
			if (missing.length) {
				skipped.push(`${partnership.slug}: no organisation named ${missing.map((name) => `"${name}"`).join(', ')}`)
				continue
			}
			const { id } = tx
				.insert(partnerships)
				.values({ ...partnership, texts, endsOn: endsOn ?? null, createdAt: now, updatedAt: now })
				.returning({ id: partnerships.id })
				.get()
			partners.forEach((partner, index) => {
				const organisationId = ids[index]!
				tx.insert(partnershipPartners)
					.values({
						partnershipId: id,
						organisationId,
						agreesToPublish: partner.agreesToPublish,
						agreedAt: partner.agreesToPublish ? now : null,
					})
					.onConflictDoNothing()
					.run()
				for (const { results, dueOn, ...commitment } of partner.commitments) {
					const saved = tx
						.insert(partnershipCommitments)
						.values({ ...commitment, dueOn: dueOn ?? null, partnershipId: id, organisationId, createdAt: now })
						.returning({ id: partnershipCommitments.id })
						.get()
					if (results.length)
						tx.insert(commitmentResults)
							.values(results.map((result) => ({ ...result, commitmentId: saved.id, createdAt: now })))
							.run()
				}
			})
			indexPartnership(tx, id)
			added += 1
		}
		return { partnerships: added, skipped }
	})
}
