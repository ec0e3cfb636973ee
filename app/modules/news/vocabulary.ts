/** The words of news and success stories. Free of drizzle and zod so schema files and pages can share them. */

export const storyKinds = ['news', 'success-story'] as const
export type StoryKind = (typeof storyKinds)[number]

/** Reviewed before publishing, like library documents: a draft is submitted, a reviewer publishes or returns it. */
export const storyStates = ['draft', 'submitted', 'published', 'withdrawn'] as const
export type StoryState = (typeof storyStates)[number]

export const newsPageSize = 20
/** How many stories a language's Atom feed carries, newest first. */
export const feedSize = 30
/** Writers' submissions waiting for a reviewer, oldest first, a page at a time. */
export const reviewPageSize = 20

/** The longest story words a form takes; a body past the forum writer's limit would be shown as plain text. */
export const storyLimits = {
	title: 200,
	summary: 600,
	body: 20_000,
	consentReference: 200,
	reviewNote: 2000,
} as const
