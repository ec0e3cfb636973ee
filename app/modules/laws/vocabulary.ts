/**
 * The words of legal harmonization: the elements a country's anti-trafficking law is read against,
 * element by element, and the values each may take. Shared by the schema, the rules, the import and
 * the pages, so kept free of drizzle and zod.
 */

/** How far a law provides for something. `unknown` is a value of its own: shown, never guessed. */
export const provisionValues = ['yes', 'partly', 'no', 'unknown'] as const
export type ProvisionValue = (typeof provisionValues)[number]

/** Rows of a framework, in the order the pages show them. */
export const elementGroups = ['acts', 'means', 'purposes', 'definition', 'penalties', 'protection', 'reach'] as const
export type ElementGroup = (typeof elementGroups)[number]

/** What one element holds: a yes/partly/no, a number of years (penalties) or of days (reflection period). */
export type ElementMeasure = 'provision' | 'years' | 'days'

const provision = (group: ElementGroup) => ({ group, measure: 'provision' as const })

/**
 * Every element, by group: the acts, means and purposes of Article 3(a) of the UN Trafficking in Persons
 * Protocol, consent and children (3(b), 3(c)), penalties, victim protection, and how far the law reaches.
 */
export const elements = {
	recruitment: provision('acts'),
	transportation: provision('acts'),
	transfer: provision('acts'),
	harbouring: provision('acts'),
	receipt: provision('acts'),
	threat: provision('means'),
	force: provision('means'),
	coercion: provision('means'),
	abduction: provision('means'),
	fraud: provision('means'),
	deception: provision('means'),
	'abuse-of-power': provision('means'),
	'abuse-of-vulnerability': provision('means'),
	payments: provision('means'),
	'sexual-exploitation': provision('purposes'),
	'forced-labour': provision('purposes'),
	slavery: provision('purposes'),
	servitude: provision('purposes'),
	'organ-removal': provision('purposes'),
	'forced-criminality': provision('purposes'),
	'forced-marriage': provision('purposes'),
	begging: provision('purposes'),
	'consent-irrelevant': provision('definition'),
	'child-without-means': provision('definition'),
	'basic-minimum': { group: 'penalties', measure: 'years' },
	'basic-maximum': { group: 'penalties', measure: 'years' },
	'aggravated-minimum': { group: 'penalties', measure: 'years' },
	'aggravated-maximum': { group: 'penalties', measure: 'years' },
	'aggravating-circumstances': provision('penalties'),
	'non-punishment': provision('protection'),
	'reflection-period': { group: 'protection', measure: 'days' },
	'residence-permit': provision('protection'),
	compensation: provision('protection'),
	'witness-protection': provision('protection'),
	'extraterritorial-jurisdiction': provision('reach'),
	'corporate-liability': provision('reach'),
	'referral-mechanism': provision('reach'),
	'national-rapporteur': provision('reach'),
} as const satisfies Record<string, { group: ElementGroup; measure: ElementMeasure }>

export type ElementId = keyof typeof elements
export const elementIds = Object.keys(elements) as [ElementId, ...ElementId[]]

export function elementsOf(group: ElementGroup): ElementId[] {
	return elementIds.filter((id) => elements[id].group === group)
}

/** Where a country stands with the Palermo Protocol (UN Treaty Collection's words). */
export const protocolStatuses = ['ratified', 'acceded', 'signed', 'not-party', 'unknown'] as const
export type ProtocolStatus = (typeof protocolStatuses)[number]

/** How one element compares with the reference model. */
export const alignments = ['aligned', 'partly', 'not-aligned', 'unknown'] as const
export type Alignment = (typeof alignments)[number]

/** Regions a country is filed under on the laws pages (the library's regions, without "global"). */
export const lawRegions = ['africa', 'americas', 'asia-pacific', 'europe', 'middle-east'] as const
export type LawRegion = (typeof lawRegions)[number]

export const agreementKinds = [
	'extradition',
	'mutual-legal-assistance',
	'referral-and-return',
	'joint-investigation',
	'regional-convention',
] as const
export type AgreementKind = (typeof agreementKinds)[number]

/** Two to six countries side by side: more would not fit a printed page. */
export const compareLimits = { fewest: 2, most: 6 } as const

/** A record whose last review is older than this carries a "may be out of date" notice. */
export const reviewedWithinMonths = 12

export const proposalStates = ['pending', 'approved', 'returned', 'withdrawn'] as const
export type ProposalState = (typeof proposalStates)[number]
