import { createHash } from 'node:crypto'
import { getMDXComponent } from 'mdx-bundler/client/index.js'
import { renderToStaticMarkup } from 'react-dom/server'
import { type LessonLabels, LessonLabelsContext, LessonMediaContext, lessonComponents } from './lesson-components.tsx'
import { defaultMediaUrl } from './safe-url.ts'

export type RenderLessonOptions = {
	labels: LessonLabels
	language: string
	mediaUrl?: (id: string) => string
}

// Evaluating compiled code and rendering it costs milliseconds per view; lessons change rarely.
const maxCachedLessons = 200
const renderedLessons = new Map<string, string>()

// Functions cannot be part of a string key, so each mediaUrl gets a number for as long as it lives.
const functionIds = new WeakMap<(id: string) => string, number>()
let nextFunctionId = 0
function functionId(fn: (id: string) => string) {
	let id = functionIds.get(fn)
	if (id === undefined) {
		id = nextFunctionId++
		functionIds.set(fn, id)
	}
	return id
}

// Builds that failed to render, so each is logged once, not on every view in every language.
const failedBuilds = new Set<string>()

/**
 * A build kept before a rule existed (components nested 1 000 deep overflow the stack) must not
 * make its lesson or document a permanent error page: the reader sees a notice in its place.
 */
function renderOrNotice(code: string, codeHash: string, options: Required<RenderLessonOptions>) {
	const { labels, language, mediaUrl } = options
	try {
		const Lesson = getMDXComponent(code)
		return renderToStaticMarkup(
			<LessonLabelsContext.Provider value={labels}>
				<LessonMediaContext.Provider value={{ language, mediaUrl }}>
					<Lesson components={lessonComponents} />
				</LessonMediaContext.Provider>
			</LessonLabelsContext.Provider>,
		)
	} catch (error) {
		if (!failedBuilds.has(codeHash)) {
			failedBuilds.add(codeHash)
			console.error(
				`A compiled lesson or document (sha256 of its code ${codeHash}) could not be rendered; a notice is shown.`,
				error,
			)
		}
		return renderToStaticMarkup(
			<aside className="callout callout--warning" role="note">
				<p>{labels.unavailable}</p>
			</aside>,
		)
	}
}

/**
 * Renders code from `compileLesson` to HTML on the server; the browser never runs lesson code.
 * Pass a module-level `mediaUrl`: a new function on every call would never hit the cache.
 */
export function renderLessonHtml(code: string, options: RenderLessonOptions): string {
	const { labels, language, mediaUrl = defaultMediaUrl } = options
	const codeHash = createHash('sha256').update(code, 'utf8').digest('hex')
	const key = JSON.stringify([codeHash, language, labels, functionId(mediaUrl)])
	const cached = renderedLessons.get(key)
	if (cached !== undefined) {
		// Re-inserting keeps the Map in least-recently-used order for eviction.
		renderedLessons.delete(key)
		renderedLessons.set(key, cached)
		return cached
	}
	const html = renderOrNotice(code, codeHash, { labels, language, mediaUrl })
	renderedLessons.set(key, html)
	if (renderedLessons.size > maxCachedLessons) {
		const oldest = renderedLessons.keys().next().value
		if (oldest !== undefined) renderedLessons.delete(oldest)
	}
	return html
}
