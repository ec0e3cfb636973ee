// Adds up the vitest and Playwright reports into one closing line: "Tests: N passed, N failed".
import fs from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0
const [vitestFile, playwrightFile] = process.argv.slice(2)

function read(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'))
	} catch {
		console.error(`No report at ${file}: that suite did not finish.`)
		failed += 1
		return null
	}
}

const vitest = read(vitestFile)
if (vitest) {
	passed += vitest.numPassedTests
	failed += vitest.numFailedTests
	skipped += vitest.numPendingTests + vitest.numTodoTests
}
const playwright = read(playwrightFile)
if (playwright) {
	passed += playwright.stats.expected + playwright.stats.flaky
	failed += playwright.stats.unexpected
	skipped += playwright.stats.skipped
}
if (passed === 0) failed += 1
let checks = []
try {
	checks = fs.readFileSync('.cache/failed-checks', 'utf8').split('\n').filter(Boolean)
} catch {
	// No check failed: test-all.sh writes the file only when one does.
}
failed += checks.length
let audit = 'not run'
try {
	audit =
		{ passed: 'passed', failed: 'FAILED', 'not-run': 'NOT RUN (advisory service unreachable)' }[
			fs.readFileSync('.cache/audit-status', 'utf8').trim()
		] ?? audit
} catch {
	// No audit ran in this checkout: the summary says so.
}
const failedChecks = checks.length ? `; failed checks: ${checks.join(', ')}` : ''
console.log(
	`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}; dependency audit: ${audit}${failedChecks}`,
)
process.exit(failed > 0 ? 1 : 0)
