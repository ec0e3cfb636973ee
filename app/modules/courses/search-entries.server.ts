import { eq } from 'drizzle-orm'
import { type Db } from '#app/db/client.server.ts'
import { courses } from '#app/db/schema/index.ts'
import { type EntryInput, replaceItemEntries } from '#app/modules/search/entries.server.ts'
import { courseLanguages, type CourseDocument } from './document.ts'

/** What search knows of a published course, per language it is taught in: texts, outline and outcomes. */
export function courseEntries(slug: string, document: CourseDocument, publishedOn: string): EntryInput[] {
	return courseLanguages(document).map((language) => {
		const text = document.texts[language]!
		const outline = document.modules.flatMap((module) => [
			module.texts[language]?.title ?? '',
			...module.lessons.map((lesson) => lesson.texts[language]?.title ?? ''),
		])
		return {
			kind: 'course',
			path: `/courses/${slug}`,
			language,
			title: text.title,
			summary: text.summary,
			body: [...text.outcomes, ...outline].filter(Boolean).join('. '),
			type: 'course',
			topics: document.topics,
			countries: [],
			tier: 'public',
			publishedOn,
		}
	})
}

/** Puts a course's published revision into the search index, in the publishing transaction. */
export function indexCourse(tx: Db, courseId: string, document: CourseDocument | null, now: Date) {
	const course = tx.select({ slug: courses.slug }).from(courses).where(eq(courses.id, courseId)).get()
	const entries = course && document ? courseEntries(course.slug, document, now.toISOString().slice(0, 10)) : []
	replaceItemEntries(tx, `course:${courseId}`, entries)
}
