import { and, asc, eq, isNull } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { enrolments, quizAttempts } from '#app/db/schema/index.ts'
import { done, type Outcome, type Refusal, refuse } from '#app/platform/outcome.ts'
import { type CourseDocument, type Quiz } from './document.ts'
import { type EnrolmentRow, settleCompletion } from './enrolment.server.ts'
import { answersAsGiven, drawPaper, markPaper, type Random, readResponses, unansweredQuestions } from './paper.ts'
import { type Answer } from './scoring.ts'

export type AttemptRow = typeof quizAttempts.$inferSelect

export function findQuiz(document: CourseDocument, quizId: string): Quiz | undefined {
	return document.modules.find((module) => module.quiz?.id === quizId)?.quiz ?? undefined
}

export function attemptsOf(enrolmentId: string, quizId: string, db: Db = getDb()) {
	return db
		.select()
		.from(quizAttempts)
		.where(and(eq(quizAttempts.enrolmentId, enrolmentId), eq(quizAttempts.quizId, quizId)))
		.orderBy(asc(quizAttempts.startedAt))
		.all()
}

/** Where a learner stands on a quiz: their submitted attempts, the open one, and how many are left. */
export function quizStanding(quiz: Quiz, attempts: readonly AttemptRow[]) {
	const submitted = attempts.filter((attempt) => attempt.submittedAt)
	const open = attempts.find((attempt) => !attempt.submittedAt) ?? null
	const attemptsLeft =
		quiz.attemptsAllowed === null ? null : Math.max(0, quiz.attemptsAllowed - attempts.length + (open ? 1 : 0))
	return {
		submitted,
		open,
		passed: submitted.some((attempt) => attempt.passed),
		attemptsLeft,
		canStart: !open && (attemptsLeft === null || attemptsLeft > 0),
	}
}

/** Starts an attempt with its questions drawn and shuffled now; an open attempt is returned as it is. */
export function startAttempt(
	enrolment: EnrolmentRow,
	quiz: Quiz,
	document: CourseDocument,
	random?: Random,
): Outcome<'no-attempts-left', { attempt: AttemptRow }> {
	return writeTransaction((tx) => {
		const standing = quizStanding(quiz, attemptsOf(enrolment.id, quiz.id, tx))
		if (standing.open) return done({ attempt: standing.open })
		if (!standing.canStart) return refuse('no-attempts-left')
		const attempt = tx
			.insert(quizAttempts)
			.values({
				enrolmentId: enrolment.id,
				quizId: quiz.id,
				paper: drawPaper(quiz, document.questions, random),
				language: enrolment.language,
			})
			.returning()
			.get()
		return done({ attempt })
	})
}

/**
 * Questions left blank, by their number on the page so the learner can find them, with the
 * answers given so far to show again.
 */
export type UnansweredRefusal = Refusal<'unanswered'> & {
	unanswered: { id: string; number: number }[]
	answers: Record<string, string | string[]>
}

/**
 * Scores an attempt on the server and keeps it. Passing may complete the course, which
 * is settled in this same transaction. An attempt with questions left blank is kept open
 * and the blank questions named, unless the learner confirmed submitting it as it is:
 * a nearly blank submission should not use up an attempt by accident.
 */
export function submitAttempt(
	enrolment: EnrolmentRow,
	quiz: Quiz,
	document: CourseDocument,
	attemptId: string,
	form: Parameters<typeof readResponses>[2],
	{ unansweredConfirmed = false, now = new Date() }: { unansweredConfirmed?: boolean; now?: Date } = {},
):
	| Outcome<'attempt-closed', { attemptId: string; score: number; passed: boolean; completedNow: boolean }>
	| UnansweredRefusal {
	return writeTransaction((tx) => {
		const attempt = tx
			.select()
			.from(quizAttempts)
			.where(
				and(
					eq(quizAttempts.id, attemptId),
					eq(quizAttempts.enrolmentId, enrolment.id),
					eq(quizAttempts.quizId, quiz.id),
					isNull(quizAttempts.submittedAt),
				),
			)
			.get()
		// Already submitted, or not this learner's: either way there is nothing open to score.
		if (!attempt) return refuse('attempt-closed')
		const responses = readResponses(attempt.paper, document.questions, form)
		const blank = unansweredQuestions(attempt.paper, responses)
		if (blank.length && !unansweredConfirmed) {
			// Numbered as the page numbers them: the questions of the paper still in the bank.
			const asked = attempt.paper.map((entry) => entry.questionId).filter((id) => id in responses)
			const unanswered = blank.map((id) => ({ id, number: asked.indexOf(id) + 1 }))
			const answers = answersAsGiven(attempt.paper, document.questions, form)
			return { ...refuse('unanswered'), unanswered, answers }
		}
		const { score } = markPaper(attempt.paper, document.questions, responses, attempt.language, document.sourceLanguage)
		const passed = score >= quiz.passMark
		tx.update(quizAttempts)
			.set({ responses, score, passed, submittedAt: now })
			.where(eq(quizAttempts.id, attempt.id))
			.run()
		tx.update(enrolments).set({ lastActivityAt: now }).where(eq(enrolments.id, enrolment.id)).run()
		const { completedNow } = passed ? settleCompletion(tx, enrolment, now) : { completedNow: false }
		return done({ attemptId: attempt.id, score, passed, completedNow })
	})
}

/** A submitted attempt marked again from what was kept, in the language it was taken in. */
export function reviewAttempt(attempt: AttemptRow, document: CourseDocument) {
	return markPaper(
		attempt.paper,
		document.questions,
		(attempt.responses ?? {}) as Record<string, Answer>,
		attempt.language,
		document.sourceLanguage,
	)
}
