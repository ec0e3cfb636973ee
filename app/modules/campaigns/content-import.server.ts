import fs from 'node:fs'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { type Db, writeTransaction } from '#app/db/client.server.ts'
import { campaignPartners, campaigns, organisations } from '#app/db/schema/index.ts'
import { countryCodes } from '#app/platform/countries.ts'
import { readYaml } from '#app/platform/content-files.server.ts'
import { isCalendarDay } from '#app/platform/format.ts'
import { languages } from '#app/platform/i18n.ts'
import { slugPattern } from '#app/platform/slugs.ts'
import { indexCampaign } from './search-entries.server.ts'
import { campaignAudiences, campaignStatuses } from './vocabulary.ts'

/** The sample campaigns shipped in `content/campaigns` (fictional). */
export const defaultCampaignDir = path.resolve('content/campaigns')

const line = z.string().trim().min(1).max(200)
const day = z.string().refine(isCalendarDay, 'a day written YYYY-MM-DD')
const text = z.object({
	title: line,
	message: z.string().trim().min(1).max(4000),
	signs: z.string().trim().min(1).max(4000),
})

const campaignSchema = z.object({
	slug: z.string().regex(slugPattern),
	organisation: line,
	partners: z.array(line).max(30).default([]),
	sourceLanguage: z.enum(languages),
	countries: z.array(z.enum(countryCodes)).min(1),
	audiences: z.array(z.enum(campaignAudiences)).min(1),
	startsOn: day,
	endsOn: day,
	status: z.enum(campaignStatuses),
	press: z.object({ name: line, email: z.email(), phone: line.optional() }),
	texts: z.partialRecord(z.enum(languages), text),
})

/** An organisation a content file names: the network's starter content creates them, so a missing one is a mistake. */
function organisationNamed(name: string, tx: Db) {
	const found = tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name)).get()
	if (!found)
		throw new Error(`content/campaigns names "${name}", which is not an organisation: import the network first`)
	return found.id
}

/**
 * Adds the sample campaigns. Idempotent: a campaign whose slug exists is left as it is (its organisation may
 * have changed it since).
 */
export function importCampaignContent(dir = defaultCampaignDir, now = new Date()) {
	if (!fs.existsSync(dir)) return { campaigns: 0 }
	const files = fs
		.readdirSync(dir)
		.filter((file) => file.endsWith('.yaml'))
		.sort()
		.map((file) => readYaml(path.join(dir, file), campaignSchema))
	return writeTransaction((tx) => {
		let added = 0
		for (const content of files) {
			if (tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, content.slug)).get()) continue
			const organisationId = organisationNamed(content.organisation, tx)
			const { id } = tx
				.insert(campaigns)
				.values({
					slug: content.slug,
					texts: content.texts,
					sourceLanguage: content.sourceLanguage,
					countries: content.countries,
					audiences: content.audiences,
					startsOn: content.startsOn,
					endsOn: content.endsOn,
					status: content.status,
					organisationId,
					pressName: content.press.name,
					pressEmail: content.press.email,
					pressPhone: content.press.phone ?? null,
					createdAt: now,
					updatedAt: now,
					publishedAt: content.status === 'published' ? now : null,
				})
				.returning({ id: campaigns.id })
				.get()
			const partners = [...new Set(content.partners.map((name) => organisationNamed(name, tx)))]
			if (partners.length)
				tx.insert(campaignPartners)
					.values(partners.map((organisationId) => ({ campaignId: id, organisationId })))
					.run()
			indexCampaign(tx, id)
			added += 1
		}
		return { campaigns: added }
	})
}
