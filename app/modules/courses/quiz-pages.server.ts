import { type Db, getDb } from '#app/db/client.server.ts'
import { textIn } from '#app/platform/language-fallback.ts'
import { done, type Outcome, refuse } from '#app/platform/outcome.ts'
import { type CourseDocument, type Quiz } from './document.ts'
import { type EnrolmentRow } from './enrolment.server.ts'
import { presentPaper, questionsPerAttempt } from './paper.ts'
import { type ReviewedQuestion, reviewedQuestion, reviewOptionsOf, reviewShows } from './quiz-review.ts'
import { attemptsOf, findQuiz, quizStanding, reviewAttempt } from './quiz.server.ts'
import { type CorrectAnswerTiming } from './vocabulary.ts'

/**
 * A quiz as its learner sees it, in their learning language: where they stand and, while an
 * attempt is open, its questions as shown. No correct answers, feedback or accepted answers
 * reach the page before the attempt is submitted.
 */
export function quizPageFor(enrolment: EnrolmentRow, quiz: Quiz, document: CourseDocument, db: Db = getDb()) {
	const source = document.sourceLanguage
	const standing = quizStanding(quiz, attemptsOf(enrolment.id, quiz.id, db))
	const questions = standing.open
		? presentPaper(standing.open.paper, document.questions, standing.open.language, source)
		: []
	const title = textIn(quiz.texts, enrolment.language, source)
	return {
		quizId: quiz.id,
		courseTitle: textIn(document.texts, enrolment.language, source).text.title,
		title: title.text.title,
		shownIn: title.language,
		wanted: enrolment.language,
		fallback: questions.some((question) => question.fallback) || title.fallback,
		questionCount: standing.open ? questions.length : questionsPerAttempt(quiz, document.questions),
		passMark: quiz.passMark,
		attemptsAllowed: quiz.attemptsAllowed,
		attemptsLeft: standing.attemptsLeft,
		canStart: standing.canStart,
		passed: standing.passed,
		openAttemptId: standing.open?.id ?? null,
		questions,
		attempts: standing.submitted.map((attempt) => ({
			id: attempt.id,
			score: attempt.score ?? 0,
			passed: Boolean(attempt.passed),
			submittedAt: attempt.submittedAt!.toISOString(),
		})),
	}
}

export type AttemptResult = {
	quizId: string
	title: string
	score: number
	passed: boolean
	passMark: number
	courseComplete: boolean
	canRetry: boolean
	/** While the correct answers are held back: when the trainer lets them be seen. */
	correctAnswersWhen: CorrectAnswerTiming | null
	questions: ReviewedQuestion[]
}

/**
 * One of the learner's own submitted attempts, marked again, with as much feedback as the quiz's
 * review options allow now (`quiz-review.ts`); what they hold back is not sent at all. An attempt
 * still open, or one from someone else's enrolment, is simply not found.
 */
export function attemptResultFor(
	enrolment: EnrolmentRow,
	document: CourseDocument,
	quizId: string,
	attemptId: string,
	db: Db = getDb(),
): Outcome<'not-found', { page: AttemptResult }> {
	const quiz = findQuiz(document, quizId)
	if (!quiz) return refuse('not-found')
	const attempts = attemptsOf(enrolment.id, quiz.id, db)
	const attempt = attempts.find((candidate) => candidate.id === attemptId && candidate.submittedAt)
	if (!attempt) return refuse('not-found')
	const standing = quizStanding(quiz, attempts)
	const review = reviewAttempt(attempt, document)
	const options = reviewOptionsOf(quiz)
	const shows = reviewShows(options, standing)
	const page: AttemptResult = {
		quizId: quiz.id,
		title: textIn(quiz.texts, enrolment.language, document.sourceLanguage).text.title,
		score: attempt.score ?? review.score,
		passed: Boolean(attempt.passed),
		passMark: quiz.passMark,
		courseComplete: Boolean(enrolment.completedAt),
		canRetry: !standing.passed && standing.canStart,
		correctAnswersWhen: shows.correctAnswers ? null : options.correctAnswers,
		questions: review.questions.map((question) => reviewedQuestion(question, shows)),
	}
	return done({ page })
}
