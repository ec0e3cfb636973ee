import { type Db, getDb } from '#app/db/client.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { lessonHtml } from '#app/platform/mdx/lesson-html.server.ts'
import { done } from '#app/platform/outcome.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { readableTiers } from './access.ts'
import { withFileNames } from './attachment-types.ts'
import { draftFor, reviewHistory } from './review.server.ts'
import { type DocumentRow } from './store.server.ts'

/**
 * A draft's page for someone who may edit or review it: its text in the language being edited
 * (the source language unless another is asked for), its facts as the form shows them, its
 * review conversation and what this person may do now. The tiers offered are the ones they may read.
 */
export function draftPage(actor: Actor, documentId: string, asked: Language | null, db: Db = getDb()) {
	const found = draftFor(actor, documentId, db)
	if (!found.ok) return found
	return done({ page: pageOf(actor, found, asked ?? found.row.draft.sourceLanguage, db) })
}

/**
 * The draft's page with its text rendered as readers will see it once published (null while it has no
 * body in that language), so a reviewer judges the document itself, not only its MDX.
 */
export async function draftPageWithPreview(actor: Actor, documentId: string, asked: Language | null, db: Db = getDb()) {
	const found = draftFor(actor, documentId, db)
	if (!found.ok) return found
	const editing = asked ?? found.row.draft.sourceLanguage
	const text = found.row.draft.texts[editing]
	const preview = text?.body.trim() ? await lessonHtml(text, editing) : null
	return done({ page: { ...pageOf(actor, found, editing, db), preview } })
}

function pageOf(actor: Actor, found: Extract<ReturnType<typeof draftFor>, { ok: true }>, editing: Language, db: Db) {
	const { row, mayEdit, maySubmit, mayDecide } = found
	return { ...describeDraft(row, editing, db), mayEdit, maySubmit, mayDecide, tiers: readableTiers(actor) }
}

function describeDraft(row: DocumentRow, editing: Language, db: Db) {
	const draft = row.draft
	const text = draft.texts[editing]
	return {
		id: row.id,
		slug: row.slug,
		state: row.state,
		published: row.publishedRevisionId !== null,
		draftVersion: row.draftVersion,
		sourceLanguage: draft.sourceLanguage,
		written: Object.keys(draft.texts),
		editing,
		title: (draft.texts[draft.sourceLanguage] ?? text)?.title ?? '',
		text: text
			? {
					title: text.title,
					summary: text.summary,
					body: text.body,
					changelog: draft.protocol?.changelog[editing] ?? '',
				}
			: { title: '', summary: '', body: '', changelog: '' },
		isProtocol: draft.type === 'protocol',
		facts: {
			type: draft.type,
			tier: draft.tier,
			topics: draft.topics,
			countries: draft.countries,
			regions: draft.regions,
			audience: draft.audience,
			publishedOn: draft.publishedOn,
			sources: draft.sources,
			protocolVersion: draft.protocol ? String(draft.protocol.version) : '',
			protocolStatus: draft.protocol?.status ?? '',
		},
		attachments: withFileNames(draft.attachments),
		history: reviewHistory(row.id, db),
	}
}
