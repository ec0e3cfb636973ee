import { writeTransaction } from '#app/db/client.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { findBuild, saveBuild } from './build-store.server.ts'
import { compileLesson } from './compile.server.ts'
import { renderLessonHtml } from './render-lesson.server.tsx'

// Lessons and library documents share the component labels, which the courses namespace holds.
function labelsIn(language: Language) {
	const { t } = serverI18n(language)
	const label = (key: string) => t(`lessonLabels.${key}`, { ns: 'courses' })
	return {
		note: label('note'),
		tip: label('tip'),
		warning: label('warning'),
		keyPoints: label('keyPoints'),
		scenario: label('scenario'),
		definition: label('definition'),
		unavailable: label('unavailable'),
	}
}

/**
 * A lesson or library document body as HTML, rendered on the server from its compiled MDX,
 * so the browser never runs its code. Labels such as "Note" follow the text's own language.
 */
export async function lessonHtml(text: { body: string; build: string }, language: Language) {
	let code = findBuild(text.build)
	if (!code) {
		// Builds are saved with every lesson; this only repairs a database restored without them.
		const compiled = await compileLesson(text.body)
		if (!compiled.ok) return ''
		code = compiled.code
		writeTransaction((tx) => saveBuild(compiled.hash, compiled.code, tx))
	}
	return renderCompiledLesson(code, language)
}

export function renderCompiledLesson(code: string, language: Language) {
	return renderLessonHtml(code, { labels: labelsIn(language), language })
}
