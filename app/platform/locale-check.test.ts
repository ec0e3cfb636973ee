import { expect, test } from 'vitest'
import { resources } from '#app/locales/index.ts'
import { findLocaleProblems } from './locale-check.ts'

test('every key of every namespace exists, non-empty, in all four languages', () => {
	expect(findLocaleProblems(resources)).toEqual([])
})

test('the check fails when one key is removed from one language', () => {
	const damaged = structuredClone(resources)
	delete (damaged.fr.common.errors as Record<string, string>).required
	expect(findLocaleProblems(damaged)).toContainEqual({
		language: 'fr',
		namespace: 'common',
		key: 'errors.required',
		problem: 'missing',
	})
})

test('the check fails when a value is emptied', () => {
	const damaged = structuredClone(resources)
	;(damaged.es.accounts.signIn as Record<string, string>).title = '  '
	expect(findLocaleProblems(damaged)).toContainEqual(
		expect.objectContaining({ language: 'es', key: 'signIn.title', problem: 'empty' }),
	)
})

test('Arabic needs all six plural forms of a counted message', () => {
	const damaged = structuredClone(resources)
	delete (damaged.ar.settings.sessions as Record<string, string>).ended_few
	expect(findLocaleProblems(damaged)).toContainEqual(
		expect.objectContaining({ language: 'ar', key: 'sessions.ended_few', problem: 'missing' }),
	)
})
