// Lint is kept small and fast (no type-aware rules): the type check already runs separately. Its main job is to
// hold the layers from docs/development.md, so the import rules below fail the lint rather than warn.
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import serverCodeStaysOnTheServer from './eslint/server-code-stays-on-the-server.js'

// Patterns are regular expressions because the gitignore-style `group` form reads a leading `#` as a comment.

const forbid = (regex, message) => ({ regex, message })
const dbAccess = forbid(
	'^(drizzle-orm(/|$)|better-sqlite3$|#app/db/)',
	'Routes call module functions; SQL and tables live in app/modules and app/db.',
)
const areaModules = forbid(
	'^#app/modules/',
	'app/platform is shared by every area, so it cannot depend on one; move the piece to platform or the area.',
)
const routesFromBelow = forbid(
	'^#app/routes/',
	'Routes sit on top: they import modules and platform, never the other way round.',
)
const uiFromPlatform = forbid(
	'^#app/ui/',
	'Shared components are built on platform, not the reverse; platform hands plain data to whoever renders.',
)
const uiFromModules = forbid(
	'^#app/ui/',
	'Modules hold domain rules and return plain data; rendering is for routes and app/ui.',
)
const serverFromUi = forbid(
	'\\.server(\\.tsx?)?$',
	'Shared components have no data access and ship to the browser: pass data in as props instead.',
)
const dbFromUi = forbid(
	'^(drizzle-orm(/|$)|better-sqlite3$|#app/db/)',
	'Shared components have no data access: pass data in as props instead.',
)

// A whitelist: drizzle, sibling schema files, and values only from area vocabularies and the platform's role list.
// Anything else may be imported for its types, which vanish at build time and so tie the tables to nothing.
const schemaOutsiders = {
	regex: '^(?!drizzle-orm(/|$)|\\./[^/]+$|#app/modules/[^/]+/vocabulary\\.ts$|#app/platform/roles\\.ts$)',
	allowTypeImports: true,
	message:
		'Tables are the base of every layer: schema files import drizzle, sibling tables and vocabularies (types from elsewhere are fine).',
}

const restrict = (...patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] })

export default defineConfig(
	{
		ignores: [
			'build/',
			'public/build/',
			'.cache/',
			'node_modules/',
			'migrations/',
			'data/',
			'test-results/',
			'playwright-report/',
		],
	},
	js.configs.recommended,
	tseslint.configs.recommended,
	{
		// Route modules run on both sides, so both sets of globals are known.
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		plugins: { 'react-hooks': reactHooks },
		rules: {
			'react-hooks/rules-of-hooks': 'error',
			// Destructuring drops fields on purpose (`{ body, ...rest }`, `_` for a value not needed).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true },
			],
			// Atlas names control characters in patterns on purpose: to strip them from file names and link schemes.
			'no-control-regex': 'off',
			// The core rule gives way to the TypeScript one, which understands `import type`.
			'no-restricted-imports': 'off',
		},
	},
	{ files: ['app/routes/**'], rules: restrict(dbAccess) },
	{
		files: ['app/routes/**'],
		ignores: ['**/*.server.ts'],
		plugins: { atlas: { rules: { 'server-code-stays-on-the-server': serverCodeStaysOnTheServer } } },
		rules: { 'atlas/server-code-stays-on-the-server': 'error' },
	},
	// No platform file uses a shared component today, .tsx ones included, so the rule holds for all of platform.
	{ files: ['app/platform/**'], rules: restrict(areaModules, routesFromBelow, uiFromPlatform) },
	{ files: ['app/modules/**'], rules: restrict(routesFromBelow, uiFromModules) },
	{ files: ['app/db/schema/**'], rules: restrict(schemaOutsiders) },
	{ files: ['app/ui/**'], rules: restrict(serverFromUi, dbFromUi, routesFromBelow) },
)
