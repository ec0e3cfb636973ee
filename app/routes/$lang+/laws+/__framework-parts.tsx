import { useTranslation } from 'react-i18next'
import { type Framework } from '#app/modules/laws/framework.ts'
import { Day } from './__parts.tsx'

/** Where the country stands with the UN Protocol, with the days when known. */
export function ProtocolFacts({ protocol }: { protocol: Framework['protocol'] }) {
	const { t } = useTranslation('laws')
	const day = (value: string | null) => (value ? <Day value={value} /> : t('protocol.notKnown'))
	return (
		<section aria-labelledby="protocol-heading">
			<h2 id="protocol-heading">{t('protocol.heading')}</h2>
			<dl className="facts">
				<dt>{t('protocol.status')}</dt>
				<dd>{t(`protocol.statuses.${protocol.status}`)}</dd>
				<dt>{t('protocol.signedOn')}</dt>
				<dd>{day(protocol.signedOn)}</dd>
				<dt>{t('protocol.joinedOn')}</dt>
				<dd>{day(protocol.joinedOn)}</dd>
				{protocol.source ? (
					<>
						<dt>{t('protocol.source')}</dt>
						<dd>
							<a href={protocol.source} rel="noreferrer">
								{new URL(protocol.source).hostname}
							</a>
						</dd>
					</>
				) : null}
			</dl>
		</section>
	)
}

/** The laws a framework is read from, named as they are titled, in their own language. */
export function InstrumentList({ instruments }: { instruments: Framework['instruments'] }) {
	const { t } = useTranslation('laws')
	return (
		<section aria-labelledby="instruments-heading">
			<h2 id="instruments-heading">{t('country.instruments')}</h2>
			{instruments.length ? (
				<ul>
					{instruments.map((instrument) => (
						<li key={instrument.id}>
							<cite lang={instrument.language}>{instrument.name}</cite>
							{instrument.year ? ` (${instrument.year})` : ''}
							{instrument.articles ? `. ${t('country.articles', { articles: instrument.articles })}` : ''}
							{instrument.url ? (
								<>
									{' · '}
									<a href={instrument.url} rel="noreferrer">
										{t('country.officialText')}
									</a>
								</>
							) : null}
						</li>
					))}
				</ul>
			) : (
				<p>{t('country.noInstruments')}</p>
			)}
		</section>
	)
}
