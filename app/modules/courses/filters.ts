import { oneOf, pageNumber } from '#app/platform/form-fields.ts'
import { languages, type Language } from '#app/platform/i18n.ts'
import {
	competencies,
	type Competency,
	courseFormats,
	type CourseFormat,
	courseLevels,
	type CourseLevel,
	topics,
	type Topic,
} from './vocabulary.ts'

export type CourseFilters = {
	topic?: Topic
	language?: Language
	level?: CourseLevel
	format?: CourseFormat
	competency?: Competency
	page: number
}

/** Reads the catalogue's GET form; unknown values are dropped so shared links never break. */
export function parseCourseFilters(params: URLSearchParams): CourseFilters {
	return {
		topic: oneOf(topics, params.get('topic')),
		language: oneOf(languages, params.get('language')),
		level: oneOf(courseLevels, params.get('level')),
		format: oneOf(courseFormats, params.get('format')),
		competency: oneOf(competencies, params.get('competency')),
		page: pageNumber(params.get('page')),
	}
}
