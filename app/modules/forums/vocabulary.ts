/** The words of the forums area. Free of drizzle and zod so schema files and pages can share them. */

/** Categories by topic, by region, and a cohort's own. */
export const categoryKinds = ['topic', 'region', 'cohort'] as const
export type CategoryKind = (typeof categoryKinds)[number]

export const threadStates = ['open', 'locked'] as const
export type ThreadState = (typeof threadStates)[number]

/**
 * A post is published, held (it looks like it holds personal data: only its author sees it until they remove it
 * or confirm), or hidden by a moderator (the thread shows that it was, and why).
 */
export const postStates = ['published', 'held', 'hidden'] as const
export type PostState = (typeof postStates)[number]

/** What a reader may report a post for. */
export const reportReasons = ['personal-data', 'abusive', 'off-topic', 'spam', 'other'] as const
export type ReportReason = (typeof reportReasons)[number]

export const moderationActions = ['hide', 'restore', 'lock', 'unlock', 'move', 'suspend', 'trust', 'dismiss'] as const
export type ModerationAction = (typeof moderationActions)[number]

export const threadsPageSize = 25
export const postsPageSize = 30
export const reportsPageSize = 20
export const maxTitleLength = 200
/** Subscribers get one digest a day, at this hour of their own clock. */
export const digestHour = 18
