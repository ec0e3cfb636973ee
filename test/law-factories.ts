import { writeTransaction } from '#app/db/client.server.ts'
import { type ElementEntry, type Framework } from '#app/modules/laws/framework.ts'
import { publishFramework } from '#app/modules/laws/store.server.ts'
import { type ElementId, type LawRegion } from '#app/modules/laws/vocabulary.ts'

export const instrument = {
	id: 'penal-code',
	name: 'Penal Code',
	language: 'en',
	year: 2010,
	articles: 'Articles 1 to 9',
	url: 'https://legislation.example/penal-code',
}

export function cited(value: ElementEntry['value'], article = 'Art. 1'): ElementEntry {
	return {
		value,
		citation: value === 'unknown' ? null : { instrument: instrument.id, article },
		quote: null,
		note: '',
		asOf: '2026-01-01',
		reviewedBy: null,
		reviewedOn: null,
	}
}

/** A country's published framework (one instrument, the given elements), as an import would leave it. */
export function createFramework(
	country: string,
	elements: Partial<Record<ElementId, ElementEntry>> = {},
	options: { region?: LawRegion; now?: Date } = {},
) {
	const framework: Framework = {
		instruments: [instrument],
		protocol: { status: 'ratified', signedOn: null, joinedOn: null, source: null, asOf: '2026-01-01' },
		elements,
	}
	writeTransaction((tx) =>
		publishFramework(
			tx,
			country,
			{ framework, changes: [], authorId: null, reviewerId: null, region: options.region ?? 'europe' },
			options.now,
		),
	)
	return framework
}
