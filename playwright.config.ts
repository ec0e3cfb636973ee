import { defineConfig, devices } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 3100)
export const e2eDataDir = '.cache/e2e-data'

export default defineConfig({
	testDir: './test/e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	workers: 2,
	timeout: 60_000,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--headless',
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		},
	},
	projects: [
		{ name: 'setup', testMatch: /.*\.setup\.ts/ },
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'], channel: undefined },
			dependencies: ['setup'],
		},
	],
	webServer: {
		// One production build, one server, shared by every e2e file; a fresh demo database each run.
		command: `rm -rf ${e2eDataDir} && node --import tsx server/index.ts`,
		url: `http://localhost:${port}/healthz`,
		reuseExistingServer: false,
		timeout: 120_000,
		stdout: 'ignore',
		stderr: 'pipe',
		env: {
			NODE_ENV: 'production',
			SEED_DEMO: 'true',
			PORT: String(port),
			DATA_DIR: e2eDataDir,
			// Many tests sign in from one address; the limits themselves are proven in the integration suite.
			RATE_LIMIT_FACTOR: '50',
			// Two serving processes, as production runs on two cores: every journey crosses both, whatever the machine.
			ATLAS_PROCESSES: '2',
		},
	},
})
