import fs from 'node:fs'
import { type LoaderFunctionArgs } from '@remix-run/node'
import { findMedia, mediaFile } from '#app/modules/courses/media.server.ts'
import { notFound } from '#app/platform/routing.server.ts'

/**
 * Serves lesson media by content hash with the type checked at upload, never
 * sniffed by the browser. The address is the file's sha256, so it never changes.
 */
export async function loader({ params }: LoaderFunctionArgs) {
	const media = findMedia(params.hash ?? '')
	if (!media || !fs.existsSync(mediaFile(params.hash!))) throw notFound()
	const body = fs.readFileSync(mediaFile(params.hash!))
	return new Response(body, {
		headers: {
			'Content-Type': media.type === 'text/vtt' ? 'text/vtt; charset=utf-8' : media.type,
			'Content-Length': String(body.length),
			'X-Content-Type-Options': 'nosniff',
			'Content-Disposition': 'inline',
			'Cache-Control': 'public, max-age=31536000, immutable',
		},
	})
}
