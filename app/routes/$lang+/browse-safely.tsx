import { type MetaFunction } from '@remix-run/node'
import { useTranslation } from 'react-i18next'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { pageTitle } from '#app/ui/meta.ts'

export const handle: StringsHandle = { i18n: ['programmes'] }

const advice = ['quickExit', 'private', 'history', 'device'] as const

// The title says nothing about what is being read: it shows in tabs and in history.
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'neutralTitle', 'programmes')

export default function BrowseSafely() {
	const { t } = useTranslation('programmes')
	return (
		<div className="page narrow plain">
			<h1>{t('safety.title')}</h1>
			<p className="lead">{t('safety.intro')}</p>
			<p>{t('safety.noTrace')}</p>
			{advice.map((topic) => (
				<section key={topic} aria-labelledby={`safety-${topic}`}>
					<h2 id={`safety-${topic}`}>{t(`safety.${topic}Title`)}</h2>
					<p>{t(`safety.${topic}Body`)}</p>
				</section>
			))}
		</div>
	)
}
