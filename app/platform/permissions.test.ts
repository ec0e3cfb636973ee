import { expect, test } from 'vitest'
import { type Role } from '#app/platform/roles.ts'
import { can, type Actor } from './permissions.ts'

const actor = (roles: Role[], organisationId = 'org-a'): Actor => ({ id: 'u1', roles, organisationId })

test('nobody signed out may do anything', () => {
	expect(can(null, 'admin:enter')).toBe(false)
	expect(can(null, 'members:vet')).toBe(false)
})

test('an organisation admin vets members of their own organisation only', () => {
	const orgAdmin = actor(['org_admin'])
	expect(can(orgAdmin, 'members:vet', { organisationId: 'org-a' })).toBe(true)
	expect(can(orgAdmin, 'members:vet', { organisationId: 'org-b' })).toBe(false)
	expect(can(orgAdmin, 'members:vet', { organisationId: null })).toBe(false)
})

test('an organisation admin cannot vet organisations, manage users, or read the audit log or outbox', () => {
	const orgAdmin = actor(['org_admin'])
	for (const permission of [
		'organisations:vet',
		'users:manage',
		'audit:read',
		'outbox:read',
		'sessions:end-others',
	] as const) {
		expect(can(orgAdmin, permission)).toBe(false)
	}
})

test('a platform admin may do everything', () => {
	const admin = actor(['platform_admin'])
	expect(can(admin, 'members:vet', { organisationId: 'anything' })).toBe(true)
	expect(can(admin, 'organisations:vet')).toBe(true)
	expect(can(admin, 'audit:read')).toBe(true)
})

test('member roles never enter the admin area', () => {
	for (const role of ['officer', 'trainer', 'ngo_member', 'legal_expert'] as const) {
		expect(can(actor([role]), 'admin:enter')).toBe(false)
		expect(can(actor([role]), 'members:vet', { organisationId: 'org-a' })).toBe(false)
	}
})

test('a programme editor manages their own organisation’s listings only', () => {
	const editor = actor(['ngo_member', 'programme_editor'])
	expect(can(editor, 'programmes:manage', { organisationId: 'org-a' })).toBe(true)
	expect(can(editor, 'programmes:manage', { organisationId: 'org-b' })).toBe(false)
	expect(can(actor(['ngo_member']), 'programmes:manage', { organisationId: 'org-a' })).toBe(false)
	expect(can(actor(['org_admin']), 'programmes:manage', { organisationId: 'org-a' })).toBe(false)
	expect(can(actor(['platform_admin']), 'programmes:manage', { organisationId: 'org-b' })).toBe(true)
})

test('only trainers and platform admins create courses', () => {
	expect(can(actor(['trainer']), 'courses:create')).toBe(true)
	expect(can(actor(['platform_admin']), 'courses:create')).toBe(true)
	for (const role of ['officer', 'ngo_member', 'legal_expert', 'org_admin', 'programme_editor'] as const) {
		expect(can(actor([role]), 'courses:create')).toBe(false)
	}
})

test('a trainer edits only the courses they co-author; a learner edits none', () => {
	const trainer = actor(['trainer'])
	expect(can(trainer, 'courses:edit', { authorIds: ['u9', 'u1'] })).toBe(true)
	expect(can(trainer, 'courses:edit', { authorIds: ['u9'] })).toBe(false)
	expect(can(actor(['officer']), 'courses:edit', { authorIds: ['u1'] })).toBe(false)
	expect(can(actor(['platform_admin']), 'courses:edit', { authorIds: [] })).toBe(true)
})

test("a cohort's progress is for its trainers and the course's co-authors", () => {
	expect(can(actor(['trainer']), 'cohorts:follow', { trainerIds: ['u1'], authorIds: [] })).toBe(true)
	expect(can(actor(['trainer']), 'cohorts:follow', { trainerIds: [], authorIds: ['u1'] })).toBe(true)
	expect(can(actor(['trainer']), 'cohorts:follow', { trainerIds: ['u2'], authorIds: ['u3'] })).toBe(false)
	expect(can(actor(['officer']), 'cohorts:follow', { trainerIds: [], authorIds: ['u1'] })).toBe(false)
})

