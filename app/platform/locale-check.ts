const pluralSuffix = /_(zero|one|two|few|many|other)$/

export type LocaleProblem = {
	language: string
	namespace: string
	key: string
	problem: 'missing' | 'empty' | 'unexpected'
}

type Tree = Record<string, unknown>

function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
	const flat = new Map<string, unknown>()
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key
		if (value && typeof value === 'object' && !Array.isArray(value)) {
			for (const [inner, innerValue] of flatten(value as Tree, path)) flat.set(inner, innerValue)
		} else {
			flat.set(path, value)
		}
	}
	return flat
}

/** The plural forms a language needs ("one", "other" in English; six in Arabic). */
function pluralForms(language: string) {
	return new Intl.PluralRules(language).resolvedOptions().pluralCategories
}

/**
 * Compares every language with the reference one: each key must exist with a
 * non-empty string, and a plural key must have every form its language uses.
 */
export function findLocaleProblems(resources: Record<string, Record<string, Tree>>, reference = 'en'): LocaleProblem[] {
	const problems: LocaleProblem[] = []
	const base = resources[reference] ?? {}
	for (const [language, namespaces] of Object.entries(resources)) {
		for (const namespace of new Set([...Object.keys(base), ...Object.keys(namespaces)])) {
			const expected = flatten(base[namespace] ?? {})
			const actual = flatten(namespaces[namespace] ?? {})
			const wanted = new Set<string>()
			for (const key of expected.keys()) {
				if (pluralSuffix.test(key)) {
					const stem = key.replace(pluralSuffix, '')
					for (const form of pluralForms(language)) wanted.add(`${stem}_${form}`)
				} else {
					wanted.add(key)
				}
			}
			for (const key of wanted) {
				const value = actual.get(key)
				if (value === undefined) problems.push({ language, namespace, key, problem: 'missing' })
				else if (typeof value !== 'string' || value.trim() === '') {
					problems.push({ language, namespace, key, problem: 'empty' })
				}
			}
			// Extra plural forms of a counted message are allowed (a translator may add "zero").
			const pluralStems = new Set(
				[...expected.keys()].filter((key) => pluralSuffix.test(key)).map((key) => key.replace(pluralSuffix, '')),
			)
			for (const key of actual.keys()) {
				const isExtraPluralForm = pluralSuffix.test(key) && pluralStems.has(key.replace(pluralSuffix, ''))
				if (!wanted.has(key) && !isExtraPluralForm) {
					problems.push({ language, namespace, key, problem: 'unexpected' })
				}
			}
		}
	}
	return problems
}
