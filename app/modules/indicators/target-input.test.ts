import { expect, test } from 'vitest'
import { parseTargetInput } from './target-input.ts'

const good = { indicator: 'certificates-issued', year: '2026', place: 'PT', target: '120' }

test('a target for an indicator, a year and all countries or one country is read as numbers', () => {
	expect(parseTargetInput(good)).toEqual({
		ok: true,
		input: { indicator: 'certificates-issued', year: 2026, place: 'PT', target: 120 },
	})
	expect(parseTargetInput({ ...good, place: '', target: ' 0 ' })).toMatchObject({
		ok: true,
		input: { place: '', target: 0 },
	})
	expect(parseTargetInput({ ...good, indicator: 'feedback-answer-rate', target: '100' })).toMatchObject({ ok: true })
})

test('each wrong field is named with its own message', () => {
	expect(parseTargetInput({ ...good, target: '-1', year: '1999', place: 'region:europe', indicator: 'x' })).toEqual({
		ok: false,
		fieldErrors: {
			indicator: ['errors.choose'],
			year: ['errors.numberRange?min=2000&max=2100'],
			place: ['errors.choose'],
			target: ['errors.wholeNumber'],
		},
	})
	expect(parseTargetInput({ ...good, target: '1.5' })).toMatchObject({
		fieldErrors: { target: ['errors.wholeNumber'] },
	})
	expect(parseTargetInput({ ...good, target: '20000000' })).toMatchObject({
		fieldErrors: { target: ['errors.numberRange?min=0&max=10000000'] },
	})
	expect(parseTargetInput({ ...good, indicator: 'commitments-met-share', target: '101' })).toMatchObject({
		fieldErrors: { target: ['errors.numberRange?min=0&max=100'] },
	})
	expect(parseTargetInput({ indicator: ['a', 'b'], year: 2026 })).toMatchObject({ ok: false })
})
