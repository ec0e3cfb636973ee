import { RuleTester } from 'eslint'
import tseslint from 'typescript-eslint'
import { afterAll, describe, it } from 'vitest'
import rule from './server-code-stays-on-the-server.js'

RuleTester.afterAll = afterAll
RuleTester.describe = describe
RuleTester.it = it

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, sourceType: 'module' } })
const schemas = "import { newDocumentSchema, textSchema } from './__forms.server.ts'\n"

tester.run('server-code-stays-on-the-server', rule, {
	valid: [
		// Used where only the server runs it: the action, and a helper the action calls.
		`${schemas}export async function action() { return newDocumentSchema.and(textSchema) }`,
		`${schemas}const parse = (data) => newDocumentSchema.parse(data)\nexport const action = async () => parse({})`,
		// Types vanish at build time.
		`${schemas}type Draft = typeof newDocumentSchema\nexport default function Page() { return null }`,
		"import type { Draft } from './drafts.server.ts'\nexport default function Page(props: Draft) { return null }",
	],
	invalid: [
		// The bug of issue 15: a schema combined when the file loads; in the browser the import is undefined.
		{
			code: `${schemas}const startSchema = newDocumentSchema.and(textSchema)\nexport async function action() { return startSchema }`,
			errors: [{ messageId: 'moduleLevel' }, { messageId: 'moduleLevel' }],
		},
		// A list from a server module rendered by the page's component.
		{
			code: "import { contactMethods } from '#app/modules/programmes/interest.server.ts'\nexport default function Page() { return contactMethods.length }",
			errors: [{ messageId: 'moduleLevel' }],
		},
		{
			code: `${schemas}export const meta = () => [{ title: String(newDocumentSchema) }]`,
			errors: [{ messageId: 'moduleLevel' }],
		},
	],
})
