import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { type FocalPointSummary, type ProfileSummary } from '#app/modules/network/pages.server.ts'
import { languageName } from '#app/platform/format.ts'
import { inLanguage, useFormat, useHref, useReader } from '#app/ui/i18n.tsx'
import { OrganisationName } from '#app/ui/organisation-name.tsx'

/** Says the data is fictional: of one organisation on its profile, of those named "Sample" on a list. */
export function SampleNotice({ list = false }: { list?: boolean }) {
	const { t } = useTranslation('network')
	return <p className="notice notice--info">{t(list ? 'directory.sampleNotice' : 'profile.sampleNotice')}</p>
}

/** Language codes as names in the reader's language: "Arabic, French and Spanish". */
export function useLanguageNames() {
	const { language } = useReader()
	const format = useFormat()
	return (codes: readonly string[]) => format.list(codes.map((code) => languageName(code, language)))
}

type Serialised<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] }

/** The channel as something to act on: a mail link, a phone link, or the secure channel's name. */
function Channel({ kind, value }: { kind: string; value: string }) {
	if (kind === 'service-email') return <a href={`mailto:${value}`}>{value}</a>
	if (kind === 'switchboard')
		return (
			<a href={`tel:${value.replace(/[^\d+]/g, '')}`} dir="ltr">
				{value}
			</a>
		)
	return <bdi>{value}</bdi>
}

/** One focal point: the function, whose it is, how to reach it, and whether it may be out of date. */
export function FocalPointItem({
	focalPoint,
	headingLevel = 3,
	showOrganisation = true,
}: {
	focalPoint: Serialised<FocalPointSummary>
	headingLevel?: 3 | 4
	showOrganisation?: boolean
}) {
	const { t } = useTranslation('network')
	const format = useFormat()
	const languages = useLanguageNames()
	const Heading = headingLevel === 3 ? 'h3' : 'h4'
	return (
		<li className="card">
			<Heading {...inLanguage(focalPoint.titleLanguage)}>{focalPoint.title}</Heading>
			{focalPoint.fallback ? <p className="muted">{t('focalPoint.notInYourLanguage')}</p> : null}
			{showOrganisation ? (
				<p>
					<OrganisationName
						organisation={{
							id: focalPoint.organisationId,
							name: focalPoint.organisationName,
							hasProfile: focalPoint.hasProfile,
						}}
					/>
				</p>
			) : null}
			<dl className="facts">
				<dt>{t(`channelKinds.${focalPoint.channelKind}`)}</dt>
				<dd>
					<Channel kind={focalPoint.channelKind} value={focalPoint.channel} />
				</dd>
			</dl>
			<p>{t('focalPoint.for', { countries: format.list(focalPoint.countries.map(format.country)) })}</p>
			<p>{t('focalPoint.about', { areas: format.list(focalPoint.areas.map((area) => t(`areas.${area}`))) })}</p>
			<p>{t('focalPoint.speaks', { languages: languages(focalPoint.languages) })}</p>
			{focalPoint.available24h ? (
				<p>
					<strong>{t('focalPoint.available24h')}</strong>
				</p>
			) : null}
			<p className={focalPoint.stale ? 'notice' : 'muted'} suppressHydrationWarning>
				{t(focalPoint.stale ? 'focalPoint.stale' : 'focalPoint.confirmed', {
					date: format.date(focalPoint.confirmedAt),
				})}
			</p>
		</li>
	)
}

/**
 * One organisation in a list: its name (to its profile), kind, countries and what it works on. Lists hold only
 * profiles the reader may open (the same `visibleProfiles` rule), so the name is always a link.
 */
export function ProfileItem({ profile, headingLevel = 3 }: { profile: ProfileSummary; headingLevel?: 3 | 4 }) {
	const { t } = useTranslation('network')
	const format = useFormat()
	const href = useHref()
	const Heading = headingLevel === 3 ? 'h3' : 'h4'
	return (
		<li className="card">
			<Heading>
				<Link to={href(`/network/organisations/${profile.organisationId}`)}>
					<bdi>{profile.name}</bdi>
				</Link>
			</Heading>
			<p className="muted">
				{t(`kinds.${profile.kind}`)} · {format.list(profile.countries.map(format.country))}
			</p>
			{profile.areas.length ? <p>{format.list(profile.areas.map((area) => t(`areas.${area}`)))}</p> : null}
			{profile.description ? <p {...inLanguage(profile.descriptionLanguage)}>{profile.description}</p> : null}
			{profile.fallback ? <p className="muted">{t('profile.notInYourLanguage')}</p> : null}
		</li>
	)
}
