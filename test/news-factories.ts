import { publishStory } from '#app/modules/news/review.server.ts'
import { findStory } from '#app/modules/news/store.server.ts'
import { saveStory, type StoryInput } from '#app/modules/news/writing.server.ts'
import { type Actor } from '#app/platform/permissions.ts'

/** A news story by the writer's organisation, in English, naming no survivor, unless told otherwise. */
export function storyInput(writer: Actor, overrides: Partial<StoryInput> = {}): StoryInput {
	return {
		kind: 'news',
		texts: {
			en: {
				title: 'Joint training for border guards and NGOs',
				summary: 'Forty officers trained in one week.',
				body: 'Officers and NGO staff trained **together** for a week.',
			},
		},
		sourceLanguage: 'en',
		organisationId: writer.organisationId,
		campaignId: null,
		embargoUntil: null,
		namesSurvivor: false,
		consentOrganisationId: null,
		consentReference: null,
		...overrides,
	}
}

/** A story saved as a draft, or sent for review with `submit`. */
export function createStory(writer: Actor, overrides: Partial<StoryInput> = {}, submit = false, now = new Date()) {
	const saved = saveStory(writer, storyInput(writer, overrides), null, submit, now)
	if (!saved.ok) throw new Error(`The story was refused: ${saved.reason}`)
	return findStory(saved.slug)!
}

/** A story written, submitted and published by a reviewer; public at once unless it has an embargo. */
export function createPublishedStory(
	writer: Actor,
	reviewer: Actor,
	overrides: Partial<StoryInput> = {},
	now = new Date(),
) {
	const story = createStory(writer, overrides, true, now)
	const published = publishStory(reviewer, story.slug, now)
	if (!published.ok) throw new Error(`The story was not published: ${published.reason}`)
	return findStory(story.slug)!
}
