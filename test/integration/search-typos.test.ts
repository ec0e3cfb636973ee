import { beforeAll, expect, test } from 'vitest'
import { writeTransaction } from '#app/db/client.server.ts'
import { type DocumentFacts, saveDocumentFacts, submitForReview } from '#app/modules/library/drafts.server.ts'
import { publishSubmission } from '#app/modules/library/review.server.ts'
import { replaceItemEntries } from '#app/modules/search/entries.server.ts'
import { searchAtlas } from '#app/modules/search/search.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { createActor } from '#test/factories.ts'
import { createPublishedDocument } from '#test/library-factories.ts'

/**
 * Forgiving as Meilisearch is: one typo in a word of five letters or more, two from nine, find what the
 * correct spelling finds; a query that still finds nothing offers the closest query that does. Never a
 * word, a count or a suggestion from a document above the reader's tier.
 */

type Published = Awaited<ReturnType<typeof createPublishedDocument>>
const keyOf = (document: Published) => `document:${document.id}`
const keysOf = (...documents: Published[]) => documents.map(keyOf).sort()

const spanish: Record<string, Published> = {}
const french: Record<string, Published> = {}
const arabic: Record<string, Published> = {}

const inSpanish = (title: string, summary: string) => createPublishedDocument({ texts: { es: { title, summary } } })
const inFrench = (title: string, summary: string) => createPublishedDocument({ texts: { fr: { title, summary } } })
const inArabic = (title: string, summary: string) => createPublishedDocument({ texts: { ar: { title, summary } } })

beforeAll(async () => {
	spanish.fields = await inSpanish(
		'Explotación laboral en la agricultura',
		'Cómo detectar la explotación laboral de temporeros en el campo.',
	)
	spanish.workshops = await inSpanish(
		'Guía contra la explotación laboral en talleres',
		'Señales de explotación laboral en la confección.',
	)
	spanish.online = await inSpanish('Explotación sexual en línea', 'Captación de víctimas por redes sociales.')
	spanish.inspection = await inSpanish('Inspección laboral en obras', 'Visitas de inspección a obras de construcción.')
	spanish.domestic = await inSpanish('Trabajo forzado en el servicio doméstico', 'Casos de trabajo forzado en hogares.')
	spanish.mines = await inSpanish('Trabajo infantil en minas', 'Niños que trabajan en la minería.')
	spanish.borders = await inSpanish('Trata de personas en fronteras', 'Rutas de trata hacia el norte.')
	spanish.visas = await inSpanish('Fraude de visa en consulados', 'Visados falsos y citas vendidas.')
	spanish.life = await inSpanish('Proyecto de vida tras la trata', 'Acompañar la vida independiente.')
	french.kitchens = await inFrench(
		'Exploitation par le travail dans la restauration',
		'Repérer l’exploitation des salariés en cuisine.',
	)
	french.recruiters = await inFrench(
		'Recrutement frauduleux à l’étranger',
		'Les agences de recrutement qui trompent les candidats.',
	)
	french.placement = await inFrench('Enquête sur une agence de placement', 'Des offres d’emploi trompeuses.')
	arabic.builders = await inArabic('استغلال العمال المهاجرين في البناء', 'دليل لكشف استغلال المهاجرين في مواقع البناء.')
	arabic.begging = await inArabic('استغلال الأطفال في التسول', 'حماية الأطفال من الاستغلال في الشوارع.')
	arabic.rights = await inArabic('حقوق العمال المهاجرين', 'ما يحق للمهاجرين في أماكن العمل.')
})

const ask = (actor: Actor | null, language: Language, query: string) =>
	searchAtlas(actor, language, { query, filters: {}, sort: 'relevance', page: 1 })

/** The items a query finds, as a reader tells them apart: how many, which, and where each one leads. */
async function found(actor: Actor | null, language: Language, query: string) {
	const results = await ask(actor, language, query)
	return {
		total: results.total,
		keys: results.hits.map((hit) => hit.itemKey).sort(),
		paths: results.hits.map((hit) => hit.path).sort(),
	}
}

async function expectSameAs(language: Language, correct: string, typos: string[], documents: Published[]) {
	const expected = await found(null, language, correct)
	expect({ correct, keys: expected.keys }).toEqual({ correct, keys: keysOf(...documents) })
	for (const typo of typos) expect({ typo, ...(await found(null, language, typo)) }).toEqual({ typo, ...expected })
}

test('Spanish: a typo in a word of five letters or more, two from nine letters, finds what the correct spelling finds', async () => {
	await expectSameAs(
		'es',
		'explotación laboral',
		['explotasion laboral', 'explotacion laborl', 'esplotasion laboral'],
		[spanish.fields!, spanish.workshops!],
	)
	await expectSameAs('es', 'trabajo forzado', ['trabajo forsado', 'trabajo forzdo'], [spanish.domestic!])
	// Five letters is the shortest word forgiven.
	await expectSameAs('es', 'trata', ['trsta'], [spanish.borders!, spanish.life!])
})

test('French: a dropped letter in a long word finds what the correct spelling finds', async () => {
	await expectSameAs('fr', 'exploitation', ['exploitaton', 'exploitatoin'], [french.kitchens!])
	await expectSameAs('fr', 'recrutement', ['recrutment'], [french.recruiters!])
	await expectSameAs(
		'fr',
		'recrutement frauduleux',
		['recrutment frauduleux', 'recrutement fraudulex'],
		[french.recruiters!],
	)
})

test('Arabic: a letter dropped or changed in a word of five letters or more finds what the correct spelling finds', async () => {
	// "الاستغلال" (exploitation) with an alef dropped; "المهاجرين" (migrants) with its yaa written as baa.
	await expectSameAs('ar', 'الاستغلال', ['الاستغلل', 'استغلل'], [arabic.builders!, arabic.begging!])
	await expectSameAs('ar', 'استغلال المهاجرين', ['استغلل المهاجرين', 'استغلال المهاجربن'], [arabic.builders!])
})

