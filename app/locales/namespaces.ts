/** One namespace per area; a new area adds its file in every language and a line in index.ts. */
export const namespaces = [
	'common',
	'accounts',
	'settings',
	'admin',
	'email',
	'programmes',
	'courses',
	'teach',
	'authoring',
	'certificates',
	'library',
	'search',
	'home',
	'laws',
	'events',
	'forums',
	'campaigns',
	'partnerships',
	'news',
	'network',
	'indicators',
	'outcomes',
] as const
export type Namespace = (typeof namespaces)[number]
export type Resources = Record<Namespace, Record<string, unknown>>
