import { eq, inArray } from 'drizzle-orm'
import { getDb } from '#app/db/client.server.ts'
import { cohorts, events, organisations, users } from '#app/db/schema/index.ts'
import { getAccountUser } from '#app/modules/accounts/users.server.ts'
import { type EventInput, saveEvent } from '#app/modules/events/organising.server.ts'
import { zonedDay, zonedTimeToUtc } from '#app/platform/zoned-time.ts'
import { demoOrganisations } from './demo-accounts.ts'

const dayMs = 24 * 60 * 60 * 1000

/** The wall-clock time `hour` on the day `days` from now, where the event is held. */
function at(now: Date, days: number, hour: string, timeZone: string) {
	return zonedTimeToUtc(`${zonedDay(new Date(now.getTime() + days * dayMs), timeZone)}T${hour}`, timeZone)!
}

type DemoEvent = Omit<EventInput, 'startsAt' | 'endsAt' | 'registrationOpensAt' | 'registrationClosesAt'> & {
	day: number
	from: string
	to: string
	lastDay?: number
}

function demoEvents(organisationIds: Record<string, string>, contactEmail: string, cohortId: string | null) {
	const common = { contactEmail, cohortId: null, joiningLink: null, agenda: [], questions: [] }
	const list: DemoEvent[] = [
		{
			...common,
			kind: 'regional-forum',
			texts: {
				en: {
					title: 'Sample regional forum: West Africa and Europe working together',
					description:
						'A sample event for trying Atlas. Police, prosecutors and NGOs from both regions compare how they identify victims along the migration routes, and agree on whom to call across the border.\n\nInterpretation between English and French is provided.',
				},
				fr: {
					title: 'Forum régional (exemple) : l’Afrique de l’Ouest et l’Europe ensemble',
					description:
						'Un événement d’exemple pour essayer Atlas. Polices, parquets et ONG des deux régions comparent leur manière d’identifier les victimes le long des routes migratoires, et conviennent des contacts de part et d’autre de la frontière.\n\nUne interprétation entre l’anglais et le français est assurée.',
				},
			},
			sourceLanguage: 'en',
			timeZone: 'Europe/Vienna',
			day: 21,
			lastDay: 22,
			from: '09:00',
			to: '17:00',
			format: 'hybrid',
			city: 'Vienna',
			country: 'AT',
			joiningLink: 'https://meet.example/sample-regional-forum',
			workingLanguages: ['en', 'fr'],
			interpretation: ['en', 'fr'],
			audience: 'public',
			capacity: 40,
			questions: [
				{ id: 'interpretation', standard: true },
				{ id: 'accessibility', standard: true },
			],
			organisationIds: [
				organisationIds['int-secretariat']!,
				organisationIds['ng-agency']!,
				organisationIds['es-academy']!,
			],
		},
		{
			...common,
			kind: 'webinar',
			texts: {
				en: {
					title: 'Sample webinar: following the money in trafficking cases',
					description: 'A sample event for trying Atlas: financial investigators explain how they trace payments.',
				},
				es: {
					title: 'Seminario web de ejemplo: seguir el dinero en los casos de trata',
					description:
						'Un evento de ejemplo para probar Atlas: investigadores financieros explican cómo rastrean los pagos.',
				},
			},
			sourceLanguage: 'en',
			timeZone: 'Africa/Lagos',
			day: 10,
			from: '14:00',
			to: '15:30',
			format: 'online',
			city: null,
			country: null,
			joiningLink: 'https://meet.example/sample-webinar',
			workingLanguages: ['en', 'es'],
			interpretation: [],
			audience: 'members',
			capacity: 100,
			organisationIds: [organisationIds['ng-agency']!, organisationIds['es-academy']!],
		},
		{
			...common,
			kind: 'joint-exercise',
			texts: {
				en: {
					title: 'Sample joint exercise at a land border',
					description: 'A sample event for trying Atlas, open to law-enforcement officers only.',
				},
			},
			sourceLanguage: 'en',
			timeZone: 'Europe/Bucharest',
			day: 42,
			from: '08:00',
			to: '18:00',
			format: 'in-person',
			city: 'Oradea',
			country: 'RO',
			workingLanguages: ['en', 'ro'],
			interpretation: [],
			audience: 'law-enforcement',
			capacity: 12,
			organisationIds: [organisationIds['ro-agency']!, organisationIds['es-academy']!],
		},
		{
			...common,
			kind: 'seminar',
			texts: {
				es: {
					title: 'Seminario de ejemplo sobre la identificación de víctimas',
					description: 'Un evento de ejemplo ya celebrado, para probar la lista de eventos pasados.',
				},
			},
			sourceLanguage: 'es',
			timeZone: 'Europe/Madrid',
			day: -60,
			from: '10:00',
			to: '13:00',
			format: 'in-person',
			city: 'Madrid',
			country: 'ES',
			workingLanguages: ['es'],
			interpretation: [],
			audience: 'public',
			capacity: 30,
			organisationIds: [organisationIds['es-academy']!],
		},
	]
	if (cohortId)
		list.push({
			...common,
			kind: 'webinar',
			texts: {
				en: {
					title: 'Sample live session of the joint cohort',
					description: 'A sample live session for the participants of the sample cohort.',
				},
			},
			sourceLanguage: 'en',
			timeZone: 'Europe/Paris',
			day: 20,
			from: '10:00',
			to: '12:00',
			format: 'online',
			city: null,
			country: null,
			joiningLink: 'https://meet.example/sample-cohort-session',
			workingLanguages: ['en', 'fr', 'es'],
			interpretation: [],
			audience: 'members',
			capacity: 30,
			organisationIds: [organisationIds['es-academy']!],
			cohortId,
		})
	return list
}

/**
 * Sample events around today (upcoming, full-week, past, and a session of the sample cohort), organised by the
 * demo trainer's academy with partners, so the events journeys can be tried at once. Only into an empty events table.
 */
export function seedDemoEvents(now = new Date()) {
	const db = getDb()
	if (db.select({ id: events.id }).from(events).limit(1).get()) return 0
	const trainerRow = db.select({ id: users.id }).from(users).where(eq(users.email, 'trainer@atlas.example')).get()
	const trainer = trainerRow ? getAccountUser(trainerRow.id) : null
	if (!trainer) return 0
	const rows = db
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(
			inArray(
				organisations.name,
				demoOrganisations.map((organisation) => organisation.name),
			),
		)
		.all()
	const organisationIds = Object.fromEntries(
		demoOrganisations.map((organisation) => [
			organisation.key,
			rows.find((row) => row.name === organisation.name)?.id ?? '',
		]),
	)
	const cohort = db.select({ id: cohorts.id }).from(cohorts).limit(1).get()
	let added = 0
	for (const { day, lastDay, from, to, ...event } of demoEvents(organisationIds, trainer.email, cohort?.id ?? null)) {
		const startsAt = at(now, day, from, event.timeZone)
		const endsAt = at(now, lastDay ?? day, to, event.timeZone)
		const input: EventInput = {
			...event,
			startsAt,
			endsAt,
			registrationOpensAt: new Date(Math.min(now.getTime(), startsAt.getTime()) - 30 * dayMs),
			registrationClosesAt: new Date(startsAt.getTime() - 60 * 60 * 1000),
		}
		// The past seminar was saved when it was still to come.
		const savedAt = startsAt < now ? new Date(startsAt.getTime() - 40 * dayMs) : now
		const saved = saveEvent(trainer, input, null, savedAt)
		if (!saved.ok) throw new Error(`A demo event was refused: ${saved.reason}`)
		added += 1
	}
	return added
}