test('words under five letters are not corrected: a changed letter finds nothing, or only the word it spells', async () => {
	expect((await found(null, 'es', 'visa')).keys).toEqual(keysOf(spanish.visas!))
	expect((await found(null, 'es', 'vida')).keys).toEqual(keysOf(spanish.life!))
	for (const typo of ['vusa', 'visq', 'vods']) {
		expect({ typo, ...(await found(null, 'es', typo)) }).toEqual({ typo, total: 0, keys: [], paths: [] })
	}
})

/** Someone who may read every tier and edits documents, and a second one who publishes the edit. */
async function raiseToLawEnforcement(document: Published) {
	const author = await createActor({ roles: ['officer', 'trainer'] })
	const reviewer = await createActor({ roles: ['officer', 'legal_expert'] })
	const { type, topics, countries, regions, audience, publishedOn, sources } = document.document
	const facts: DocumentFacts = {
		type,
		topics,
		countries,
		regions,
		audience,
		publishedOn,
		sources,
		tier: 'law-enforcement',
	}
	expect(saveDocumentFacts(author, document.id, facts)).toEqual({ ok: true })
	expect(submitForReview(author, document.id)).toEqual({ ok: true })
	expect(publishSubmission(reviewer, document.id)).toEqual({ ok: true })
}

test('a typo never reveals a document above the reader’s tier: no hit, no count, no facet, no suggestion', async () => {
	const member = await createActor({ roles: ['ngo_member'] })
	const officer = await createActor({ roles: ['officer'] })
	const checklist = await createPublishedDocument({
		tier: 'law-enforcement',
		topics: ['online-exploitation'],
		texts: { en: { title: 'Zephyrine undercover checklist', summary: 'Restricted steps for zephyrine operations.' } },
	})
	const shelters = await createPublishedDocument({
		tier: 'members',
		topics: ['victim-support'],
		texts: { en: { title: 'Halvardine shelter network', summary: 'Where the Halvardine shelters are.' } },
	})
	// Public first, then raised: its words were once readable by everyone.
	const relay = await createPublishedDocument({
		texts: { en: { title: 'Quorvantis relay station', summary: 'Checks at the Quorvantis relay.' } },
	})
	await raiseToLawEnforcement(relay)

	const expectNothing = async (actor: Actor | null, query: string) => {
		const results = await ask(actor, 'en', query)
		const reader = actor ? actor.roles.join() : 'visitor'
		expect({ reader, query, ...results, facets: Object.values(results.facets).flat() }).toMatchObject({
			reader,
			query,
			total: 0,
			hits: [],
			facets: [],
			suggestion: null,
		})
	}
	for (const reader of [null, member]) {
		for (const query of [
			'zephyrime',
			'zephyrine',
			'sephyrine',
			'sephyrine checklist',
			'quorvantys',
			'quorvantis',
			'vuorvantis',
		])
			await expectNothing(reader, query)
	}
	for (const query of ['halvardyne', 'halvardine', 'calvardine']) await expectNothing(null, query)

	expect(await found(member, 'en', 'halvardyne')).toMatchObject({ total: 1, keys: keysOf(shelters) })
	expect(await found(officer, 'en', 'zephyrime')).toMatchObject({ total: 1, keys: keysOf(checklist) })
	expect(await found(officer, 'en', 'quorvantys')).toMatchObject({ total: 1, keys: keysOf(relay) })
	// The officer, who may read them, is offered the words the others were not.
	expect(await ask(officer, 'en', 'sephyrine')).toMatchObject({ total: 0, suggestion: 'zephyrine' })
	expect(await ask(officer, 'en', 'vuorvantis')).toMatchObject({ total: 0, suggestion: 'quorvantis' })
	expect(await ask(member, 'en', 'calvardine')).toMatchObject({ total: 0, suggestion: 'halvardine' })
})

test('did you mean: a query that finds nothing, even forgiving typos, offers the closest query that does; one that finds something offers none', async () => {
	// A typo in a word's first letter, or in a word under five letters, is not forgiven by the search itself.
	for (const [query, suggestion, finds] of [
		['trabajo gorzado', 'trabajo forzado', keysOf(spanish.domestic!)],
		['explotación kaboral', 'explotacion laboral', keysOf(spanish.fields!, spanish.workshops!)],
		['vusa', 'visa', keysOf(spanish.visas!)],
	] as const) {
		expect({ query, ...(await ask(null, 'es', query)) }).toMatchObject({ query, total: 0, hits: [], suggestion })
		expect({ suggestion, keys: (await found(null, 'es', suggestion)).keys }).toEqual({ suggestion, keys: finds })
	}
	for (const query of ['trabajo forzado', 'trabajo forsado', 'explotacion laboral', ''])
		expect({ query, ...(await ask(null, 'es', query)) }).toMatchObject({ query, suggestion: null })

	// A word whose document has left search is never suggested: the suggestion would find nothing.
	const ferry = await createPublishedDocument({
		texts: { en: { title: 'Pellucidar ferry checks', summary: 'Checks on the Pellucidar ferry.' } },
	})
	expect((await found(null, 'en', 'pellucidor')).keys).toEqual(keysOf(ferry))
	writeTransaction((tx) => replaceItemEntries(tx, keyOf(ferry), []))
	for (const query of ['pellucidar', 'pellucidor', 'bellucidar'])
		expect({ query, ...(await ask(null, 'en', query)) }).toMatchObject({ query, total: 0, hits: [], suggestion: null })
})
