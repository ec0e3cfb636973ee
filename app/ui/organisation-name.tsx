import { Link } from '@remix-run/react'
import { useHref } from './i18n.tsx'

export type NamedOrganisation = { id: string; name: string; hasProfile: boolean }

/**
 * An organisation's name, linked to its network profile only when the loader said this reader may open it (the
 * network's `profilesOpenTo`): any other link would be a 404, and to a signed-out visitor it would also give away
 * that a members-only body is involved.
 */
export function OrganisationName({ organisation }: { organisation: NamedOrganisation }) {
	const href = useHref()
	const name = <bdi>{organisation.name}</bdi>
	return organisation.hasProfile ? <Link to={href(`/network/organisations/${organisation.id}`)}>{name}</Link> : name
}
