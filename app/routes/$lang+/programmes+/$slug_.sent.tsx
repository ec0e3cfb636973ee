import { type MetaFunction } from '@remix-run/node'
import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'

export const handle: StringsHandle = { i18n: ['programmes'] }

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'neutralTitle', 'programmes')

const steps = ['inbox', 'contact', 'deleted'] as const

/** What happens after "I'm interested": said plainly, since the survivor has no account to check. */
export default function InterestSent() {
	const { t } = useTranslation('programmes')
	const href = useHref()
	return (
		<div className="page narrow plain">
			<h1>{t('sent.title')}</h1>
			<ol>
				{steps.map((step) => (
					<li key={step}>{t(`sent.${step}`)}</li>
				))}
			</ol>
			<p>{t('sent.safety')}</p>
			<p>
				<Link to={href('/programmes')}>{t('detail.back')}</Link>
			</p>
		</div>
	)
}
