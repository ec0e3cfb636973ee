/**
 * The scale dataset's courses: the issue-21 generator plans the catalogue (which courses, their lessons, who takes
 * them); here each course gets what a reader sees, in every language it is taught in: titles, a summary and
 * outcomes, lessons of several sections in MDX with the components trainers use, a final quiz over a question bank,
 * and the legal elements some lessons teach. Lesson MDX is compiled as publishing compiles it, so lesson pages
 * read a stored build as on a real Atlas.
 */
import type Database from 'better-sqlite3'
import { writeTransaction } from '#app/db/client.server.ts'
import { courseLawElements } from '#app/db/schema/index.ts'
import { type CourseDocument, type Question } from '#app/modules/courses/document.ts'
import { elementIds } from '#app/modules/laws/vocabulary.ts'
import { type Language } from '#app/platform/i18n.ts'
import { saveBuild } from '#app/platform/mdx/build-store.server.ts'
import { compileLesson, hashLessonSource } from '#app/platform/mdx/compile.server.ts'
import { inBatches, insertInto, type Report } from '../bench/indicators-writers.ts'
import { type PlannedCourse } from '../bench/indicators-world.ts'
import { between, chance, pick, randomStream, type Random } from '../bench/random.ts'
import { scaleStreams } from './sizes.ts'
import { inEach, type Sentence, type Texts } from './text.ts'

/** The quiz every course ends with: passing it is required, as in most of Atlas's courses. */
export const finalQuizId = 'final-quiz'
export const passMark = 70
export const attemptsAllowed = 3

type LessonPlan = {
	sections: { heading: Sentence; paragraphs: Sentence[][] }[]
	callout: { kind: 'note' | 'tip' | 'warning'; paragraph: Sentence[] } | null
	points: Sentence[]
}

function planLesson(texts: Texts, random: Random, names: number[]): LessonPlan {
	return {
		sections: Array.from({ length: between(random, 2, 3) }, () => ({
			heading: texts.line(random, 2, 5),
			paragraphs: Array.from({ length: between(random, 1, 2) }, () => texts.paragraph(random, 30, 70, names)),
		})),
		callout: chance(random, 0.4)
			? { kind: pick(random, ['note', 'tip', 'warning'] as const), paragraph: texts.paragraph(random, 15, 30) }
			: null,
		points: Array.from({ length: chance(random, 0.6) ? between(random, 3, 5) : 0 }, () => texts.line(random, 5, 10)),
	}
}

/** A lesson as a trainer writes it: sections under headings, sometimes a callout, the key points last. */
function writeLesson(plan: LessonPlan, write: ReturnType<Texts['in']>) {
	const blocks = plan.sections.flatMap((section) => [
		`## ${write.line(section.heading)}`,
		...section.paragraphs.map(write.paragraph),
	])
	if (plan.callout)
		blocks.push(`<Callout kind="${plan.callout.kind}">`, write.paragraph(plan.callout.paragraph), '</Callout>')
	if (plan.points.length)
		blocks.push('<KeyPoints>', plan.points.map((point) => `- ${write.line(point, '.')}`).join('\n'), '</KeyPoints>')
	return `${blocks.join('\n\n')}\n`
}

type QuestionPlan = {
	kind: 'single-choice' | 'multiple-choice' | 'true-false'
	prompt: Sentence
	options: { text: Sentence; correct: boolean }[]
	answer: boolean
	explanation: Sentence[] | null
}

function planQuestion(texts: Texts, random: Random): QuestionPlan {
	const kind = pick(random, [
		'single-choice',
		'single-choice',
		'single-choice',
		'multiple-choice',
		'true-false',
	] as const)
	const count = kind === 'true-false' ? 0 : between(random, 3, 4)
	const right = kind === 'multiple-choice' ? 2 : 1
	const correctAt = new Set<number>()
	while (count && correctAt.size < right) correctAt.add(between(random, 0, count - 1))
	return {
		kind,
		prompt: texts.line(random, 8, 16),
		options: Array.from({ length: count }, (_, index) => ({
			text: texts.line(random, 2, 7),
			correct: correctAt.has(index),
		})),
		answer: chance(random, 0.5),
		explanation: chance(random, 0.5) ? texts.paragraph(random, 12, 25) : null,
	}
}

const optionIds = ['a', 'b', 'c', 'd']

function writeQuestion(plan: QuestionPlan, id: string, texts: Texts, languages: readonly Language[]): Question {
	const questionTexts = inEach(languages, (language) => {
		const write = texts.in(language)
		return {
			prompt: write.line(plan.prompt, language === 'ar' ? '؟' : '?'),
			...(plan.explanation ? { explanation: write.paragraph(plan.explanation) } : {}),
			...(plan.options.length
				? {
						options: Object.fromEntries(
							plan.options.map((option, index) => [optionIds[index]!, { text: write.line(option.text) }]),
						),
					}
				: {}),
			edition: 1,
		}
	})
	if (plan.kind === 'true-false') return { id, kind: plan.kind, answer: plan.answer, texts: questionTexts }
	const options = plan.options.map((option, index) => ({ id: optionIds[index]!, correct: option.correct }))
	return { id, kind: plan.kind, options, texts: questionTexts }
}

