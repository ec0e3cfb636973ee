import { expect, test } from 'vitest'
import { parseFeedbackForm, parseFollowUpForm } from './answers.ts'

const form = (entries: [string, string][]) => {
	const data = new FormData()
	for (const [name, value] of entries) data.append(name, value)
	return data
}

test('feedback is a usefulness from 1 to 5 and a yes or no', () => {
	expect(
		parseFeedbackForm(
			form([
				['usefulness', '4'],
				['recommend', 'yes'],
			]),
		),
	).toEqual({ success: true, data: { usefulness: 4, recommend: true } })
	expect(
		parseFeedbackForm(
			form([
				['usefulness', '1'],
				['recommend', 'no'],
			]),
		),
	).toEqual({ success: true, data: { usefulness: 1, recommend: false } })
})

test('missing, out-of-range or unknown feedback answers are refused at their field', () => {
	expect(parseFeedbackForm(form([]))).toMatchObject({
		success: false,
		fieldErrors: { usefulness: ['outcomes:errors.usefulness'], recommend: ['outcomes:errors.recommend'] },
	})
	for (const usefulness of ['0', '6', '4.0', ' 4', 'four', ''])
		expect(
			parseFeedbackForm(
				form([
					['usefulness', usefulness],
					['recommend', 'yes'],
				]),
			),
			usefulness,
		).toMatchObject({ success: false, fieldErrors: { usefulness: ['outcomes:errors.usefulness'] } })
	expect(
		parseFeedbackForm(
			form([
				['usefulness', '3'],
				['recommend', 'maybe'],
			]),
		),
	).toMatchObject({ success: false, fieldErrors: { recommend: ['outcomes:errors.recommend'] } })
	// Two values for one radio group are no answer.
	expect(
		parseFeedbackForm(
			form([
				['usefulness', '3'],
				['usefulness', '5'],
				['recommend', 'yes'],
			]),
		),
	).toMatchObject({ success: false, fieldErrors: { usefulness: ['outcomes:errors.usefulness'] } })
})

test('a follow-up says whether the course was applied and, when it was, how', () => {
	expect(
		parseFollowUpForm(
			form([
				['applied', 'often'],
				['ways', 'referred-case'],
				['ways', 'identified-victim'],
				['ways', 'referred-case'],
			]),
		),
	).toEqual({ success: true, data: { applied: 'often', ways: ['identified-victim', 'referred-case'] } })
	expect(parseFollowUpForm(form([['applied', 'not-relevant']]))).toEqual({
		success: true,
		data: { applied: 'not-relevant', ways: [] },
	})
	// Boxes ticked before choosing "not yet" are dropped, not stored.
	expect(
		parseFollowUpForm(
			form([
				['applied', 'not-yet'],
				['ways', 'other'],
			]),
		),
	).toEqual({ success: true, data: { applied: 'not-yet', ways: [] } })
})

test('a follow-up without an answer, with an unknown one, or applied with no way ticked is refused at its field', () => {
	expect(parseFollowUpForm(form([]))).toMatchObject({
		success: false,
		fieldErrors: { applied: ['outcomes:errors.applied'] },
	})
	expect(parseFollowUpForm(form([['applied', 'always']]))).toMatchObject({
		success: false,
		fieldErrors: { applied: ['outcomes:errors.applied'] },
	})
	expect(parseFollowUpForm(form([['applied', 'once']]))).toMatchObject({
		success: false,
		fieldErrors: { ways: ['outcomes:errors.ways-required'] },
	})
	expect(
		parseFollowUpForm(
			form([
				['applied', 'once'],
				['ways', 'arrested-someone'],
			]),
		),
	).toMatchObject({ success: false, fieldErrors: { ways: ['outcomes:errors.ways-unknown'] } })
})
