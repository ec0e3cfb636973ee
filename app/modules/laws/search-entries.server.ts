import { eq } from 'drizzle-orm'
import { type Db } from '#app/db/client.server.ts'
import { lawAgreementParties, lawAgreements, lawFrameworks, lawRevisions } from '#app/db/schema/index.ts'
import { type EntryInput, replaceItemEntries } from '#app/modules/search/entries.server.ts'
import { countryName, formatList } from '#app/platform/format.ts'
import { languages } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { agreementName } from './agreement.ts'
import { type Framework } from './framework.ts'
import { valueLabel } from './values.ts'
import { type ElementId } from './vocabulary.ts'

/** A country's framework in each of Atlas's languages: element names translated, the law's own text as written. */
function frameworkEntries(country: string, framework: Framework, reviewedOn: string): EntryInput[] {
	return languages.map((language) => {
		const t = serverI18n(language).getFixedT(language, 'laws')
		const recorded = Object.entries(framework.elements) as [ElementId, NonNullable<Framework['elements'][ElementId]>][]
		return {
			kind: 'law' as const,
			path: `/laws/${country}`,
			language,
			title: t('search.frameworkTitle', { country: countryName(country, language) }),
			summary: [
				t(`protocol.statuses.${framework.protocol.status}`),
				...framework.instruments.map((instrument) => instrument.name),
			].join(' · '),
			body: recorded
				.map(([id, entry]) =>
					[`${t(`elements.${id}.name`)}: ${valueLabel(id, entry.value, t)}`, entry.note, entry.quote?.text]
						.filter(Boolean)
						.join(' '),
				)
				.join('. '),
			type: 'law',
			topics: ['prosecution'],
			countries: [country],
			tier: 'public' as const,
			publishedOn: reviewedOn,
		}
	})
}

/** Puts a country's current framework in search; call it in the transaction that publishes it. */
export function indexFramework(tx: Db, country: string) {
	const current = tx
		.select({ framework: lawRevisions.framework, reviewedAt: lawFrameworks.reviewedAt })
		.from(lawFrameworks)
		.innerJoin(lawRevisions, eq(lawRevisions.id, lawFrameworks.revisionId))
		.where(eq(lawFrameworks.country, country))
		.get()
	const entries = current
		? frameworkEntries(country, current.framework, current.reviewedAt.toISOString().slice(0, 10))
		: []
	replaceItemEntries(tx, `law:${country}`, entries)
}

/** An agreement in each language: its official name there when it has one, its kind and parties translated. */
export function indexAgreement(tx: Db, agreementId: string) {
	const agreement = tx.select().from(lawAgreements).where(eq(lawAgreements.id, agreementId)).get()
	const parties = tx
		.select({ country: lawAgreementParties.country })
		.from(lawAgreementParties)
		.where(eq(lawAgreementParties.agreementId, agreementId))
		.all()
		.map((row) => row.country)
	const entries: EntryInput[] = agreement
		? languages.map((language) => {
				const t = serverI18n(language).getFixedT(language, 'laws')
				const names = Object.values(agreement.text.names)
				return {
					kind: 'agreement' as const,
					path: `/laws/agreements/${agreement.slug}`,
					language,
					title: agreementName(agreement.text, language).name,
					summary: t('search.agreementSummary', {
						kind: t(`agreements.kinds.${agreement.kind}`),
						parties: formatList(
							parties.map((code) => countryName(code, language)),
							language,
						),
					}),
					body: names.join(' · '),
					type: 'agreement',
					topics: ['cross-border-cooperation'],
					countries: parties,
					tier: 'public' as const,
					publishedOn: agreement.signedOn ?? agreement.updatedAt.toISOString().slice(0, 10),
				}
			})
		: []
	replaceItemEntries(tx, `agreement:${agreementId}`, entries)
}
