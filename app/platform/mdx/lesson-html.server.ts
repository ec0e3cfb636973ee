import { type Language } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { compileLesson } from '#app/platform/mdx/compile.server.ts'
import { renderLessonHtml } from '#app/platform/mdx/render-lesson.server.tsx'
import { writeTransaction } from '#app/db/client.server.ts'
import { findBuild, saveBuild } from './store.server.ts'

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
	}
}

/**
 * A lesson body as HTML, rendered on the server from its compiled MDX, so the browser
 * never runs lesson code. Labels such as "Note" follow the lesson's own language.
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
