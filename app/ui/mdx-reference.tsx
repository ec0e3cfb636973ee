import { useTranslation } from 'react-i18next'
import {
	type AttributeRule,
	allowedComponentNames,
	allowedComponents,
	exampleOf,
} from '#app/platform/mdx/allowed-components.ts'
import { directionOf } from '#app/platform/i18n.ts'
import { useReader } from './i18n.tsx'

function AttributeNote({ rule }: { rule: AttributeRule }) {
	const { t } = useTranslation('authoring')
	const parts = [t(rule.required ? 'mdxReference.required' : 'mdxReference.optional')]
	if (rule.values) parts.push(t('mdxReference.oneOf', { values: rule.values.join(', ') }))
	if (rule.media) parts.push(t('mdxReference.media'))
	return <>{parts.join(' · ')}</>
}

/**
 * A folded reference under an MDX field: each component the validator allows, what it is for,
 * its attributes and a one-line example, all read from the validator's own list. It is in the
 * reader's language even where the field around it is marked as the text's language.
 */
export function MdxReference() {
	const { t } = useTranslation('authoring')
	const { language } = useReader()
	return (
		<details className="details mdx-reference" lang={language} dir={directionOf(language)}>
			<summary>{t('mdxReference.title')}</summary>
			<p>{t('mdxReference.intro')}</p>
			<dl>
				{allowedComponentNames.map((name) => {
					const attributes = Object.entries(allowedComponents[name]!.attributes)
					return (
						<div key={name} className="mdx-reference__component">
							<dt>
								<code>{name}</code>
							</dt>
							<dd>
								<p>{t(`mdxReference.components.${name}`)}</p>
								{attributes.length ? (
									<ul>
										{attributes.map(([attribute, rule]) => (
											<li key={attribute}>
												<code>{attribute}</code>: <AttributeNote rule={rule} />
											</li>
										))}
									</ul>
								) : (
									<p>{t('mdxReference.noAttributes')}</p>
								)}
								<p>
									{t('mdxReference.example')} <code dir="ltr">{exampleOf(name, t('mdxReference.sampleText'))}</code>
								</p>
							</dd>
						</div>
					)
				})}
			</dl>
		</details>
	)
}
