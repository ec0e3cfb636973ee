/** The words of the events area. Free of drizzle and zod so schema files and pages can share them. */
export const eventKinds = [
	'training-workshop',
	'seminar',
	'conference',
	'regional-forum',
	'webinar',
	'joint-exercise',
] as const
export type EventKind = (typeof eventKinds)[number]

/** Where people meet: a venue, a joining link, or both. */
export const eventFormats = ['in-person', 'online', 'hybrid'] as const
export type EventFormat = (typeof eventFormats)[number]

export const eventStatuses = ['scheduled', 'cancelled'] as const
export type EventStatus = (typeof eventStatuses)[number]

/** A cancelled registration is kept (with its answers removed) so the waiting list's order and the history stay true. */
export const registrationStatuses = ['registered', 'waitlisted', 'cancelled'] as const
export type RegistrationStatus = (typeof registrationStatuses)[number]

/**
 * Questions Atlas asks in the reader's own language when an organiser ticks them; an organiser's own
 * questions are shown as written.
 */
export const standardQuestions = ['interpretation', 'accessibility', 'dietary'] as const
export type StandardQuestion = (typeof standardQuestions)[number]

/** How many custom questions and agenda sessions a form offers at once; saving offers more rows. */
export const maxCustomQuestions = 5
export const maxAgendaSessions = 40
export const maxCapacity = 10_000

export const eventsPageSize = 20
/** Organisers mark attendance a page at a time. */
export const registrantsPageSize = 100

/** The reminder written into every calendar entry, and the reminder email's lead time. */
export const calendarAlarmMinutes = 60
export const reminderHoursBefore = 24
