/**
 * Attempts at the courses' final quizzes, for the enrolments the issue-21 generator wrote: a completed enrolment
 * passed the quiz when it completed (passing is what completes a course), sometimes after a failed try or two; a
 * few learners still under way tried and failed, or have an attempt open. Papers are drawn and scored by the
 * courses module's own rules (drawPaper, scoreAnswer, quizScore), so a review page shows what the score says.
 */
import type Database from 'better-sqlite3'
import { quizAttempts } from '#app/db/schema/index.ts'
import { type CourseDocument, type Question, type Quiz } from '#app/modules/courses/document.ts'
import { drawPaper, type Paper } from '#app/modules/courses/paper.ts'
import { type Answer, quizScore, scoreAnswer } from '#app/modules/courses/scoring.ts'
import { type Language } from '#app/platform/i18n.ts'
import { inBatches, insertInto, type Report } from '../bench/indicators-writers.ts'
import { idOf, type PlannedCourse } from '../bench/indicators-world.ts'
import { between, chance, pick, randomStream, type Random } from '../bench/random.ts'
import { attemptsAllowed, finalQuizId } from './courses.ts'
import { scaleStreams } from './sizes.ts'

const minuteMs = 60_000

type EnrolmentRow = {
	id: string
	courseId: string
	language: Language
	enrolledAt: number
	lastActivityAt: number
	completedAt: number | null
}

export type PlannedAttempt = {
	paper: Paper
	responses: Record<string, Answer> | null
	score: number | null
	passed: boolean | null
	startedAt: number
	submittedAt: number | null
}

/** One answer, right or wrong, in the shape the quiz form's answers are kept in. */
function answer(question: Question, right: boolean, random: Random): Answer {
	if (question.kind === 'true-false') return String(right ? question.answer : !question.answer)
	if (!('options' in question)) return ''
	const correct = question.options.filter((option) => option.correct).map((option) => option.id)
	const wrong = question.options.filter((option) => !option.correct).map((option) => option.id)
	if (question.kind === 'multiple-choice') return right ? correct : [correct[0]!, pick(random, wrong)]
	return right ? correct[0]! : pick(random, wrong)
}

/** A submitted attempt whose mark passes or fails, as wanted; a learner who passes knows most answers. */
function submitted(document: CourseDocument, quiz: Quiz, language: Language, pass: boolean, random: Random) {
	const paper = drawPaper(quiz, document.questions, random)
	for (let tries = 0; ; tries++) {
		// After a few unlucky draws, every answer right (or wrong) settles it.
		const skill = tries > 8 ? (pass ? 1 : 0) : pass ? 0.75 + random() * 0.25 : 0.2 + random() * 0.4
		const responses: Record<string, Answer> = {}
		const credits = paper.map(({ questionId }) => {
			const question = document.questions.find((candidate) => candidate.id === questionId)!
			responses[questionId] = answer(question, random() < skill, random)
			return scoreAnswer(question, question.texts[language], responses[questionId]).credit
		})
		const score = quizScore(credits)
		if (score >= quiz.passMark === pass) return { paper, responses, score, passed: pass }
	}
}

/** The attempts of one enrolment, oldest first. */
export function planAttempts(document: CourseDocument, enrolment: EnrolmentRow, random: Random): PlannedAttempt[] {
	const quiz = document.modules.find((module) => module.quiz?.id === finalQuizId)?.quiz
	if (!quiz) return []
	const attempt = (pass: boolean, submittedAt: number) => ({
		...submitted(document, quiz, enrolment.language, pass, random),
		startedAt: Math.max(enrolment.enrolledAt, submittedAt - between(random, 5, 40) * minuteMs),
		submittedAt,
	})
	if (enrolment.completedAt !== null) {
		const failures = chance(random, 0.1) ? (chance(random, 0.25) ? 2 : 1) : 0
		const fails = Array.from({ length: Math.min(failures, attemptsAllowed - 1) }, (_, index) => {
			const before = (failures - index) * between(random, 60, 72 * 60) * minuteMs
			return attempt(false, Math.max(enrolment.enrolledAt + minuteMs, enrolment.completedAt! - before))
		})
		return [...fails, attempt(true, enrolment.completedAt)]
	}
	if (chance(random, 0.1)) return [attempt(false, enrolment.lastActivityAt)]
	if (chance(random, 0.02)) {
		const paper = drawPaper(quiz, document.questions, random)
		return [
			{ paper, responses: null, score: null, passed: null, startedAt: enrolment.lastActivityAt, submittedAt: null },
		]
	}
	return []
}

/** Writes every enrolment's attempts; answers how many were written. */
export function writeQuizAttempts(
	sqlite: Database.Database,
	seed: number,
	courses: readonly PlannedCourse[],
	report: Report,
) {
	const documents = new Map(courses.map((course) => [course.id, course.document]))
	const rows = sqlite
		.prepare(
			`SELECT id, course_id AS courseId, language, created_at AS enrolledAt, last_activity_at AS lastActivityAt,
			 completed_at AS completedAt FROM enrolments ORDER BY rowid`,
		)
		.all() as EnrolmentRow[]
	const insert = insertInto(sqlite, quizAttempts, [
		...(['id', 'enrolmentId', 'quizId', 'paper', 'language', 'responses', 'score', 'passed'] as const),
		...(['startedAt', 'submittedAt'] as const),
	])
	let written = 0
	inBatches(
		sqlite,
		rows.length,
		2_000,
		(index) => {
			const enrolment = rows[index]!
			const document = documents.get(enrolment.courseId)
			if (!document) return
			const attempts = planAttempts(document, enrolment, randomStream(seed, scaleStreams.quiz, index))
			attempts.forEach((attempt, number) => {
				insert({
					id: idOf('attempt', enrolment.id, number),
					enrolmentId: enrolment.id,
					quizId: finalQuizId,
					paper: JSON.stringify(attempt.paper),
					language: enrolment.language,
					responses: attempt.responses && JSON.stringify(attempt.responses),
					score: attempt.score,
					passed: attempt.passed === null ? null : Number(attempt.passed),
					startedAt: attempt.startedAt,
					submittedAt: attempt.submittedAt,
				})
			})
			written += attempts.length
		},
		report,
	)
	return written
}
