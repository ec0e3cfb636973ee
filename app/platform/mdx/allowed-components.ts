/**
 * The components trainer MDX may use and the attributes each takes: the one list that the
 * validator enforces and the editors' reference shows. Plain data, safe to import anywhere.
 */

export type AttributeRule = {
	required?: true
	/** The only values allowed, the first one being the usual choice. */
	values?: readonly string[]
	/** A file uploaded with the course or document (`media:<sha256>`). */
	media?: true
}

export type ComponentRule = {
	attributes: Record<string, AttributeRule>
	/** What goes between the tags: block text, a few words inline, or nothing (the tag closes itself). */
	content: 'block' | 'inline' | 'none'
}

// Null-prototype objects, so `<constructor>` or `toString="…"` never find an inherited entry.
const nullPrototype = <T extends object>(entries: T): T => Object.assign(Object.create(null), entries)

export const allowedComponents: Record<string, ComponentRule> = nullPrototype({
	Callout: { attributes: nullPrototype({ kind: { values: ['note', 'tip', 'warning'] } }), content: 'block' },
	KeyPoints: { attributes: nullPrototype({}), content: 'block' },
	Scenario: { attributes: nullPrototype({ title: { required: true } }), content: 'block' },
	Details: { attributes: nullPrototype({ summary: { required: true } }), content: 'block' },
	Term: { attributes: nullPrototype({ definition: { required: true } }), content: 'inline' },
	Figure: {
		attributes: nullPrototype({ src: { required: true, media: true }, alt: { required: true } }),
		content: 'inline',
	},
	Video: {
		attributes: nullPrototype({
			src: { required: true, media: true },
			captions: { required: true, media: true },
			title: { required: true },
		}),
		content: 'none',
	},
} satisfies Record<string, ComponentRule>)

export const allowedComponentNames = Object.keys(allowedComponents)

/** The attributes a component takes, in the order they are listed; none for an unknown component. */
export function attributeNamesOf(component: string) {
	const rule = Object.hasOwn(allowedComponents, component) ? allowedComponents[component] : undefined
	return rule ? Object.keys(rule.attributes) : []
}

/**
 * A one-line use of a component: every required attribute and every attribute with a fixed
 * list of values (its usual value), free text shown as `…` and `text` between the tags.
 */
export function exampleOf(component: string, text: string) {
	const rule = allowedComponents[component]
	if (!rule) return ''
	const attributes = Object.entries(rule.attributes)
		.filter(([, attribute]) => attribute.required || attribute.values)
		.map(([name, attribute]) => ` ${name}="${attribute.values?.[0] ?? (attribute.media ? 'media:…' : '…')}"`)
		.join('')
	return rule.content === 'none' ? `<${component}${attributes} />` : `<${component}${attributes}>${text}</${component}>`
}
