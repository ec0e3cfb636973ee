import { backupDataDir } from '#app/platform/backup.server.ts'
import { getEnv } from '#app/platform/env.server.ts'

// Usage: npm run backup [-- target-folder]. Safe while the server is running.
getEnv()
try {
	const target = await backupDataDir({ into: process.argv[2] })
	console.log(`Backup written to ${target}`)
} catch (error) {
	console.error((error as Error).message)
	process.exit(1)
}
