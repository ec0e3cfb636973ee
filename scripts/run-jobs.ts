import { closeDb, migrateDb } from '#app/db/client.server.ts'
import { runChores, runJobs } from '../server/chores.ts'

// Runs the hourly chores and every job due, once, as the server would: after restoring a backup, say, or to
// rehearse what happens later with `--as-of 2027-03-08T09:00:00Z --on-a-copy` (follow-up surveys due three months on,
// the reminders, deletions and counts of that day). A rehearsal really sends those emails and deletes those requests,
// so it runs only when told it is working on a copy of the data. The clock given is used for this run only.
const asOf = process.argv.find((argument) => argument.startsWith('--as-of'))
const value = asOf?.includes('=') ? asOf.split('=')[1] : process.argv[process.argv.indexOf('--as-of') + 1]
const now = asOf ? new Date(value ?? '') : new Date()
if (Number.isNaN(now.getTime())) {
	console.error('--as-of needs a date and time, such as 2027-03-08T09:00:00Z.')
	process.exit(2)
}
if (asOf && !process.argv.includes('--on-a-copy')) {
	console.error(
		'--as-of sends the emails and makes the deletions of that day. Run it on a copy of the data (DATA_DIR), with --on-a-copy.',
	)
	process.exit(2)
}
migrateDb()
for (const line of await runChores(now)) console.log(line)
console.log(`Jobs: ${await runJobs(now)} done.`)
closeDb()
