/** The words of awareness campaigns. Free of drizzle and zod so schema files and pages can share them. */

export const campaignAudiences = [
	'job-seekers',
	'travellers',
	'employers',
	'students',
	'health-workers',
	'teachers',
	'parents',
	'migrant-workers',
	'general-public',
] as const
export type CampaignAudience = (typeof campaignAudiences)[number]

export const campaignStatuses = ['draft', 'published', 'withdrawn'] as const
export type CampaignStatus = (typeof campaignStatuses)[number]

/** The pieces of a campaign's material kit; each is a file in one language. */
export const materialKinds = ['poster', 'social-card', 'radio-script', 'leaflet'] as const
export type MaterialKind = (typeof materialKinds)[number]

/** Reach partners report themselves, with a source: Atlas counts only its own page views and downloads. */
export const reportedReachKinds = [
	'broadcast-audience',
	'leaflets-handed-out',
	'event-attendees',
	'social-media',
	'other',
] as const
export type ReportedReachKind = (typeof reportedReachKinds)[number]

export const campaignsPageSize = 20
export const maxCampaignPartners = 30
export const maxKitFiles = 60

/** A kit file may be as large as a library attachment: posters for print are big. */
export const maxKitFileBytes = 20 * 1024 * 1024
/** Self-reported reach above this is a typing mistake, not an audience. */
export const maxReportedAmount = 100_000_000
export const maxReportedSource = 500
/** Rows of the reach table: months × (target countries + none) stays far below this. */
export const maxReachRows = 600
