import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { type ComparisonProblem } from '#app/modules/laws/pages.server.ts'
import { useHref } from '#app/ui/i18n.tsx'

/** What was wrong with the countries asked for, in plain words, with the comparison probably meant. */
export function CompareProblem({ problem }: { problem: ComparisonProblem }) {
	const { t } = useTranslation('laws')
	const href = useHref()
	const values = 'values' in problem ? problem.values.join(', ') : ''
	const suggestion = 'suggestion' in problem ? problem.suggestion : null
	return (
		<div className={problem.problem === 'missing' ? 'notice' : 'notice notice--error'} role="status">
			<p>{t(`compare.problems.${problem.problem}`, { values })}</p>
			{suggestion && suggestion.length >= 2 ? (
				<p>
					<Link to={href(`/laws/compare?countries=${suggestion.join(',')}`)}>
						{t('compare.suggestion', { countries: suggestion.join(', ') })}
					</Link>
				</p>
			) : null}
		</div>
	)
}
