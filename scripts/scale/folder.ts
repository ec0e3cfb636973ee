/**
 * The scale dataset's folder: made fresh for every run, and never one holding a database this script did not make
 * (the demo's, or anyone's). The manifest marks a folder as the script's own from the start of a run, so an
 * interrupted run's folder can be replaced too.
 */
import fs from 'node:fs'
import path from 'node:path'
import { type ScaleData } from './generate.ts'

export const manifestName = 'scale-manifest.json'
export const madeBy = 'npm run scale-data'

export const manifestOf = (dataDir: string) => path.join(dataDir, manifestName)

function madeHere(dataDir: string) {
	try {
		return (JSON.parse(fs.readFileSync(manifestOf(dataDir), 'utf8')) as { madeBy?: unknown }).madeBy === madeBy
	} catch {
		return false
	}
}

/**
 * Makes `dataDir` an empty folder for a new dataset: creates it, or empties one an earlier run of this script made.
 * Refuses the demo's own folder and any other folder that is not empty. Answers what it did.
 */
export function prepareDataFolder(dataDir: string, demoDataDir: string): 'created' | 'replaced' {
	if (path.resolve(dataDir) === path.resolve(demoDataDir))
		throw new Error(`${dataDir} is the demo's data folder: the scale dataset goes in a folder of its own.`)
	const entries = fs.existsSync(dataDir) ? fs.readdirSync(dataDir) : []
	if (!entries.length) {
		fs.mkdirSync(dataDir, { recursive: true })
		return 'created'
	}
	if (!madeHere(dataDir)) {
		const what = entries.includes('atlas.db') ? 'a database this script did not make' : 'files this script did not make'
		throw new Error(`${dataDir} holds ${what}: choose an empty or new folder with --data-dir.`)
	}
	for (const entry of entries) fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true })
	return 'replaced'
}

/** What a dataset's manifest holds once its run is complete (`complete` says whether it was). */
export type ScaleManifest = Omit<ScaleData, 'seconds'> & { complete: boolean; size: string; seed: number; now: string }

/** The manifest of the dataset in `dataDir`, for a benchmark; null when the folder holds none. */
export function readManifest(dataDir: string): ScaleManifest | null {
	if (!fs.existsSync(manifestOf(dataDir))) return null
	return JSON.parse(fs.readFileSync(manifestOf(dataDir), 'utf8')) as ScaleManifest
}

export function writeManifest(dataDir: string, manifest: object) {
	fs.writeFileSync(manifestOf(dataDir), `${JSON.stringify({ madeBy, ...manifest }, null, '\t')}\n`)
}
