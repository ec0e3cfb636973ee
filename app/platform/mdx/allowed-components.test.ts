import { expect, test } from 'vitest'
import { splitErrorMessage } from '#app/platform/forms.ts'
import { languages } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { allowedComponentNames, attributeNamesOf, exampleOf } from './allowed-components.ts'
import { compileLesson } from './compile.server.ts'
import { mediaId } from './lesson.fixture.ts'
import { problemMessages } from './problems.ts'

/** What the lesson editor shows under the body field for this source, in this language. */
async function shownProblems(source: string, language: (typeof languages)[number]) {
	const result = await compileLesson(source)
	if (result.ok) throw new Error('expected the lesson to be refused')
	const { t } = serverI18n(language)
	return problemMessages(result.problems).map((message) => {
		const { key, values } = splitErrorMessage(message)
		return t(key, values)
	})
}

test('a refused attribute names its component, the attribute and the attributes allowed, in the author’s language', async () => {
	expect(await shownProblems('<Callout onClick="x">\nHi\n</Callout>', 'en')).toEqual([
		'Line 1, column 10: Callout does not take the attribute “onClick”. Its attributes are: kind.',
	])
	const video = `<Video src="${mediaId}" captions="${mediaId}" title="t" poster="p" />`
	expect(await shownProblems(video, 'fr')).toEqual([
		'Ligne 1, colonne 177 : Video n’accepte pas l’attribut « poster ». Ses attributs sont : src, captions, title.',
	])
	const [value] = await shownProblems('<Callout kind="danger">\nHi\n</Callout>', 'es')
	expect(value).toBe(
		'Línea 1, columna 10: «danger» no es un valor admitido de kind en Callout. Use uno de estos: note, tip, warning.',
	)
	for (const language of languages) {
		for (const message of await shownProblems(
			'<KeyPoints title="x">\n- a\n</KeyPoints>\n\n<Term definition="a" definition="b">x</Term>\n\n<Scenario summary="s" title="t">\nHi\n</Scenario>',
			language,
		)) {
			expect(message).not.toMatch(/\{\{|\}\}/)
			expect(message).toMatch(/KeyPoints|Term|Scenario/)
		}
	}
})

test('the editors’ reference is the validator’s list: each example is accepted, and a refusal lists the same attributes', async () => {
	expect(allowedComponentNames).toEqual(['Callout', 'KeyPoints', 'Scenario', 'Details', 'Term', 'Figure', 'Video'])
	for (const component of allowedComponentNames) {
		const example = exampleOf(component, 'Some words').replaceAll('media:…', mediaId)
		expect(await compileLesson(`Intro\n\n${example}\n`), example).toMatchObject({ ok: true })
		const refused = await compileLesson(`<${component} unheardOf="x" />`)
		expect(refused.ok).toBe(false)
		if (refused.ok) continue
		const problem = refused.problems.find((candidate) => candidate.name === 'unheardOf')
		const allowed = attributeNamesOf(component)
		expect(problem).toMatchObject(
			allowed.length ? { code: 'attribute-not-allowed', allowed } : { code: 'no-attributes', component },
		)
	}
	expect(exampleOf('Video', 'ignored')).toBe('<Video src="media:…" captions="media:…" title="…" />')
	expect(exampleOf('Callout', 'Check the passport.')).toBe('<Callout kind="note">Check the passport.</Callout>')
	expect(exampleOf('Script', 'x')).toBe('')
})
