import { type organisationTypes, type RequestableRole } from '#app/modules/accounts/vocabulary.ts'
import { type Role } from '#app/platform/roles.ts'

/**
 * The demo: fictional organisations (every name says "Sample") and one account per
 * role. Nothing here describes a real agency or person. The README lists these.
 */
export const demoPassword = 'atlas demo password'

export type DemoOrganisation = {
	key: string
	name: string
	country: string
	type: (typeof organisationTypes)[number]
	status: 'approved' | 'pending'
}

export const demoOrganisations: DemoOrganisation[] = [
	{ key: 'fr-police', name: 'Sample Anti-Trafficking Police Unit', country: 'FR', type: 'agency', status: 'approved' },
	{ key: 'es-academy', name: 'Sample Police Training Academy', country: 'ES', type: 'agency', status: 'approved' },
	{ key: 'ma-ngo', name: 'Sample Safe Passage NGO', country: 'MA', type: 'ngo', status: 'approved' },
	{
		key: 'ng-agency',
		name: 'Sample National Agency against Trafficking',
		country: 'NG',
		type: 'agency',
		status: 'approved',
	},
	{ key: 'th-ngo', name: 'Sample Mekong Survivors Network', country: 'TH', type: 'ngo', status: 'approved' },
	{ key: 'mx-legal', name: 'Sample Legal Aid Institute', country: 'MX', type: 'other', status: 'approved' },
	{ key: 'ro-agency', name: 'Sample Border Police Directorate', country: 'RO', type: 'agency', status: 'approved' },
	{
		key: 'int-secretariat',
		name: 'Sample Atlas Secretariat',
		country: 'BE',
		type: 'international',
		status: 'approved',
	},
	{ key: 'pe-proposed', name: 'Sample Andean Migrant Support Centre', country: 'PE', type: 'ngo', status: 'pending' },
]

export type DemoAccount = {
	email: string
	name: string
	country: string
	organisation: string
	roles: Role[]
	requestedRole: RequestableRole
	status: 'active' | 'pending'
	locale: 'en' | 'fr' | 'es' | 'ar'
	/** Base32 TOTP key, published in the README so anyone trying the demo can add it to an authenticator app. */
	totpKey?: string
}

export const demoAccounts: DemoAccount[] = [
	{
		email: 'admin@atlas.example',
		name: 'Sample Platform Admin',
		country: 'BE',
		organisation: 'int-secretariat',
		roles: ['platform_admin'],
		requestedRole: 'ngo_member',
		status: 'active',
		locale: 'en',
		totpKey: 'D3QHGUEYIT4P4ECB3EHYCIJSV4RJS7VX',
	},
	{
		email: 'orgadmin@atlas.example',
		name: 'Sample Organisation Admin',
		country: 'FR',
		organisation: 'fr-police',
		roles: ['org_admin'],
		requestedRole: 'officer',
		status: 'active',
		locale: 'fr',
		totpKey: 'HQQO6A7RJCHGJI74S5I7JDRN2GNQVVGZ',
	},
	{
		email: 'officer@atlas.example',
		name: 'Sample Officer',
		country: 'FR',
		organisation: 'fr-police',
		roles: ['officer'],
		requestedRole: 'officer',
		status: 'active',
		locale: 'fr',
	},
	{
		email: 'trainer@atlas.example',
		name: 'Sample Trainer',
		country: 'ES',
		organisation: 'es-academy',
		roles: ['trainer'],
		requestedRole: 'trainer',
		status: 'active',
		locale: 'es',
	},
	{
		email: 'officer.es@atlas.example',
		name: 'Sample Spanish Officer',
		country: 'ES',
		organisation: 'es-academy',
		roles: ['officer'],
		requestedRole: 'officer',
		status: 'active',
		locale: 'es',
	},
	{
		email: 'ngo.admin@atlas.example',
		name: 'Sample NGO Admin',
		country: 'MA',
		organisation: 'ma-ngo',
		roles: ['org_admin'],
		requestedRole: 'ngo_member',
		status: 'active',
		locale: 'en',
		totpKey: 'E3LMJQMB5IEADW4A6AOY6CXIAXOTOGAO',
	},
	{
		email: 'ngo@atlas.example',
		name: 'Sample NGO Member',
		country: 'MA',
		organisation: 'ma-ngo',
		roles: ['ngo_member', 'programme_editor'],
		requestedRole: 'ngo_member',
		status: 'active',
		locale: 'ar',
	},
	{
		email: 'legal@atlas.example',
		name: 'Sample Legal Expert',
		country: 'MX',
		organisation: 'mx-legal',
		roles: ['legal_expert'],
		requestedRole: 'legal_expert',
		status: 'active',
		locale: 'es',
	},
	{
		// A second legal expert: a change to a country's law needs someone other than its author to approve it.
		email: 'legal.reviewer@atlas.example',
		name: 'Sample Legal Reviewer',
		country: 'NG',
		organisation: 'ng-agency',
		roles: ['legal_expert'],
		requestedRole: 'legal_expert',
		status: 'active',
		locale: 'en',
	},
	{
		// Keeps the forums useful and safe: reports, hiding, locking, moving, suspending.
		email: 'moderator@atlas.example',
		name: 'Sample Forum Moderator',
		country: 'BE',
		organisation: 'int-secretariat',
		roles: ['moderator'],
		requestedRole: 'ngo_member',
		status: 'active',
		locale: 'fr',
	},
	{
		email: 'applicant.one@atlas.example',
		name: 'Sample Applicant One',
		country: 'FR',
		organisation: 'fr-police',
		roles: [],
		requestedRole: 'officer',
		status: 'pending',
		locale: 'fr',
	},
	{
		email: 'applicant.two@atlas.example',
		name: 'Sample Applicant Two',
		country: 'NG',
		organisation: 'ng-agency',
		roles: [],
		requestedRole: 'trainer',
		status: 'pending',
		locale: 'en',
	},
	{
		email: 'applicant.three@atlas.example',
		name: 'Sample Applicant Three',
		country: 'PE',
		organisation: 'pe-proposed',
		roles: [],
		requestedRole: 'ngo_member',
		status: 'pending',
		locale: 'es',
	},
]
