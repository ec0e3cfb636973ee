import { expect, test } from 'vitest'
import { parseCourseFilters } from './filters.ts'

test('known filter values are kept', () => {
	const filters = parseCourseFilters(
		new URLSearchParams(
			'topic=identification&language=fr&level=foundation&format=self-paced&competency=victim-identification&page=2',
		),
	)
	expect(filters).toEqual({
		topic: 'identification',
		language: 'fr',
		level: 'foundation',
		format: 'self-paced',
		competency: 'victim-identification',
		page: 2,
	})
})

test('unknown or hostile values are dropped, never passed on', () => {
	const filters = parseCourseFilters(
		new URLSearchParams("topic=x' OR 1=1--&language=de&level=&format=SELF-PACED&page=-3"),
	)
	expect(filters).toEqual({
		topic: undefined,
		language: undefined,
		level: undefined,
		format: undefined,
		competency: undefined,
		page: 1,
	})
})
