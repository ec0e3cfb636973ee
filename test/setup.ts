import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { format } from 'node:util'
import { afterAll, afterEach, beforeEach } from 'vitest'
import { closeDb, migrateDb } from '#app/db/client.server.ts'
import { resetEnvCache } from '#app/platform/env.server.ts'
import { forgetAppKey } from '#app/platform/keys.server.ts'
import { forgetSigningKeys } from '#app/platform/signing-keys.server.ts'
import { resetRateLimits } from '#app/platform/rate-limit.server.ts'

// Every test file gets its own data directory: a real SQLite file, outbox and key.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-test-'))
process.env.DATA_DIR = dataDir
process.env.NODE_ENV = 'test'
delete process.env.SMTP_URL
delete process.env.RATE_LIMIT_FACTOR
resetEnvCache()
forgetAppKey()
forgetSigningKeys()
closeDb()
migrateDb()

// An error logged during a test is a failure nobody asserted on, so it fails the test. A test that provokes one on
// purpose spies on console.error itself (and asserts on it); the spy replaces this wrapper for that test only.
const errorsLogged: string[] = []
const writeError = console.error
console.error = (...args: unknown[]) => {
	errorsLogged.push(format(...args))
	writeError(...args)
}

beforeEach(() => {
	resetRateLimits()
	errorsLogged.length = 0
})

afterEach(() => {
	if (errorsLogged.length) throw new Error(`The test wrote to console.error:\n${errorsLogged.splice(0).join('\n')}`)
})

afterAll(() => {
	closeDb()
	fs.rmSync(dataDir, { recursive: true, force: true })
})
