/**
 * The scale dataset's events: the issue-21 generator plans them (when, where, what kind, who registers); here each
 * gets a title and description in one or two languages, a venue or a joining link, an audience, a capacity that
 * suits the many smaller workshops and webinars, and the organisations that run it.
 */
import type Database from 'better-sqlite3'
import { eventOrganisers } from '#app/db/schema/index.ts'
import { type AccessTier } from '#app/modules/library/vocabulary.ts'
import { type DressedEvent, inBatches, insertInto } from '../bench/indicators-writers.ts'
import { type PlannedEvent } from '../bench/indicators-events.ts'
import { idOf } from '../bench/indicators-world.ts'
import { libraryFacets, translationTargets } from '../bench/library-facets.ts'
import { nameOf } from '../bench/library-text.ts'
import { between, chance, pick, randomStream, WeightedValues } from '../bench/random.ts'
import { scaleStreams } from './sizes.ts'
import { inEach, type Texts } from './text.ts'

const audiences = new WeightedValues<AccessTier>([
	['public', 40],
	['members', 35],
	['law-enforcement', 25],
])

export function dressEvent(texts: Texts, seed: number, event: PlannedEvent, index: number): DressedEvent {
	const random = randomStream(seed, scaleStreams.event, index)
	const source = libraryFacets.languages.draw(random)
	const languages = [source, ...(chance(random, 0.35) ? translationTargets(random, source).slice(0, 1) : [])]
	const names = texts.names(random, between(random, 1, 2))
	const title = texts.line(random, 4, 9, names)
	const description = Array.from({ length: between(random, 1, 3) }, () => texts.paragraph(random, 25, 60, names))
	const online = event.format !== 'in-person'
	return {
		// Smaller than the generator's 20 to 200 places: most events are workshops and webinars of a few dozen.
		event: { ...event, capacity: Math.max(10, Math.round(event.capacity / 2)) },
		texts: inEach(languages, (language) => {
			const write = texts.in(language)
			return { title: write.line(title), description: description.map(write.paragraph).join('\n\n') }
		}),
		workingLanguages: languages,
		city: event.country ? nameOf(texts.names(random, 1)[0]!, false) : null,
		joiningLink: online ? `https://meet.scale.example/${event.slug}` : null,
		audience: audiences.draw(random),
	}
}

/** One to three organisations run each event, most of them from the country it is held in. */
export function writeEventOrganisers(sqlite: Database.Database, seed: number, count: number) {
	const organisations = sqlite.prepare('SELECT id, country FROM organisations ORDER BY rowid').all() as {
		id: string
		country: string
	}[]
	const byCountry = new Map<string, typeof organisations>()
	for (const organisation of organisations)
		byCountry.set(organisation.country, [...(byCountry.get(organisation.country) ?? []), organisation])
	const eventCountry = sqlite.prepare('SELECT country FROM events WHERE id = ?').pluck()
	const insert = insertInto(sqlite, eventOrganisers, ['eventId', 'organisationId'])
	let written = 0
	inBatches(sqlite, count, 500, (index) => {
		const random = randomStream(seed, scaleStreams.event, index, 1)
		const eventId = idOf(seed, 'event', index)
		const local = byCountry.get(eventCountry.get(eventId) as string) ?? organisations
		const chosen = new Set([pick(random, local).id])
		for (let more = chance(random, 0.3) ? between(random, 1, 2) : 0; more > 0; more--)
			chosen.add(pick(random, organisations).id)
		for (const organisationId of chosen) insert({ eventId, organisationId })
		written += chosen.size
	})
	return written
}
