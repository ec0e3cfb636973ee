/**
 * Every role a person can hold. Permissions are defined over this list, so it lives beside them in platform;
 * which roles one may ask for when applying is the accounts area's word (`requestableRoles`).
 */
export const roles = [
	'officer',
	'trainer',
	'ngo_member',
	'legal_expert',
	'programme_editor',
	'moderator',
	'org_admin',
	'platform_admin',
] as const
export type Role = (typeof roles)[number]
