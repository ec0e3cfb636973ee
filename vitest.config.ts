import { defineConfig } from 'vitest/config'

export default defineConfig({
	test: {
		include: ['app/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'eslint/**/*.test.js', 'test/integration/**/*.test.ts'],
		setupFiles: ['./test/setup.ts'],
		environment: 'node',
		pool: 'forks',
		restoreMocks: true,
		testTimeout: 20_000,
	},
})
