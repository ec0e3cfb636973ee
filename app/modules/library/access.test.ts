import { expect, test } from 'vitest'
import { type Role } from '#app/platform/roles.ts'
import { readableTiers, strictestTier } from './access.ts'

const actor = (roles: Role[]) => ({ id: 'u', roles, organisationId: 'o' })

test('visitors read public documents; vetted members also members-only ones; officers and platform admins everything', () => {
	expect(readableTiers(null)).toEqual(['public'])
	for (const role of ['ngo_member', 'trainer', 'legal_expert', 'org_admin'] as const)
		expect(readableTiers(actor([role]))).toEqual(['public', 'members'])
	for (const role of ['officer', 'platform_admin'] as const)
		expect(readableTiers(actor([role]))).toEqual(['public', 'members', 'law-enforcement'])
})

test('a draft is guarded by the stricter of its own tier and the published one', () => {
	expect(strictestTier('members', 'law-enforcement')).toBe('law-enforcement')
	expect(strictestTier('law-enforcement', 'public')).toBe('law-enforcement')
	expect(strictestTier('members', undefined)).toBe('members')
	expect(strictestTier('public', null)).toBe('public')
})
