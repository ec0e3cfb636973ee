import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { getEnv } from './env.server.ts'

export const hashPattern = /^[0-9a-f]{64}$/

/** Where a stored file lives under the data directory; only a checked hash ever becomes part of a path. */
export function storedFilePath(folder: 'media' | 'library', hash: string) {
	if (!hashPattern.test(hash)) throw new Error('Not a file hash')
	return path.join(getEnv().DATA_DIR, folder, hash)
}

/**
 * Keeps checked bytes named by their sha256: written to a temporary name and renamed,
 * so a reader never sees half a file and the same file uploaded twice is stored once.
 */
export function keepFile(folder: 'media' | 'library', bytes: Uint8Array) {
	const hash = createHash('sha256').update(bytes).digest('hex')
	const file = storedFilePath(folder, hash)
	if (!fs.existsSync(file)) {
		fs.mkdirSync(path.dirname(file), { recursive: true })
		const temporary = `${file}.${process.pid}.${Date.now()}.part`
		fs.writeFileSync(temporary, bytes)
		fs.renameSync(temporary, file)
	}
	return hash
}
