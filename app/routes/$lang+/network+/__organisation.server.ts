import { editableOrganisation, profilesOpenTo } from '#app/modules/network/store.server.ts'
import { type Actor } from '#app/platform/permissions.ts'
import { refusedPage } from '#app/platform/routing.server.ts'

/** The organisation an address names with `?organisation=` (platform admins edit any), or none for one's own. */
export function chosenOrganisation(request: Request) {
	const chosen = new URL(request.url).searchParams.get('organisation')
	return chosen ? chosen.slice(0, 64) : null
}

/**
 * The organisation whose profile and focal points a page edits: one's own, or the chosen one for a platform
 * admin; 403 for someone else's, 404 for one that does not take part. `shown` is what the page says of it.
 */
export function organisationToEdit(request: Request, user: Actor) {
	const editable = editableOrganisation(user, chosenOrganisation(request))
	if (!editable.ok) throw refusedPage(editable)
	const { organisation } = editable
	return {
		organisation,
		shown: {
			id: organisation.id,
			name: organisation.name,
			own: organisation.id === user.organisationId,
			// Before its first profile is saved there is no page to view yet.
			hasProfile: profilesOpenTo(user, [organisation.id]).has(organisation.id),
		},
	}
}