test('library editors are trainers, legal experts, organisation admins and platform admins; officers and NGO members are not', () => {
	for (const role of ['trainer', 'legal_expert', 'org_admin', 'platform_admin'] as const)
		expect(can(actor([role]), 'library:review')).toBe(true)
	for (const role of ['officer', 'ngo_member', 'programme_editor'] as const)
		expect(can(actor([role]), 'library:review')).toBe(false)
	expect(can(null, 'library:submit')).toBe(false)
	expect(can(actor(['ngo_member']), 'library:submit')).toBe(true)
})

test('an organisation admin records protocol adoptions for their own organisation only', () => {
	expect(can(actor(['org_admin']), 'protocols:adopt', { organisationId: 'org-a' })).toBe(true)
	expect(can(actor(['org_admin']), 'protocols:adopt', { organisationId: 'org-b' })).toBe(false)
	expect(can(actor(['trainer']), 'protocols:adopt', { organisationId: 'org-a' })).toBe(false)
})

test("trainers and organisation admins run their own organisations' events; officers and NGO members run none", () => {
	const joint = { organisationIds: ['org-a', 'org-b'] }
	expect(can(actor(['trainer']), 'events:organise', joint)).toBe(true)
	expect(can(actor(['org_admin'], 'org-b'), 'events:organise', joint)).toBe(true)
	expect(can(actor(['trainer'], 'org-c'), 'events:organise', joint)).toBe(false)
	expect(can(actor(['officer']), 'events:organise', joint)).toBe(false)
	expect(can(actor(['ngo_member']), 'events:organise')).toBe(false)
	expect(can(actor(['platform_admin'], 'org-z'), 'events:organise', joint)).toBe(true)
})

test('forum moderators and platform admins moderate; no other role does', () => {
	expect(can(actor(['moderator']), 'forums:moderate')).toBe(true)
	expect(can(actor(['platform_admin']), 'forums:moderate')).toBe(true)
	for (const role of ['officer', 'trainer', 'ngo_member', 'legal_expert', 'org_admin'] as const)
		expect(can(actor([role]), 'forums:moderate')).toBe(false)
})

test('an organisation admin speaks for their own organisation in the network, campaigns and news; no other role does', () => {
	for (const permission of ['network:edit', 'campaigns:run', 'news:write'] as const) {
		expect(can(actor(['org_admin'], 'org-a'), permission, { organisationId: 'org-a' })).toBe(true)
		expect(can(actor(['org_admin'], 'org-a'), permission, { organisationId: 'org-b' })).toBe(false)
		expect(can(actor(['org_admin'], 'org-b'), permission, { organisationIds: ['org-a', 'org-b'] })).toBe(true)
		expect(can(actor(['org_admin'], 'org-c'), permission, { organisationIds: ['org-a', 'org-b'] })).toBe(false)
		expect(can(actor(['platform_admin'], 'org-z'), permission, { organisationId: 'org-a' })).toBe(true)
		for (const role of ['officer', 'trainer', 'ngo_member', 'legal_expert', 'moderator'] as const)
			expect(can(actor([role], 'org-a'), permission, { organisationId: 'org-a' })).toBe(false)
	}
})

test('stories are reviewed by moderators and platform admins only', () => {
	expect(can(actor(['moderator']), 'news:review')).toBe(true)
	expect(can(actor(['platform_admin']), 'news:review')).toBe(true)
	for (const role of ['officer', 'trainer', 'ngo_member', 'legal_expert', 'org_admin'] as const)
		expect(can(actor([role]), 'news:review')).toBe(false)
})

test('coordinators (platform admins) see every indicator exactly; an organisation admin compares only their own organisation', () => {
	expect(can(actor(['platform_admin']), 'indicators:coordinate')).toBe(true)
	expect(can(actor(['org_admin'], 'org-a'), 'indicators:compare-own', { organisationId: 'org-a' })).toBe(true)
	expect(can(actor(['org_admin'], 'org-a'), 'indicators:compare-own', { organisationId: 'org-b' })).toBe(false)
	for (const role of ['officer', 'trainer', 'ngo_member', 'legal_expert', 'moderator', 'org_admin'] as const)
		expect(can(actor([role], 'org-a'), 'indicators:coordinate')).toBe(false)
	for (const role of ['officer', 'trainer', 'ngo_member', 'legal_expert', 'moderator'] as const)
		expect(can(actor([role], 'org-a'), 'indicators:compare-own', { organisationId: 'org-a' })).toBe(false)
})
