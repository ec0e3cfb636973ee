import { eq } from 'drizzle-orm'
import { getDb, writeTransaction } from '#app/db/client.server.ts'
import {
	campaignReach,
	focalPoints,
	libraryDocuments,
	libraryRevisions,
	partnershipCommitments,
	programmeMonthlyCounts,
	protocolAdoptions,
	reportedReach,
} from '#app/db/schema/index.ts'
import { type Count, countFacts } from '#app/modules/indicators/facts.ts'
import { type Counter } from '#app/modules/indicators/counters/counter.ts'
import { monthBounds } from '#app/modules/indicators/months.ts'
import { type Breakdown } from '#app/modules/indicators/vocabulary.ts'
import { type LibraryDocument } from '#app/modules/library/document.ts'
import { type DocumentType } from '#app/modules/library/vocabulary.ts'
import { type ReportedReachKind } from '#app/modules/campaigns/vocabulary.ts'
import { type Language } from '#app/platform/i18n.ts'
import { regionOf } from '#app/platform/regions.ts'
import { createOrganisation } from './factories.ts'

let sequence = 0
const next = () => `${Date.now().toString(36)}-${sequence++}`

/** Only the counted facts of a document matter here, so its text is a stub that is never rendered. */
function documentOf(type: DocumentType, countries: string[], languages: Language[]): LibraryDocument {
	const text = { title: 'Indicator document', summary: 'Counted.', body: 'Counted.', build: '0'.repeat(64) }
	return {
		type,
		tier: 'public',
		sourceLanguage: languages[0]!,
		topics: ['identification'],
		countries: countries as LibraryDocument['countries'],
		regions: [],
		audience: [],
		publishedOn: '2026-01-01',
		texts: Object.fromEntries(languages.map((language) => [language, text])),
		attachments: [],
		sources: [],
	}
}

type DocumentOptions = {
	type?: DocumentType
	countries?: string[]
	languages?: Language[]
	/** When each revision was published: the first is the document's publication, the others later changes. */
	publishedAt: Date[]
	organisationId?: string
}

/** A library document with revisions published on the dates given (none: a draft never published). */
export function createDocumentPublishedOn(options: DocumentOptions) {
	const document = documentOf(options.type ?? 'guideline', options.countries ?? [], options.languages ?? ['en'])
	return writeTransaction((tx) => {
		const row = tx
			.insert(libraryDocuments)
			.values({
				slug: `indicator-document-${next()}`,
				organisationId: options.organisationId ?? createOrganisation().id,
				draft: document,
				state: options.publishedAt.length ? 'published' : 'draft',
			})
			.returning()
			.get()
		let revisionId: string | null = null
		options.publishedAt.forEach((publishedAt, index) => {
			revisionId = tx
				.insert(libraryRevisions)
				.values({
					documentId: row.id,
					number: index + 1,
					document,
					type: document.type,
					tier: document.tier,
					publishedAt,
				})
				.returning({ id: libraryRevisions.id })
				.get().id
		})
		tx.update(libraryDocuments).set({ publishedRevisionId: revisionId }).where(eq(libraryDocuments.id, row.id)).run()
		return row
	})
}

export function recordAdoptionOn(documentId: string, organisationId: string, adoptedOn: string, version = 1) {
	getDb()
		.insert(protocolAdoptions)
		.values({ documentId, organisationId, version, adoptedOn, createdAt: new Date('2026-06-30T00:00:00Z') })
		.run()
}

export function recordProgrammeMonth(programmeId: string, month: string, views: number, interests: number) {
	getDb().insert(programmeMonthlyCounts).values({ programmeId, month, views, interests }).run()
}

/** A focal point as stored; `countries` may be empty, as rows saved before the form filled it in can be. */
export function createFocalPointConfirmedOn(organisationId: string, countries: string[], confirmedAt: Date) {
	return getDb()
		.insert(focalPoints)
		.values({
			organisationId,
			titles: { en: 'Liaison desk' },
			countries,
			areas: ['referral'],
			languages: ['en'],
			channelKind: 'service-email',
			channel: 'liaison-desk@organisation.example',
			confirmedAt,
			createdAt: confirmedAt,
		})
		.returning()
		.get()
}

export function createCommitment(partnershipId: string, organisationId: string, met: boolean) {
	return getDb()
		.insert(partnershipCommitments)
		.values({ partnershipId, organisationId, text: 'Train 50 recruiters.', language: 'en', met })
		.returning()
		.get()
}

export function recordCampaignReach(campaignId: string, country: string, month: string, views: number, downloads = 0) {
	getDb().insert(campaignReach).values({ campaignId, country, month, views, downloads }).run()
}

type ReportedReachOptions = {
	organisationId: string
	kind: ReportedReachKind
	amount: number
	month: string
	country?: string | null
	createdAt?: Date
}

export function reportReach(campaignId: string, options: ReportedReachOptions) {
	getDb()
		.insert(reportedReach)
		.values({
			campaignId,
			organisationId: options.organisationId,
			kind: options.kind,
			amount: options.amount,
			country: options.country ?? null,
			month: options.month,
			source: 'Broadcaster audience figures',
			createdAt: options.createdAt ?? new Date('2026-06-30T00:00:00Z'),
		})
		.run()
}

/** What the roll-up would store for one counter and month: its facts added up. Stocks stand at `asOf`. */
export function countsOf(counter: Counter, month: string, asOf?: Date) {
	const bounds = monthBounds(month)
	return countFacts(counter(getDb(), { month, ...bounds, asOf: asOf ?? bounds.end }), regionOf)
}

type Cell = { place?: string; organisationId?: string; breakdown?: Breakdown; value?: string }

/** One cell of the counts ('' place: the world; no organisation: all), 0 when the counts have none. */
export function cellOf(counts: Count[], cell: Cell = {}) {
	const found = counts.find(
		(count) =>
			count.place === (cell.place ?? '') &&
			count.organisationId === (cell.organisationId ?? '') &&
			count.breakdown === (cell.breakdown ?? '') &&
			count.value === (cell.value ?? ''),
	)
	return found?.count ?? 0
}
