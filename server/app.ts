import path from 'node:path'
import { createRequestHandler } from '@remix-run/express'
import { type ServerBuild } from '@remix-run/node'
import compression from 'compression'
import express from 'express'
import { type Env } from '#app/platform/env.server.ts'
import { clientKey, RateLimiter } from '#app/platform/rate-limit.server.ts'
import { isLessonEditorPath, isMediaUploadPath, lessonBodyLimit } from '#app/platform/media.ts'
import { pageCache } from './page-cache.ts'
import { logRequest } from './request-log.ts'
import {
	limitBodySize,
	refuseForeignRequests,
	refuseUnsupportedBodies,
	securityHeaders,
	survivorTreatment,
} from './security.ts'

/** The Express app: headers, protections and static files in front of Remix. */
export function createApp(build: ServerBuild, env: Env) {
	const app = express()
	app.disable('x-powered-by')
	app.set('trust proxy', env.TRUST_PROXY ? 1 : false)

	app.use(securityHeaders)
	app.use(survivorTreatment)
	app.use(compression())

	// Every file served is named with an extension; a page's address never is, so a page skips the file lookups.
	const files = express.Router()
	files.use('/build', express.static(path.resolve('public/build'), { immutable: true, maxAge: '1y', index: false }))
	files.use(express.static(path.resolve('public'), { maxAge: '1h', index: false }))
	// The Arabic font printed certificates use, served from our own origin (never a font service).
	files.use(
		'/fonts/noto-naskh-arabic',
		express.static(path.resolve('node_modules/@fontsource/noto-naskh-arabic/files'), {
			immutable: true,
			maxAge: '1y',
			index: false,
		}),
	)
	app.use((request, response, next) => (hasFileExtension(request.path) ? files(request, response, next) : next()))

	// A loose ceiling for everything; sign-in, sign-up, reset and 2FA have tighter limits of their own.
	const general = new RateLimiter(Math.ceil(600 * env.RATE_LIMIT_FACTOR))
	app.use((request, response, next) => {
		// Hashed once per request: the limits here and in the actions count the same key.
		response.locals.clientKey = clientKey(request.ip)
		const { allowed, retryAfterSeconds } = general.hit(response.locals.clientKey)
		if (allowed) return next()
		response.setHeader('Retry-After', String(retryAfterSeconds))
		response.status(429).type('text/plain').send('Too many requests')
	})

	app.use(refuseForeignRequests)
	// Lesson media uploads and long lessons are the only places a larger body is expected.
	const bodyLimit = (path: string) => {
		if (isMediaUploadPath(path)) return env.UPLOAD_LIMIT_MB * 1024 * 1024
		if (isLessonEditorPath(path)) return Math.max(lessonBodyLimit, env.BODY_LIMIT_KB * 1024)
		return env.BODY_LIMIT_KB * 1024
	}
	app.use((request, response, next) => limitBodySize(bodyLimit(request.path))(request, response, next))
	app.use(refuseUnsupportedBodies)

	if (env.NODE_ENV !== 'test') {
		app.use((request, response, next) => {
			// Survivors' visits leave no line at all in the log.
			if (response.locals.survivor) return next()
			const started = performance.now()
			response.on('finish', () => {
				// Method, path and status only: no query, address or user agent is ever logged.
				const ms = Math.round(performance.now() - started)
				logRequest(`${request.method} ${request.path} ${response.statusCode} ${ms}ms`)
			})
			next()
		})
	}

	// After the limits and the log line: a kept page is still counted and logged like any other answer.
	const pages = pageCache(env.PAGE_CACHE_SECONDS)
	app.use(pages.serveKept)

	app.all(
		'*',
		createRequestHandler({
			build,
			mode: env.NODE_ENV,
			getLoadContext: (request, response) => ({
				cspNonce: response.locals.cspNonce,
				clientKey: response.locals.clientKey,
				keepPage: response.locals.keepPage,
			}),
		}),
	)
	return app
}

/** `/build/entry.client-4XQ.js`, `/favicon.svg`: a last segment with an extension. */
export function hasFileExtension(pathname: string) {
	return /\.[A-Za-z0-9]+$/.test(pathname.slice(pathname.lastIndexOf('/') + 1))
}
