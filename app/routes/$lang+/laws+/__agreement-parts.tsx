import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { type AgreementKind } from '#app/modules/laws/vocabulary.ts'
import { useFormat, useHref } from '#app/ui/i18n.tsx'

type Listed = { slug: string; kind: AgreementKind; name: string; language: string; parties: string[] }

/** The agreements that join the compared countries, each with the parties among them. */
export function AgreementsBetween({ agreements, links = true }: { agreements: Listed[]; links?: boolean }) {
	const { t } = useTranslation('laws')
	const href = useHref()
	const format = useFormat()
	return (
		<section aria-labelledby="between-heading">
			<h2 id="between-heading">{t('compare.agreements')}</h2>
			{agreements.length ? (
				<ul>
					{agreements.map((agreement) => (
						<li key={agreement.slug}>
							{links ? (
								<Link to={href(`/laws/agreements/${agreement.slug}`)} lang={agreement.language}>
									{agreement.name}
								</Link>
							) : (
								<span lang={agreement.language}>{agreement.name}</span>
							)}{' '}
							({t(`agreements.kinds.${agreement.kind}`)}:{' '}
							<span suppressHydrationWarning>{format.list(agreement.parties.map(format.country))}</span>)
						</li>
					))}
				</ul>
			) : (
				<p>{t('compare.noAgreements')}</p>
			)}
		</section>
	)
}

/** When an agreement was signed and came into force, or that it is not known. */
export function AgreementDates({ signedOn, inForceOn }: { signedOn: string | null; inForceOn: string | null }) {
	const { t } = useTranslation('laws')
	const format = useFormat()
	const day = (value: string | null) => (value ? format.day(value) : t('agreements.notKnown'))
	return (
		<span suppressHydrationWarning>
			{day(signedOn)}
			{' · '}
			{t('agreements.inForceOn')}: {day(inForceOn)}
		</span>
	)
}
