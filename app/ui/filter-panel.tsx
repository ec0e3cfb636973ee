import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A list's filters folded behind one control that says how many are chosen, so on a phone the results come
 * first. A plain `<details>`, so it opens without JavaScript (survivors' pages have none); from 48rem up the
 * stylesheet hides the control and shows the filters beside or above the results.
 */
export function FilterPanel({ chosen, children }: { chosen: number; children: ReactNode }) {
	const { t } = useTranslation('common')
	return (
		<details className="filter-panel">
			<summary>{t('filterPanel.summary', { count: chosen })}</summary>
			{children}
		</details>
	)
}

/** How many filters narrow a list: values set and boxes ticked. The page number is where one is, not a filter. */
export function chosenFilters(filters: Record<string, unknown>) {
	return Object.entries(filters).filter(
		([name, value]) => name !== 'page' && value !== undefined && value !== null && value !== false && value !== '',
	).length
}
