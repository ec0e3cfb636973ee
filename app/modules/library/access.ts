import { type Actor, hasRole } from '#app/platform/permissions.ts'
import { accessTiers, type AccessTier } from './vocabulary.ts'

/**
 * The tiers a reader may see. Law-enforcement material is for officers (vetted by their
 * organisation's admin) and platform admins; every vetted member reads "members".
 */
export function readableTiers(actor: Actor | null): AccessTier[] {
	if (!actor) return ['public']
	if (hasRole(actor, 'officer') || hasRole(actor, 'platform_admin')) return ['public', 'members', 'law-enforcement']
	return ['public', 'members']
}

export function mayRead(actor: Actor | null, tier: AccessTier) {
	return readableTiers(actor).includes(tier)
}

/** The more restrictive of two tiers: a draft is guarded by its own tier and by the one readers see now. */
export function strictestTier(...tiers: (AccessTier | null | undefined)[]): AccessTier {
	return tiers.reduce<AccessTier>(
		(strictest, tier) => (tier && accessTiers.indexOf(tier) > accessTiers.indexOf(strictest) ? tier : strictest),
		'public',
	)
}
