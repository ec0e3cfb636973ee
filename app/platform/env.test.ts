import os from 'node:os'
import { expect, test } from 'vitest'
import { parseEnv } from './env.server.ts'

test('defaults need no configuration at all', () => {
	const env = parseEnv({})
	expect(env.PORT).toBe(3000)
	expect(env.SESSION_IDLE_MINUTES).toBe(120)
	expect(env.SESSION_LIFETIME_MINUTES).toBe(720)
	expect(env.DATA_DIR.endsWith('data')).toBe(true)
})

test('a wrong value stops start-up with a message naming the variable', () => {
	expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/)
	expect(() => parseEnv({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/)
	expect(() => parseEnv({ SEED_DEMO: 'yes please' })).toThrow(/SEED_DEMO/)
})

test('links in emails use PUBLIC_URL, which defaults to this machine and must be a bare origin', () => {
	expect(parseEnv({ PORT: '4000' }).PUBLIC_URL).toBe('http://localhost:4000')
	expect(parseEnv({ PUBLIC_URL: 'https://atlas.example.org' }).PUBLIC_URL).toBe('https://atlas.example.org')
	expect(() => parseEnv({ PUBLIC_URL: 'https://atlas.example.org/path' })).toThrow(/PUBLIC_URL/)
})

test('production serves with one process per core unless ATLAS_PROCESSES says how many; other modes with one', () => {
	expect(parseEnv({ NODE_ENV: 'production' }).ATLAS_PROCESSES).toBe(os.availableParallelism())
	expect(parseEnv({ NODE_ENV: 'production', ATLAS_PROCESSES: '1' }).ATLAS_PROCESSES).toBe(1)
	expect(parseEnv({}).ATLAS_PROCESSES).toBe(1)
	expect(parseEnv({ ATLAS_PROCESSES: '3' }).ATLAS_PROCESSES).toBe(3)
	for (const wrong of ['0', '-2', '1.5', 'all'])
		expect(() => parseEnv({ ATLAS_PROCESSES: wrong })).toThrow(/ATLAS_PROCESSES/)
})
