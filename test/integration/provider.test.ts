import { and, eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { programmes, programmeTexts, supportServices } from '#app/db/schema/index.ts'
import { findListedProgramme } from '#app/modules/programmes/catalogue.server.ts'
import * as listings from '#app/routes/$lang+/provider+/index.tsx'
import * as textEditor from '#app/routes/$lang+/provider+/programmes.$slug.tsx'
import * as programmeDetails from '#app/routes/$lang+/provider+/programmes.$slug_.details.tsx'
import * as newProgramme from '#app/routes/$lang+/provider+/programmes.new.tsx'
import * as serviceEditor from '#app/routes/$lang+/provider+/services.$slug.tsx'
import * as newService from '#app/routes/$lang+/provider+/services.new.tsx'
import { listServices } from '#app/modules/programmes/directory.server.ts'
import { parseServiceFilters } from '#app/modules/programmes/filters.ts'
import { createOrganisation, createUser, signIn } from '#test/factories.ts'
import { createProgramme, createService } from '#test/programme-factories.ts'
import { callRoute, jsonOf } from '#test/routes.ts'

const text = {
	title: 'Kitchen skills, updated',
	summary: 'Learn to cook.',
	skills: 'Cooking',
	eligibility: 'Adults.',
	certification: 'Certificate',
	accessibility: 'Step-free.',
}

async function editorOf(organisationId: string) {
	const editor = await createUser({ roles: ['ngo_member', 'programme_editor'], organisationId })
	return signIn(editor.id).cookie
}

test('a provider edits their own programme’s translation, and cannot edit another organisation’s', async () => {
	const mine = createOrganisation({ type: 'ngo' })
	const theirs = createProgramme({}, 'Their programme')
	const own = createProgramme({ organisationId: mine.id })
	const cookie = await editorOf(mine.id)
	const path = (slug: string) => `/en/provider/programmes/${slug}?language=fr`
	const refused = await callRoute(textEditor.action, {
		path: path(theirs.slug),
		cookie,
		params: { lang: 'en', slug: theirs.slug },
		form: text,
	})
	expect(refused.status).toBe(403)
	expect(
		(await callRoute(textEditor.loader, { path: path(theirs.slug), cookie, params: { lang: 'en', slug: theirs.slug } }))
			.status,
	).toBe(403)
	expect(getDb().select().from(programmeTexts).where(eq(programmeTexts.programmeId, theirs.id)).all()).toHaveLength(1)
	const saved = await callRoute(textEditor.action, {
		path: path(own.slug),
		cookie,
		params: { lang: 'en', slug: own.slug },
		form: text,
	})
	expect(saved.status).toBe(200)
	const french = getDb()
		.select()
		.from(programmeTexts)
		.where(and(eq(programmeTexts.programmeId, own.id), eq(programmeTexts.language, 'fr')))
		.get()
	expect(french?.title).toBe('Kitchen skills, updated')
	expect(findListedProgramme(own.slug, 'fr')!.fallback).toBe(false)
})

test('a text with a missing title is refused with a field error and saves nothing', async () => {
	const mine = createOrganisation({ type: 'ngo' })
	const own = createProgramme({ organisationId: mine.id })
	const cookie = await editorOf(mine.id)
	const response = await callRoute(textEditor.action, {
		path: `/en/provider/programmes/${own.slug}?language=ar`,
		cookie,
		params: { lang: 'en', slug: own.slug },
		form: { ...text, title: '  ' },
	})
	expect(response.status).toBe(400)
	expect((await jsonOf(response)).fieldErrors).toMatchObject({ title: ['errors.required'] })
	expect(getDb().select().from(programmeTexts).where(eq(programmeTexts.programmeId, own.id)).all()).toHaveLength(1)
})

test('re-verifying an expired listing brings it back; another organisation’s listing cannot be verified', async () => {
	const mine = createOrganisation({ type: 'ngo' })
	const expired = createProgramme({ organisationId: mine.id, verifiedAt: new Date(Date.now() - 400 * 86_400_000) })
	const theirs = createProgramme({ verifiedAt: new Date(Date.now() - 400 * 86_400_000) })
	const cookie = await editorOf(mine.id)
	expect(findListedProgramme(expired.slug, 'en')).toBeNull()
	const refused = await callRoute(listings.action, {
		path: '/en/provider',
		cookie,
		form: { kind: 'programme', slug: theirs.slug },
	})
	expect(refused.status).toBe(403)
	expect(getDb().select().from(programmes).where(eq(programmes.id, theirs.id)).get()!.verifiedAt).toEqual(
		theirs.verifiedAt,
	)
	const verified = await callRoute(listings.action, {
		path: '/en/provider',
		cookie,
		form: { kind: 'programme', slug: expired.slug },
	})
	expect(verified.status).toBe(200)
	expect(findListedProgramme(expired.slug, 'en')).not.toBeNull()
})

test('a member without the programme-editor role is refused the provider pages', async () => {
	const member = await createUser({ roles: ['ngo_member'] })
	const { cookie } = signIn(member.id)
	expect((await callRoute(listings.loader, { path: '/en/provider', cookie })).status).toBe(403)
})

const facts = {
	kind: 'vocational_training',
	sector: 'it',
	format: 'hybrid',
	country: 'MA',
	region: 'Rabat',
	languages: ['ar', 'fr'],
	durationWeeks: '8',
	schedule: 'part_time',
	costAmount: '',
	costCurrency: 'MAD',
	minimumAge: '18',
	legalStatus: 'any',
	literacy: 'basic',
	childcare: 'on',
	interestForm: 'on',
}

test('a provider adds a programme: listed at once, free when no cost is given', async () => {
	const mine = createOrganisation({ type: 'ngo', country: 'MA' })
	const cookie = await editorOf(mine.id)
	const response = await callRoute(newProgramme.action, {
		path: '/ar/provider/programmes/new',
		cookie,
		params: { lang: 'ar' },
		form: { ...facts, ...text, title: 'مهارات الحاسوب' },
	})
	const location = response.headers.get('Location')!
	expect(location).toMatch(/^\/ar\/provider\/programmes\/programme-[a-f0-9]{6}$/)
	const shown = findListedProgramme(location.split('/').at(-1)!, 'ar')!
	expect(shown).toMatchObject({
		title: 'مهارات الحاسوب',
		cost: null,
		childcare: true,
		stipend: false,
		languages: ['ar', 'fr'],
		fallback: false,
	})
})

test('bad facts are refused with field errors and add nothing', async () => {
	const mine = createOrganisation({ type: 'ngo' })
	const cookie = await editorOf(mine.id)
	const count = () => getDb().select().from(programmes).where(eq(programmes.organisationId, mine.id)).all().length
	const response = await callRoute(newProgramme.action, {
		path: '/en/provider/programmes/new',
		cookie,
		params: { lang: 'en' },
		form: { ...facts, ...text, languages: [], durationWeeks: '500', country: 'XX', costAmount: '-3' },
	})
	expect(response.status).toBe(400)
	expect((await jsonOf(response)).fieldErrors).toMatchObject({
		languages: ['errors.choose'],
		durationWeeks: ['errors.invalid'],
		country: ['errors.choose'],
		costAmount: ['errors.invalid'],
	})
	expect(count()).toBe(0)
})

test('a provider cannot change the facts of another organisation’s programme', async () => {
	const mine = createOrganisation({ type: 'ngo' })
	const theirs = createProgramme({ stipend: false })
	const cookie = await editorOf(mine.id)
	const response = await callRoute(programmeDetails.action, {
		path: `/en/provider/programmes/${theirs.slug}/details`,
		cookie,
		params: { lang: 'en', slug: theirs.slug },
		form: { ...facts, stipend: 'on' },
	})
	expect(response.status).toBe(403)
	expect(getDb().select().from(programmes).where(eq(programmes.id, theirs.id)).get()!.stipend).toBe(false)
})

test('a provider adds a support service and translates it, but cannot touch another organisation’s', async () => {
	const mine = createOrganisation({ type: 'ngo' })
	const cookie = await editorOf(mine.id)
	const service = {
		type: 'shelter',
		country: 'FR',
		region: 'Lyon',
		languages: ['fr', 'ar'],
		open24h: 'on',
		name: 'Safe stay',
		summary: 'A safe place.',
		hours: 'Always',
		contact: 'Call the hotline.',
	}
	const created = await callRoute(newService.action, {
		path: '/en/provider/services/new',
		cookie,
		params: { lang: 'en' },
		form: service,
	})
	const slug = created.headers.get('Location')!.split('/').at(-1)!
	const translated = await callRoute(serviceEditor.action, {
		path: `/en/provider/services/${slug}?language=fr`,
		cookie,
		params: { lang: 'en', slug },
		form: { ...service, name: 'Hébergement sûr' },
	})
	expect(translated.status).toBe(200)
	const { services } = listServices(parseServiceFilters(new URLSearchParams('type=shelter&country=FR')), 'fr')
	expect(services.find((listed) => listed.slug === slug)).toMatchObject({
		name: 'Hébergement sûr',
		open24h: true,
		fallback: false,
	})
	const theirs = createService()
	const refused = await callRoute(serviceEditor.action, {
		path: `/en/provider/services/${theirs.slug}`,
		cookie,
		params: { lang: 'en', slug: theirs.slug },
		form: service,
	})
	expect(refused.status).toBe(403)
	expect(getDb().select().from(supportServices).where(eq(supportServices.id, theirs.id)).get()!.type).toBe('legal_aid')
})
