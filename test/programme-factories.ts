import { getDb } from '#app/db/client.server.ts'
import { programmes, programmeTexts, supportServices, supportServiceTexts } from '#app/db/schema/index.ts'
import { createOrganisation } from './factories.ts'

let sequence = 0

/** A listed programme with an English text; override anything. */
export function createProgramme(
	overrides: Partial<typeof programmes.$inferInsert> = {},
	title = 'Test kitchen skills',
) {
	const organisationId = overrides.organisationId ?? createOrganisation({ type: 'ngo' }).id
	const programme = getDb()
		.insert(programmes)
		.values({
			slug: `test-programme-${Date.now().toString(36)}-${sequence++}`,
			organisationId,
			sourceLanguage: 'en',
			kind: 'vocational_training',
			sector: 'hospitality',
			format: 'in_person',
			country: 'FR',
			region: 'Lyon',
			languages: ['fr'],
			durationWeeks: 10,
			schedule: 'part_time',
			stipend: false,
			childcare: false,
			transportHelp: false,
			jobPlacement: false,
			minimumAge: 18,
			legalStatus: 'any',
			literacy: 'basic',
			interestForm: true,
			walkIn: false,
			verifiedAt: new Date(),
			...overrides,
		})
		.returning()
		.get()
	getDb()
		.insert(programmeTexts)
		.values({
			programmeId: programme.id,
			language: 'en',
			title,
			summary: 'Learn to cook.',
			skills: 'Cooking',
			eligibility: 'Adults.',
			certification: 'Certificate of attendance',
			accessibility: 'Step-free.',
		})
		.run()
	return programme
}

/** A listed support service with an English text. */
export function createService(overrides: Partial<typeof supportServices.$inferInsert> = {}) {
	const organisationId = overrides.organisationId ?? createOrganisation({ type: 'ngo' }).id
	const service = getDb()
		.insert(supportServices)
		.values({
			slug: `test-service-${Date.now().toString(36)}-${sequence++}`,
			organisationId,
			sourceLanguage: 'en',
			type: 'legal_aid',
			country: 'FR',
			region: 'Lyon',
			languages: ['fr'],
			open24h: false,
			verifiedAt: new Date(),
			...overrides,
		})
		.returning()
		.get()
	getDb()
		.insert(supportServiceTexts)
		.values({
			serviceId: service.id,
			language: 'en',
			name: 'Test legal help',
			summary: 'Free advice.',
			hours: 'Mornings',
			contact: 'Call.',
		})
		.run()
	return service
}
