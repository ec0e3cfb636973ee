import { restoreDataDir } from '#app/platform/backup.server.ts'
import { getEnv } from '#app/platform/env.server.ts'

// Usage: npm run restore -- backup-folder. Stop the server first.
const backup = process.argv[2]
if (!backup) {
	console.error('Name the backup folder to restore: npm run restore -- data/backups/<date>')
	process.exit(1)
}
getEnv()
try {
	const aside = restoreDataDir(backup)
	console.log(`Restored ${backup}. The files it replaced are kept in ${aside}.`)
} catch (error) {
	console.error((error as Error).message)
	process.exit(1)
}
