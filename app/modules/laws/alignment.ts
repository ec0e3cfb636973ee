import { type ElementEntry, type Framework } from './framework.ts'
import { type Alignment, type ElementId, elementIds } from './vocabulary.ts'

/**
 * The reference model: what Article 3 of the UN Trafficking in Persons Protocol and the mandatory
 * provisions of the Organized Crime Convention it supplements (as the UNODC Model Law against
 * Trafficking in Persons marks them mandatory) ask of every State Party. Elements that the treaties
 * leave to each State (non-punishment, a reflection period, a residence permit, a referral mechanism,
 * a national rapporteur, jurisdiction over offences abroad, purposes beyond the Protocol's minimum,
 * minimum and aggravated penalties) are recorded and compared, but not scored: the summary says so.
 */
type Requirement =
	/** The law must provide for it: yes is aligned, partly is partly, no is not aligned. */
	| { kind: 'provided'; source: string }
	/** A maximum penalty of at least this many years. */
	| { kind: 'at-least-years'; years: number; source: string }

export const referenceModel: Partial<Record<ElementId, Requirement>> = {
	recruitment: { kind: 'provided', source: 'protocol-3a' },
	transportation: { kind: 'provided', source: 'protocol-3a' },
	transfer: { kind: 'provided', source: 'protocol-3a' },
	harbouring: { kind: 'provided', source: 'protocol-3a' },
	receipt: { kind: 'provided', source: 'protocol-3a' },
	threat: { kind: 'provided', source: 'protocol-3a' },
	force: { kind: 'provided', source: 'protocol-3a' },
	coercion: { kind: 'provided', source: 'protocol-3a' },
	abduction: { kind: 'provided', source: 'protocol-3a' },
	fraud: { kind: 'provided', source: 'protocol-3a' },
	deception: { kind: 'provided', source: 'protocol-3a' },
	'abuse-of-power': { kind: 'provided', source: 'protocol-3a' },
	'abuse-of-vulnerability': { kind: 'provided', source: 'protocol-3a' },
	payments: { kind: 'provided', source: 'protocol-3a' },
	'sexual-exploitation': { kind: 'provided', source: 'protocol-3a' },
	'forced-labour': { kind: 'provided', source: 'protocol-3a' },
	slavery: { kind: 'provided', source: 'protocol-3a' },
	servitude: { kind: 'provided', source: 'protocol-3a' },
	'organ-removal': { kind: 'provided', source: 'protocol-3a' },
	'consent-irrelevant': { kind: 'provided', source: 'protocol-3b' },
	'child-without-means': { kind: 'provided', source: 'protocol-3c' },
	// A "serious crime" of the Convention (Article 2(b)) carries a maximum of at least four years.
	'basic-maximum': { kind: 'at-least-years', years: 4, source: 'convention-2b' },
	compensation: { kind: 'provided', source: 'protocol-6-6' },
	'witness-protection': { kind: 'provided', source: 'convention-24' },
	'corporate-liability': { kind: 'provided', source: 'convention-10' },
}

export const assessedElements = elementIds.filter((id) => referenceModel[id])
export const describedOnlyElements = elementIds.filter((id) => !referenceModel[id])

export function isAssessed(id: ElementId) {
	return referenceModel[id] !== undefined
}

/** How one recorded value compares with the reference; null for an element the model does not score. */
export function alignmentOf(id: ElementId, entry: ElementEntry | undefined): Alignment | null {
	const requirement = referenceModel[id]
	if (!requirement) return null
	const value = entry?.value ?? 'unknown'
	if (value === 'unknown') return 'unknown'
	if (requirement.kind === 'at-least-years') {
		if (typeof value !== 'number') return 'unknown'
		return value >= requirement.years ? 'aligned' : 'not-aligned'
	}
	if (value === 'yes') return 'aligned'
	if (value === 'partly') return 'partly'
	if (value === 'no') return 'not-aligned'
	return 'unknown'
}

export type AlignmentProfile = {
	elements: Partial<Record<ElementId, Alignment>>
	counts: Record<Alignment, number>
	/** How many elements the model scores; the counts add up to it. */
	assessed: number
}

export function alignmentProfile(framework: Framework): AlignmentProfile {
	const counts: Record<Alignment, number> = { aligned: 0, partly: 0, 'not-aligned': 0, unknown: 0 }
	const profile: Partial<Record<ElementId, Alignment>> = {}
	for (const id of assessedElements) {
		const alignment = alignmentOf(id, framework.elements[id])!
		profile[id] = alignment
		counts[alignment]++
	}
	return { elements: profile, counts, assessed: assessedElements.length }
}
