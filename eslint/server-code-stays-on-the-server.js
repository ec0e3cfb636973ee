// A route module ships to the browser too, where every `.server` import is an empty module. A value from one may
// therefore be used only in code that runs on the server alone: the loader, the action, and the module's own
// lower-case helpers they call. Used at module level (a schema built when the file loads, say), it throws in the
// browser, the route module fails to load, and every link to the page is dead (issue 15).

const serverOnlyExports = new Set(['loader', 'action'])
const browserExports = new Set(['meta', 'links', 'handle', 'default', 'shouldRevalidate', 'ErrorBoundary'])

/** The statement at the top of the file that holds `node`, and the name it declares, if any. */
function topLevelOf(node) {
	let current = node
	while (current.parent && current.parent.type !== 'Program') current = current.parent
	const statement = current
	const declaration =
		statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration'
			? statement.declaration
			: statement
	if (statement.type === 'ExportDefaultDeclaration') return { statement, name: 'default', exported: true }
	const exported = statement.type === 'ExportNamedDeclaration'
	if (declaration?.type === 'FunctionDeclaration')
		return { statement, name: declaration.id?.name, exported, isFunction: true }
	if (declaration?.type === 'VariableDeclaration' && declaration.declarations.length === 1) {
		const [declarator] = declaration.declarations
		const isFunction = ['ArrowFunctionExpression', 'FunctionExpression'].includes(declarator.init?.type)
		return { statement, name: declarator.id.name, exported, isFunction }
	}
	return { statement, name: undefined, exported, isFunction: false }
}

/** Whether a reference to a server value inside this top-level declaration runs only on the server. */
function runsOnServerOnly(top, reference) {
	if (!top.isFunction || !top.name) return false
	if (serverOnlyExports.has(top.name)) return true
	if (browserExports.has(top.name) || /^[A-Z]/.test(top.name)) return false
	// A lower-case helper is server code when it is called, not when the file loads; the body is the only place
	// the reference may sit (not a default parameter evaluated by a component calling it).
	return reference.from.type === 'function' || reference.from.variableScope?.type === 'function'
}

export default {
	meta: {
		type: 'problem',
		docs: { description: 'Values from .server modules are used only in loaders, actions and their helpers' },
		schema: [],
		messages: {
			moduleLevel:
				"'{{name}}' comes from a .server module, which is empty in the browser; use it inside the loader or action, not {{where}}.",
		},
	},
	create(context) {
		return {
			ImportDeclaration(node) {
				if (node.importKind === 'type' || !/\.server(\.tsx?)?$/.test(node.source.value)) return
				for (const specifier of node.specifiers) {
					if (specifier.importKind === 'type') continue
					for (const variable of context.sourceCode.getDeclaredVariables(specifier)) {
						for (const reference of variable.references) {
							if (reference.isTypeReference || reference.identifier.parent?.type === 'TSTypeQuery') continue
							const top = topLevelOf(reference.identifier)
							if (runsOnServerOnly(top, reference)) continue
							const where = top.name ? `in '${top.name}', which runs in the browser too` : 'at module level'
							context.report({
								node: reference.identifier,
								messageId: 'moduleLevel',
								data: { name: reference.identifier.name, where },
							})
						}
					}
				}
			},
		}
	},
}
