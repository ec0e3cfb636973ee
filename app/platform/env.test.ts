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