/**
 * A course planned by the issue-21 generator, given its texts, lessons, final quiz and taught elements in each
 * language it has. Lesson ids and which lessons are required stay as planned: the learning was planned on them.
 */
export function dressCourse(texts: Texts, seed: number, course: PlannedCourse, n: number): PlannedCourse {
	const random = randomStream(seed, scaleStreams.course, n)
	const { document } = course
	const languages = Object.keys(document.texts) as Language[]
	const names = texts.names(random, between(random, 1, 3))
	const title = texts.line(random, 4, 8, names)
	const summary = texts.paragraph(random, 25, 45, names)
	const outcomes = Array.from({ length: between(random, 3, 5) }, () => texts.line(random, 8, 14))
	const bank = Array.from({ length: between(random, 6, 12) }, () => planQuestion(texts, random))
	const questions = bank.map((plan, index) => writeQuestion(plan, `question-${index + 1}`, texts, languages))
	const drawCount = chance(random, 0.5) ? Math.min(questions.length, between(random, 5, 8)) : null
	const quizTitle = texts.line(random, 3, 6)
	const modules = document.modules.map((module, index) => {
		const moduleTitle = texts.line(random, 3, 6)
		const last = index === document.modules.length - 1
		return {
			...module,
			texts: inEach(languages, (language) => ({ title: texts.in(language).line(moduleTitle), edition: 1 })),
			lessons: module.lessons.map((lesson) => {
				const lessonTitle = texts.line(random, 3, 7)
				const plan = planLesson(texts, random, names)
				const taught = chance(random, 0.25)
					? new Set(Array.from({ length: between(random, 1, 3) }, () => pick(random, elementIds)))
					: null
				return {
					...lesson,
					...(taught ? { lawElements: [...taught] } : {}),
					texts: inEach(languages, (language) => {
						const body = writeLesson(plan, texts.in(language))
						return { title: texts.in(language).line(lessonTitle), body, build: hashLessonSource(body), edition: 1 }
					}),
				}
			}),
			quiz: last
				? {
						id: finalQuizId,
						passMark,
						attemptsAllowed,
						drawCount,
						shuffleOptions: true,
						required: true,
						questionIds: questions.map((question) => question.id),
						texts: inEach(languages, (language) => ({ title: texts.in(language).line(quizTitle), edition: 1 })),
					}
				: null,
		}
	})
	const dressed: CourseDocument = {
		...document,
		texts: inEach(languages, (language) => {
			const write = texts.in(language)
			return {
				title: write.line(title),
				summary: write.paragraph(summary),
				outcomes: outcomes.map((outcome) => write.line(outcome, '.')),
				certificate: write.line(title),
				edition: 1,
			}
		}),
		modules,
		questions,
	}
	return { ...course, document: dressed }
}

/** Which legal elements each lesson teaches, as publishing keeps them for the laws pages. */
export function writeTaughtElements(sqlite: Database.Database, courses: readonly PlannedCourse[]) {
	const insert = insertInto(sqlite, courseLawElements, ['courseId', 'part', 'partId', 'element'])
	inBatches(sqlite, courses.length, 100, (index) => {
		const course = courses[index]!
		for (const lesson of course.document.modules.flatMap((module) => module.lessons))
			for (const element of lesson.lawElements ?? [])
				insert({ courseId: course.id, part: 'lesson', partId: lesson.id, element })
	})
}

/**
 * Compiles every lesson text as publishing does (the same checks, the compiler process) and keeps each build under
 * its source's hash. Answers how many were compiled; a refused lesson is the generator's mistake and stops the run.
 */
export async function compileLessonBuilds(courses: readonly PlannedCourse[], report: Report) {
	const sources = new Map<string, string>()
	for (const course of courses)
		for (const lesson of course.document.modules.flatMap((module) => module.lessons))
			for (const text of Object.values(lesson.texts)) sources.set(text.build, text.body)
	const pending: { hash: string; code: string }[] = []
	const keep = () => writeTransaction((tx) => pending.splice(0).forEach(({ hash, code }) => saveBuild(hash, code, tx)))
	let done = 0
	for (const [build, body] of sources) {
		const compiled = await compileLesson(body)
		if (!compiled.ok || compiled.hash !== build)
			throw new Error(`A generated lesson did not compile: ${JSON.stringify(compiled.ok ? 'hash' : compiled.problems)}`)
		pending.push({ hash: compiled.hash, code: compiled.code })
		if (pending.length === 200) keep()
		if (++done % Math.ceil(sources.size / 10) === 0 && done < sources.size)
			report(`    ${done.toLocaleString('en')} of ${sources.size.toLocaleString('en')} lesson texts compiled`)
	}
	keep()
	return sources.size
}
