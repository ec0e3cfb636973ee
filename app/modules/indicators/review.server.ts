import { type Db, getDb } from '#app/db/client.server.ts'
import { type DashboardView, dashboardView, type ViewRequest } from './dashboard.server.ts'
import { lastQuarter } from './months.ts'

/** A review meeting looks back on the quarter just ended, unless it asks for another quarter or a year. */
export const reviewPeriodByDefault = (now: Date) => lastQuarter(now)

/**
 * Every indicator for the quarter or year, with its target met, missed or not yet: the dashboard's figures without
 * the trends, laid out for printing.
 */
export function reviewView(request: ViewRequest, db: Db = getDb()) {
	return dashboardView(request, { view: 'review' }, db)
}

export type ReviewView = DashboardView
