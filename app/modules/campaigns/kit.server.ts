import { and, count, eq } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { campaignMaterials } from '#app/db/schema/index.ts'
import { keepFile, storedFilePath } from '#app/platform/file-store.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { checkKitFile, isKitImage, type KitFileRefusal } from './kit-files.ts'
import { runCampaign } from './running.server.ts'
import { findCampaign, mayRun } from './store.server.ts'
import { type MaterialKind, maxKitFiles } from './vocabulary.ts'

export type KitUpload = { bytes: Uint8Array; name: string; kind: MaterialKind; language: Language }

/**
 * Adds a file to a campaign's kit after checking what its bytes are. Kit files sit with library files: both are
 * kept by their hash and served only through a route that checks who may read them.
 */
export function addKitFile(
	actor: Actor,
	slug: string,
	upload: KitUpload,
	now: Date,
): Outcome<KitFileRefusal | 'forbidden' | 'not-found' | 'too-many', { id: string }> {
	const running = runCampaign(actor, slug)
	if (!running.ok) return running
	const { campaign } = running
	const checked = checkKitFile(upload.bytes, upload.name)
	if (!checked.ok) return { ...checked, field: 'file' }
	const held = () =>
		getDb().select({ n: count() }).from(campaignMaterials).where(eq(campaignMaterials.campaignId, campaign.id)).get()
	// Counted before the file is stored, so a kit that is full keeps nothing; and again with the row, for a race.
	if ((held()?.n ?? 0) >= maxKitFiles) return refuse('too-many', { field: 'file' })
	const hash = keepFile('library', upload.bytes)
	return writeTransaction((tx) => {
		const full =
			(tx.select({ n: count() }).from(campaignMaterials).where(eq(campaignMaterials.campaignId, campaign.id)).get()
				?.n ?? 0) >= maxKitFiles
		if (full) return refuse('too-many', { field: 'file' })
		const { id } = tx
			.insert(campaignMaterials)
			.values({
				campaignId: campaign.id,
				kind: upload.kind,
				language: upload.language,
				hash,
				name: checked.name,
				type: checked.type,
				size: upload.bytes.length,
				width: checked.width,
				height: checked.height,
				uploadedBy: actor.id,
				createdAt: now,
			})
			.returning({ id: campaignMaterials.id })
			.get()
		return done({ id })
	})
}

export function removeKitFile(actor: Actor, slug: string, materialId: string): Outcome<'forbidden' | 'not-found'> {
	return writeTransaction((tx) => {
		const running = runCampaign(actor, slug, tx)
		if (!running.ok) return running
		const removed = tx
			.delete(campaignMaterials)
			.where(and(eq(campaignMaterials.id, materialId), eq(campaignMaterials.campaignId, running.campaign.id)))
			.run()
		return removed.changes ? done() : refuse('not-found')
	})
}

/**
 * A kit file someone may download: of a published campaign, or of any campaign they run. Null otherwise, so
 * a draft's files are as missing as files that never were.
 */
export function kitFileForReader(actor: Actor | null, slug: string, materialId: string, db: Db = getDb()) {
	const campaign = findCampaign(slug, db)
	if (!campaign) return null
	const editor = mayRun(actor, campaign)
	if (campaign.status !== 'published' && !editor) return null
	const material = db
		.select()
		.from(campaignMaterials)
		.where(and(eq(campaignMaterials.id, materialId), eq(campaignMaterials.campaignId, campaign.id)))
		.get()
	if (!material) return null
	return {
		campaign,
		material,
		image: isKitImage(material.type),
		file: storedFilePath('library', material.hash),
	}
}
