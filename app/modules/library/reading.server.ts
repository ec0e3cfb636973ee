import { eq } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { organisations, users } from '#app/db/schema/index.ts'
import { lessonHtml } from '#app/platform/mdx/lesson-html.server.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { highlight, highlightHtml } from '#app/modules/search/highlight.ts'
import { type Language } from '#app/platform/i18n.ts'
import { type Actor, can } from '#app/platform/permissions.ts'
import { mayRead, readableTiers } from './access.ts'
import { withFileNames } from './attachment-types.ts'
import { documentLanguages } from './document.ts'
import { mayEditDocument } from './drafts.server.ts'
import { adoptionsOf, protocolVersions } from './protocols.server.ts'
import { readableDocument, revisionsOf } from './store.server.ts'

function nameOf(table: typeof users | typeof organisations, id: string | null, db: Db) {
	if (!id) return null
	return db.select({ name: table.name }).from(table).where(eq(table.id, id)).get()?.name ?? null
}

/**
 * A published document as a reader may see it, or null: unknown, unpublished and
 * above-tier documents look the same, so a restricted title never leaks as a 403.
 * `terms` (from a search) are marked in the text.
 */
export async function documentForReader(
	actor: Actor | null,
	slug: string,
	language: Language,
	terms: string[] = [],
	db: Db = getDb(),
) {
	const readable = readableDocument(actor, slug, db)
	if (!readable) return null
	const { row, revision } = readable
	const document = revision.document
	const { text, language: shownIn, fallback } = textIn(document.texts, language, document.sourceLanguage)
	const history = revisionsOf(row.id, db)
		.filter((entry) => mayRead(actor, entry.tier))
		.map((entry) => ({
			number: entry.number,
			publishedAt: entry.publishedAt.toISOString(),
			author: nameOf(users, entry.authorId, db),
			publishedBy: nameOf(users, entry.publishedBy, db),
			protocolVersion: entry.protocolVersion,
		}))
	return {
		id: row.id,
		slug: row.slug,
		title: text.title,
		titleSegments: highlight(text.title, terms),
		summarySegments: highlight(text.summary, terms),
		html: highlightHtml(await lessonHtml(text, shownIn), terms),
		shownIn,
		fallback,
		languages: documentLanguages(document),
		type: document.type,
		tier: document.tier,
		topics: document.topics,
		countries: document.countries,
		regions: document.regions,
		audience: document.audience,
		publishedOn: document.publishedOn,
		sources: document.sources,
		attachments: withFileNames(document.attachments),
		organisation: nameOf(organisations, row.organisationId, db),
		organisationId: row.organisationId,
		isSample: row.isSample,
		history,
		protocol: document.protocol
			? {
					current: document.protocol.version,
					versions: protocolVersions(row.id, language, readableTiers(actor), db),
					adoptions: adoptionsOf(row.id, db),
				}
			: null,
		mayEdit: actor ? mayEditDocument(actor, row) : false,
		mayAdopt: Boolean(
			document.protocol && actor && can(actor, 'protocols:adopt', { organisationId: actor.organisationId }),
		),
	}
}
