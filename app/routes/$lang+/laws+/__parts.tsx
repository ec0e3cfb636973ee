import { Link } from '@remix-run/react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { type ElementEntry, type Framework, type Quote } from '#app/modules/laws/framework.ts'
import { assessedElements, describedOnlyElements } from '#app/modules/laws/alignment.ts'
import { valueLabel } from '#app/modules/laws/values.ts'
import { type Alignment, type ElementId } from '#app/modules/laws/vocabulary.ts'
import { directionOf, isLanguage } from '#app/platform/i18n.ts'
import { useFormat, useHref, useReader } from '#app/ui/i18n.tsx'

/** Colour is never the only sign: each alignment has its symbol and its words. */
const symbols: Record<Alignment | 'not-scored', string> = {
	aligned: '✓',
	partly: '◐',
	'not-aligned': '✗',
	unknown: '?',
	'not-scored': '–',
}

export function AlignmentMark({ alignment, compact = false }: { alignment: Alignment | null; compact?: boolean }) {
	const { t } = useTranslation('laws')
	const kind = alignment ?? 'not-scored'
	const label = alignment ? t(`alignment.${alignment}`) : t('alignment.notScored')
	return (
		<span className={`alignment alignment--${kind}`}>
			<span aria-hidden="true">{symbols[kind]}</span>{' '}
			{compact ? <span className="visually-hidden">{label}</span> : label}
		</span>
	)
}

export function AlignmentKey() {
	const { t } = useTranslation('laws')
	return (
		<div className="alignment-key">
			<h2 className="visually-hidden">{t('index.legend')}</h2>
			<ul>
				{(['aligned', 'partly', 'not-aligned', 'unknown', null] as const).map((alignment) => (
					<li key={alignment ?? 'not-scored'}>
						<AlignmentMark alignment={alignment} />
					</li>
				))}
			</ul>
		</div>
	)
}

export function SampleNotice({ sources }: { sources?: readonly string[] }) {
	const { t } = useTranslation('laws')
	return (
		<div className="notice" role="note">
			<p>{t('sample.notice')}</p>
			{sources?.length ? (
				<details>
					<summary>{t('sample.sources')}</summary>
					<ul>
						{sources.map((source) => (
							<li key={source}>{source}</li>
						))}
					</ul>
				</details>
			) : null}
		</div>
	)
}

export function useValueLabel() {
	const { t } = useTranslation('laws')
	return (id: ElementId, entry: ElementEntry | null | undefined) =>
		valueLabel(id, entry?.value ?? 'unknown', (key, options) => t(key, options ?? {}))
}

/** A calendar day in the reader's words; the browser keeps the server's text. */
export function Day({ value }: { value: string }) {
	const format = useFormat()
	return (
		<time dateTime={value} suppressHydrationWarning>
			{format.day(value)}
		</time>
	)
}

/** The law's own words in its own language, and any translation marked unofficial. */
export function QuotedLaw({ quote }: { quote: Quote }) {
	const { t } = useTranslation('laws')
	const { language } = useReader()
	const translation = quote.unofficial[language]
	return (
		<div className="quoted-law">
			<p className="quoted-law__label">{t('country.quote')}</p>
			<blockquote lang={quote.language} dir={isLanguage(quote.language) ? directionOf(quote.language) : 'auto'}>
				{quote.text}
			</blockquote>
			{translation ? (
				<>
					<p className="quoted-law__label">{t('country.unofficial')}</p>
					<blockquote>{translation}</blockquote>
				</>
			) : null}
		</div>
	)
}

/** Where a value comes from, when it was true, and who checked it. */
export function Provenance({
	entry,
	framework,
	reviewers,
}: {
	entry: ElementEntry | null | undefined
	framework: Framework
	reviewers: Record<string, string>
}) {
	const { t } = useTranslation('laws')
	const format = useFormat()
	if (!entry) return <span className="muted">{t('country.noCitation')}</span>
	const instrument = framework.instruments.find((candidate) => candidate.id === entry.citation?.instrument)
	return (
		<div className="provenance">
			{entry.citation ? (
				<p>
					<cite lang={instrument?.language}>
						<bdi>{instrument?.name ?? entry.citation.instrument}</bdi>
					</cite>
					, <bdi>{entry.citation.article}</bdi>
				</p>
			) : (
				<p className="muted">{t('country.noCitation')}</p>
			)}
			{entry.note ? <p>{entry.note}</p> : null}
			{entry.quote ? <QuotedLaw quote={entry.quote} /> : null}
			<p className="muted">
				<span suppressHydrationWarning>{t('country.asOf', { date: format.day(entry.asOf) })}</span>
				{' · '}
				<span suppressHydrationWarning>
					{entry.reviewedBy && entry.reviewedOn
						? t('country.reviewedBy', {
								name: reviewers[entry.reviewedBy] ?? t('country.formerMember'),
								date: format.day(entry.reviewedOn),
							})
						: t('country.notReviewed')}
				</span>
			</p>
		</div>
	)
}

/** What the alignment counts and what it leaves out, said wherever a profile is shown. */
export function AlignmentModel() {
	const { t } = useTranslation('laws')
	const format = useFormat()
	return (
		<section aria-labelledby="model-heading" className="alignment-model">
			<h2 id="model-heading">{t('model.heading')}</h2>
			<p>{t('model.counts', { count: assessedElements.length })}</p>
			<p>
				{t('model.leavesOut', {
					list: format.list(describedOnlyElements.map((id) => t(`elements.${id}.name`))),
				})}
			</p>
			<p>{t('model.unknownCounted')}</p>
		</section>
	)
}

/**
 * A table of one element's values with where each comes from: the elements of a country (its page) or the
 * countries for one element (the element's page). `first` names the first column; rows link to their own page.
 */
export function ValueTable({
	caption,
	captionHidden = false,
	first,
	rows,
}: {
	caption: string
	captionHidden?: boolean
	first: string
	rows: {
		key: string
		heading: string
		to: string
		element: ElementId
		alignment: Alignment | null
		framework: Framework
		reviewers: Record<string, string>
	}[]
}) {
	const { t } = useTranslation('laws')
	const href = useHref()
	const valueOf = useValueLabel()
	const captionId = useId()
	return (
		<div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
			<table className="law-table">
				<caption id={captionId} className={captionHidden ? 'visually-hidden' : undefined}>
					{caption}
				</caption>
				<thead>
					<tr>
						<th scope="col">{first}</th>
						<th scope="col">{t('country.value')}</th>
						<th scope="col">{t('country.alignment')}</th>
						<th scope="col">{t('country.source')}</th>
					</tr>
				</thead>
				<tbody>
					{rows.map((row) => (
						<tr key={row.key}>
							<th scope="row">
								<Link to={href(row.to)}>{row.heading}</Link>
							</th>
							<td>{valueOf(row.element, row.framework.elements[row.element])}</td>
							<td>
								<AlignmentMark alignment={row.alignment} />
							</td>
							<td>
								<Provenance
									entry={row.framework.elements[row.element]}
									framework={row.framework}
									reviewers={row.reviewers}
								/>
							</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	)
}
