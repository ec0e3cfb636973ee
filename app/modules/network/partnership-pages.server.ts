import { asc, desc, eq, inArray } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { commitmentResults, partnershipCommitments } from '#app/db/schema/index.ts'
import { type Language } from '#app/platform/i18n.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { isPublished, type PartnershipText, waitingFor } from './partnership.ts'
import {
	listedPartnersOf,
	listPartnerships,
	partnersOf,
	type PartnershipFilter,
	type PartnershipRow,
	visiblePartnership,
} from './partnerships.server.ts'
import { profilesOpenTo } from './store.server.ts'

/** What a list row shows of a partnership, in the reader's language or its source language with a notice. */
export function partnershipSummary(
	partnership: Pick<
		PartnershipRow,
		'slug' | 'texts' | 'sourceLanguage' | 'countries' | 'startsOn' | 'endsOn' | 'status'
	>,
	language: Language,
) {
	const {
		text,
		language: textLanguage,
		fallback,
	} = textIn<PartnershipText, Language>(partnership.texts, language, partnership.sourceLanguage)
	return {
		slug: partnership.slug,
		title: text.title,
		textLanguage,
		fallback,
		countries: partnership.countries,
		startsOn: partnership.startsOn,
		endsOn: partnership.endsOn,
		status: partnership.status,
	}
}

/**
 * One page of the partnerships list with each one's partners by name; `sample` when any of them is sample data,
 * so the list says once that it shows fictional organisations.
 */
export function partnershipListPage(
	actor: Actor | null,
	filter: PartnershipFilter,
	page: number,
	language: Language,
	db: Db = getDb(),
) {
	const { rows, total } = listPartnerships(actor, filter, page, db)
	const partners = listedPartnersOf(
		rows.map((row) => row.id),
		db,
	)
	return {
		total,
		partnerships: rows.map((row) => ({
			...partnershipSummary(row, language),
			published: row.published,
			partners: (partners.get(row.id) ?? []).map((partner) => partner.name),
		})),
		sample: [...partners.values()].some((named) => named.some((partner) => partner.isSample)),
	}
}

/** Each commitment with its results, newest first, as the page groups them under their partner. */
function commitmentsOf(partnershipId: string, db: Db) {
	const commitments = db
		.select()
		.from(partnershipCommitments)
		.where(eq(partnershipCommitments.partnershipId, partnershipId))
		.orderBy(asc(partnershipCommitments.createdAt), asc(partnershipCommitments.id))
		.all()
	const results = commitments.length
		? db
				.select()
				.from(commitmentResults)
				.where(
					inArray(
						commitmentResults.commitmentId,
						commitments.map((commitment) => commitment.id),
					),
				)
				.orderBy(desc(commitmentResults.reportedOn), desc(commitmentResults.createdAt))
				.all()
		: []
	return commitments.map((commitment) => ({
		id: commitment.id,
		organisationId: commitment.organisationId,
		text: commitment.text,
		language: commitment.language,
		dueOn: commitment.dueOn,
		met: commitment.met,
		results: results
			.filter((result) => result.commitmentId === commitment.id)
			.map((result) => ({
				id: result.id,
				reportedOn: result.reportedOn,
				text: result.text,
				language: result.language,
			})),
	}))
}

/**
 * Everything a partnership's page shows this reader, or null when they may not see it: a signed-out visitor
 * gets the same 404 for a partnership not yet agreed as for none at all. `actsFor` lists the partners whose
 * forms this reader gets: their own organisation's, or every partner's for a platform admin.
 */
export function presentPartnership(actor: Actor | null, slug: string, language: Language, db: Db = getDb()) {
	const partnership = visiblePartnership(actor, slug, db)
	if (!partnership) return null
	const partners = partnersOf(partnership.id, db)
	const commitments = commitmentsOf(partnership.id, db)
	const { text } = textIn<PartnershipText, Language>(partnership.texts, language, partnership.sourceLanguage)
	const actsFor = partners.filter((partner) => can(actor, 'network:edit', { organisationId: partner.id }))
	const openable = profilesOpenTo(
		actor,
		partners.map((partner) => partner.id),
		db,
	)
	return {
		...partnershipSummary(partnership, language),
		id: partnership.id,
		goal: text.goal,
		published: isPublished(partners),
		waitingFor: waitingFor(partners).map((partner) => partner.name),
		sample: partners.some((partner) => partner.isSample),
		partners: partners.map((partner) => ({
			id: partner.id,
			name: partner.name,
			country: partner.country,
			hasProfile: openable.has(partner.id),
			agreesToPublish: partner.agreesToPublish,
			commitments: commitments.filter((commitment) => commitment.organisationId === partner.id),
		})),
		actsFor: actsFor.map((partner) => ({
			id: partner.id,
			name: partner.name,
			agreesToPublish: partner.agreesToPublish,
		})),
		mayEdit: actsFor.length > 0,
	}
}

export type PresentedPartnership = NonNullable<ReturnType<typeof presentPartnership>>
