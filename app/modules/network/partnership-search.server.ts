import { eq } from 'drizzle-orm'
import { type Db } from '#app/db/client.server.ts'
import { partnershipCommitments, partnerships } from '#app/db/schema/index.ts'
import { type EntryInput, replaceItemEntries } from '#app/modules/search/entries.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { isPublished, type PartnershipText } from './partnership.ts'
import { partnersOf } from './partnerships.server.ts'

/**
 * Puts a partnership in search in each language its texts are in. It is 'public' (site map, signed-out search)
 * only while every partner agrees, so call it in the transaction of every change to partners, agreement, texts,
 * commitments or results: the search never shows more than the page would.
 */
export function indexPartnership(tx: Db, partnershipId: string) {
	const partnership = tx.select().from(partnerships).where(eq(partnerships.id, partnershipId)).get()
	if (!partnership) return replaceItemEntries(tx, `partnership:${partnershipId}`, [])
	const partners = partnersOf(partnership.id, tx)
	const commitments = tx
		.select({ text: partnershipCommitments.text })
		.from(partnershipCommitments)
		.where(eq(partnershipCommitments.partnershipId, partnership.id))
		.all()
	const tier = isPublished(partners) ? 'public' : 'members'
	const entries: EntryInput[] = (Object.entries(partnership.texts) as [Language, PartnershipText][]).map(
		([language, text]) => {
			const t = serverI18n(language).getFixedT(language, 'partnerships')
			return {
				kind: 'partnership' as const,
				path: `/network/partnerships/${partnership.slug}`,
				language,
				title: text.title,
				summary: [t(`statuses.${partnership.status}`), partners.map((partner) => partner.name).join(', ')].join(' · '),
				body: [text.goal, ...partners.map((partner) => partner.name), ...commitments.map((c) => c.text)].join('\n'),
				type: 'partnership',
				topics: ['cross-border-cooperation'],
				countries: partnership.countries,
				tier,
				publishedOn: partnership.startsOn,
			}
		},
	)
	replaceItemEntries(tx, `partnership:${partnershipId}`, entries)
}
