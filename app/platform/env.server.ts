import os from 'node:os'
import path from 'node:path'
import { z } from 'zod'

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1')

const durationInMinutes = z.coerce
	.number()
	.int()
	.min(1)
	.max(60 * 24 * 365)

const schema = z.object({
	NODE_ENV: z.enum(['production', 'development', 'test']).default('development'),
	// 0 asks the system for any free port (the tests start servers that way); the log line names the one chosen.
	PORT: z.coerce.number().int().min(0).max(65535).default(3000),
	HOST: z.string().min(1).default('0.0.0.0'),
	DATA_DIR: z.string().min(1).default('./data'),
	SMTP_URL: z
		.string()
		.regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
		.optional(),
	MAIL_FROM: z.string().min(3).default('Atlas <no-reply@atlas.invalid>'),
	SESSION_IDLE_MINUTES: durationInMinutes.default(120),
	SESSION_LIFETIME_MINUTES: durationInMinutes.default(720),
	SEED_DEMO: booleanFlag.optional(),
	TRUST_PROXY: booleanFlag.default(false),
	RATE_LIMIT_FACTOR: z.coerce.number().positive().max(10000).default(1),
	BODY_LIMIT_KB: z.coerce
		.number()
		.int()
		.min(1)
		.max(1024 * 1024)
		.default(512),
	/** How many days before expiry a certificate shows as "expiring soon". */
	CERTIFICATE_EXPIRING_DAYS: z.coerce.number().int().min(1).max(365).default(60),
	/** Lesson media uploads (images, videos, captions) are the only larger bodies. */
	UPLOAD_LIMIT_MB: z.coerce.number().int().min(1).max(2048).default(50),
	/** How long one lesson or document may take to compile before it is refused as too slow. */
	MDX_COMPILE_LIMIT_MS: z.coerce.number().int().min(10).max(600_000).default(5000),
	PUBLIC_URL: z
		.string()
		.regex(/^https?:\/\/[^\s/]+$/, 'must be an origin like https://atlas.example.org, with no path')
		.optional(),
	QUICK_EXIT_URL: z
		.string()
		.regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) address')
		.default('https://www.wikipedia.org/'),
	MEILISEARCH_URL: z.string().url().optional(),
	MEILISEARCH_API_KEY: z.string().optional(),
	/** How many processes serve requests; unset, one per core in production and one otherwise. */
	ATLAS_PROCESSES: z.coerce.number().int().min(1).max(256).optional(),
	/** How long a page rendered for a signed-out visitor may be served again while nothing was written (0: never). */
	PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).optional(),
})

export type Env = z.infer<typeof schema> & {
	DATA_DIR: string
	PUBLIC_URL: string
	ATLAS_PROCESSES: number
	PAGE_CACHE_SECONDS: number
}

/**
 * Reads every setting from the environment and refuses to start on a bad one,
 * naming the variable, so a typo never becomes a silent default in production.
 */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
	const empty = Object.fromEntries(Object.entries(source).filter(([, value]) => value === ''))
	const cleaned = { ...source }
	for (const key of Object.keys(empty)) delete cleaned[key]
	const result = schema.safeParse(cleaned)
	if (!result.success) {
		const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')
		throw new Error(`Invalid environment settings:\n${problems}`)
	}
	return {
		...result.data,
		DATA_DIR: path.resolve(result.data.DATA_DIR),
		PUBLIC_URL: result.data.PUBLIC_URL ?? `http://localhost:${result.data.PORT}`,
		ATLAS_PROCESSES:
			result.data.ATLAS_PROCESSES ?? (result.data.NODE_ENV === 'production' ? os.availableParallelism() : 1),
		PAGE_CACHE_SECONDS: result.data.PAGE_CACHE_SECONDS ?? (result.data.NODE_ENV === 'production' ? 10 : 0),
	}
}

let cached: Env | undefined

export function getEnv(): Env {
	cached ??= parseEnv()
	return cached
}

/** Tests change the environment between files; this forgets the parsed copy. */
export function resetEnvCache() {
	cached = undefined
}

export function shouldSeedDemo(env: Env) {
	return env.SEED_DEMO ?? env.NODE_ENV !== 'production'
}
