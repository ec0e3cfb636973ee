/**
 * How large the scale dataset is (issue 22). The people, organisations, courses, learning and certificates come
 * from the issue-21 generator, which sizes them from the number of users; the rest is sized here. `quick` is a
 * tenth of `full`, for a first look; the laws are one framework per country at any size.
 */
export const scaleSizes = {
	full: { users: 100_000, documents: 100_000, events: 5_000, threads: 50_000, programmes: 3_000, agreements: 120 },
	quick: { users: 10_000, documents: 10_000, events: 500, threads: 5_000, programmes: 300, agreements: 120 },
}
export type ScaleSize = keyof typeof scaleSizes
export type ScaleSizes = (typeof scaleSizes)[ScaleSize]

export const isScaleSize = (value: string): value is ScaleSize => Object.hasOwn(scaleSizes, value)

/** What the issue asks for at the full size, to print beside what was made. */
export const issueTargets: Record<string, number> = {
	users: 100_000,
	organisations: 2_000,
	courses: 500,
	lessons: 5_000,
	lesson_completions: 1_000_000,
	quiz_attempts: 200_000,
	certificates: 150_000,
	library_documents: 100_000,
	events: 5_000,
	event_registrations: 200_000,
	forum_threads: 50_000,
	forum_posts: 500_000,
	programmes: 3_000,
}

/**
 * Each part draws from its own random streams, apart from the issue-21 generator's (1 to 6) and the library's
 * (seeded by item number alone), so adding a part never changes another's rows.
 */
export const scaleStreams = {
	course: 11,
	quiz: 12,
	event: 13,
	forum: 14,
	post: 15,
	programme: 16,
	law: 17,
	agreement: 18,
	document: 19,
} as const
