import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { type Catalogue, readCatalogue, readCatalogueAhead } from '#app/modules/search/catalogue.server.ts'
import { publish } from '#test/search-ledger.ts'

const start = (catalogue: Catalogue, slot: number) => catalogue.columns.codeStart[slot]!
const end = (catalogue: Catalogue, slot: number) => start(catalogue, slot) + catalogue.columns.codeCount[slot]!

/** What a search reads of a catalogue, by item: slots may be numbered differently, nothing else may differ. */
function contents(catalogue: Catalogue) {
	return catalogue.byDate.map((item) => ({
		key: item.key,
		publishedOn: item.publishedOn,
		entries: item.entries.map((id) => ({ id, language: catalogue.entryLanguage[id] })),
		facts: {
			kind: catalogue.columns.kind[item.slot],
			tier: catalogue.columns.tier[item.slot],
			languages: catalogue.columns.languageBits[item.slot],
			facets: [...catalogue.columns.codes.subarray(start(catalogue, item.slot), end(catalogue, item.slot))].map(
				(code) => catalogue.columns.facetCodes.values[code],
			),
		},
	}))
}

test('the catalogue read ahead in slices, with items cut at a slice’s end, holds exactly what one whole read holds', async () => {
	for (const [index, languages] of [['en'], ['en', 'fr', 'es'], ['fr', 'ar'], ['en', 'fr', 'es', 'ar']].entries()) {
		await publish({
			type: 'guideline',
			topics: ['identification'],
			countries: [(['ES', 'FR', 'MA', 'NG'] as const)[index]!],
			publishedOn: `2024-0${index + 1}-01`,
			texts: Object.fromEntries(
				languages.map((language) => [language, { title: `Quorvane slice ${index} ${language}`, summary: 'Slices.' }]),
			),
		})
	}
	const client = getDb().$client
	const whole = readCatalogue(client)
	expect(whole.items.size).toBeGreaterThanOrEqual(4)
	// Slices of 2 and 3 entries end inside items of 3 and 4 languages.
	for (const sliceRows of [2, 3, 5_000]) {
		const ahead = await readCatalogueAhead(client, sliceRows)
		expect(ahead.seen).toBe(whole.seen)
		expect(contents(ahead)).toEqual(contents(whole))
	}
})
