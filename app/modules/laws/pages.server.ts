import { and, eq, isNotNull } from 'drizzle-orm'
import { type Db, getDb } from '#app/db/client.server.ts'
import { courseLawElements, courses } from '#app/db/schema/index.ts'
import { findRevision } from '#app/modules/courses/store.server.ts'
import { countryName, formatList } from '#app/platform/format.ts'
import { type Language } from '#app/platform/i18n.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { agreementName } from './agreement.ts'
import { agreementsBetween } from './agreements.server.ts'
import { alignmentProfile } from './alignment.ts'
import { compareFrameworks, parseCountryList } from './comparison.ts'
import { type FrameworkRecord, listFrameworks, mayBeOutOfDate, reviewerNames } from './store.server.ts'
import { type ElementId } from './vocabulary.ts'

/** Countries in the reader's alphabet order, with their names: every laws page lists them so. */
export function byCountryName<T extends { country: string }>(rows: readonly T[], language: Language) {
	const collator = new Intl.Collator(language)
	return rows
		.map((row) => ({ ...row, name: countryName(row.country, language) }))
		.sort((a, b) => collator.compare(a.name, b.name))
}

/** A framework as its pages show it: alignment worked out, reviewers named, the dates as days. */
export function presentFramework(record: FrameworkRecord, language: Language, now = new Date(), db: Db = getDb()) {
	const reviewerIds = Object.values(record.framework.elements).flatMap((entry) =>
		entry?.reviewedBy ? [entry.reviewedBy] : [],
	)
	return {
		country: record.country,
		name: countryName(record.country, language),
		region: record.region,
		framework: record.framework,
		profile: alignmentProfile(record.framework),
		reviewers: reviewerNames(reviewerIds, db),
		reviewedOn: record.reviewedAt.toISOString().slice(0, 10),
		/** False while the record is the sample as loaded: nobody has approved a change to it in Atlas. */
		reviewedInAtlas: record.reviewedInAtlas,
		outOfDate: mayBeOutOfDate(record.reviewedAt, now),
		isSample: record.isSample,
		sources: record.sources,
	}
}

/**
 * The published lessons and quiz questions tagged with an element, with their course, titled in the
 * reader's language when the course has it.
 */
export function lessonsTeaching(element: ElementId, language: Language, db: Db = getDb()) {
	const rows = db
		.select({
			part: courseLawElements.part,
			partId: courseLawElements.partId,
			slug: courses.slug,
			revisionId: courses.publishedRevisionId,
		})
		.from(courseLawElements)
		.innerJoin(courses, eq(courses.id, courseLawElements.courseId))
		.where(and(eq(courseLawElements.element, element), isNotNull(courses.publishedRevisionId)))
		.limit(100)
		.all()
	return rows.flatMap((row) => {
		const document = findRevision(row.revisionId!, db)?.document
		if (!document) return []
		const course = textIn(document.texts, language, document.sourceLanguage)
		const lesson =
			row.part === 'lesson'
				? document.modules.flatMap((module) => module.lessons).find((candidate) => candidate.id === row.partId)
				: undefined
		const lessonText = lesson ? textIn(lesson.texts, language, document.sourceLanguage) : null
		return [
			{
				part: row.part,
				courseSlug: row.slug,
				courseTitle: course.text.title,
				courseLanguage: course.language,
				lessonId: row.part === 'lesson' ? row.partId : null,
				lessonTitle: lessonText?.text.title ?? null,
				lessonLanguage: lessonText?.language ?? null,
			},
		]
	})
}

export type ComparisonProblem =
	| Exclude<ReturnType<typeof parseCountryList>, { ok: true }>
	| {
			ok: false
			problem: 'no-framework'
			values: string[]
	  }

/**
 * The comparison a `?countries=…&differences=on` address asks for, or what was wrong with it. The
 * same reading serves the page, its CSV and its print view, so all three always show the same rows.
 */
export function comparisonFor(searchParams: URLSearchParams, language: Language, db: Db = getDb()) {
	const parsed = parseCountryList(searchParams.getAll('countries'))
	const onlyDifferences = searchParams.get('differences') === 'on'
	if (!parsed.ok) return { ok: false as const, problem: parsed as ComparisonProblem, onlyDifferences }
	const records = listFrameworks(parsed.codes, db)
	const missing = parsed.codes.filter((code) => !records.some((record) => record.country === code))
	if (missing.length) {
		const problem: ComparisonProblem = { ok: false, problem: 'no-framework', values: missing }
		return { ok: false as const, problem, onlyDifferences }
	}
	const ordered = parsed.codes.map((code) => records.find((record) => record.country === code)!)
	const frameworks = ordered.map((record) => record.framework)
	return {
		ok: true as const,
		onlyDifferences,
		/** "France, Spain and Germany", joined as the reader's language joins a list. */
		title: formatList(
			ordered.map((record) => countryName(record.country, language)),
			language,
		),
		countries: ordered.map((record) => ({
			country: record.country,
			name: countryName(record.country, language),
			protocol: record.framework.protocol.status,
			instruments: record.framework.instruments,
			isSample: record.isSample,
		})),
		groups: compareFrameworks(frameworks, onlyDifferences),
		agreements: agreementsBetween(parsed.codes, db).map((agreement) => ({
			slug: agreement.slug,
			kind: agreement.kind,
			parties: agreement.parties.filter((code) => parsed.codes.includes(code)),
			...agreementName(agreement.text, language),
		})),
	}
}
