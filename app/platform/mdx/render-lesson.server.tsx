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

/**
 * Renders code from `compileLesson` to HTML on the server; the browser never runs lesson code.
 * Pass a module-level `mediaUrl`: a new function on every call would never hit the cache.
 */
export function renderLessonHtml(code: string, options: RenderLessonOptions): string {
	const { labels, language, mediaUrl = defaultMediaUrl } = options
	const key = JSON.stringify([
		createHash('sha256').update(code, 'utf8').digest('hex'),
		language,
		labels,
		functionId(mediaUrl),
	])
	const cached = renderedLessons.get(key)
	if (cached !== undefined) {
		// Re-inserting keeps the Map in least-recently-used order for eviction.
		renderedLessons.delete(key)
		renderedLessons.set(key, cached)
		return cached
	}
	const Lesson = getMDXComponent(code)
	const html = renderToStaticMarkup(
		<LessonLabelsContext.Provider value={labels}>
			<LessonMediaContext.Provider value={{ language, mediaUrl }}>
				<Lesson components={lessonComponents} />
			</LessonMediaContext.Provider>
		</LessonLabelsContext.Provider>,
	)
	renderedLessons.set(key, html)
	if (renderedLessons.size > maxCachedLessons) {
		const oldest = renderedLessons.keys().next().value
		if (oldest !== undefined) renderedLessons.delete(oldest)
	}
	return html
}
