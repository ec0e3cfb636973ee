import { type ComponentPropsWithoutRef, createContext, type ReactNode, useContext } from 'react'
import { defaultMediaUrl } from './safe-url.ts'

/** Visible words the components add around a trainer's text, already translated by the page. */
export type LessonLabels = {
	note: string
	tip: string
	warning: string
	keyPoints: string
	scenario: string
	definition: string
	/** Shown instead of a text that could not be rendered. */
	unavailable: string
}

export type LessonMedia = {
	/** The lesson's language, which is also the language of its captions. */
	language: string
	/** Turns `media:<sha256>` (or a relative path) into the address the browser fetches. */
	mediaUrl: (id: string) => string
}

// No English fallbacks: people only see strings from app/locales, so a missing provider is a bug.
export const LessonLabelsContext = createContext<LessonLabels | null>(null)
export const LessonMediaContext = createContext<LessonMedia | null>(null)

function useLessonLabels() {
	const labels = useContext(LessonLabelsContext)
	if (!labels) throw new Error('Lesson components need a LessonLabelsContext provider')
	return labels
}

function useLessonMedia() {
	return useContext(LessonMediaContext) ?? { language: 'und', mediaUrl: defaultMediaUrl }
}

type WithChildren = { children?: ReactNode }

/** `role="note"` keeps callouts out of the landmark list, where several unnamed asides would clash. */
export function Callout({ kind, children }: WithChildren & { kind?: string }) {
	const labels = useLessonLabels()
	const variant = kind === 'tip' || kind === 'warning' ? kind : 'note'
	return (
		<aside className={`callout callout--${variant}`} role="note">
			<p className="callout__label">
				<strong>{labels[variant]}</strong>
			</p>
			<div className="callout__body">{children}</div>
		</aside>
	)
}

export function KeyPoints({ children }: WithChildren) {
	const labels = useLessonLabels()
	return (
		<section className="key-points" aria-label={labels.keyPoints}>
			<p className="key-points__label">
				<strong>{labels.keyPoints}</strong>
			</p>
			{children}
		</section>
	)
}

// Labels are paragraphs, not headings: the lesson's own `##` headings own the outline.
export function Scenario({ title, children }: WithChildren & { title?: string }) {
	const labels = useLessonLabels()
	return (
		<section className="scenario">
			<p className="scenario__label">
				<strong>{labels.scenario}</strong>
			</p>
			<p className="scenario__title">{title}</p>
			<div className="scenario__body">{children}</div>
		</section>
	)
}

export function Details({ summary, children }: WithChildren & { summary?: string }) {
	return (
		<details className="details">
			<summary>{summary}</summary>
			<div className="details__body">{children}</div>
		</details>
	)
}

export function Term({ definition, children }: WithChildren & { definition?: string }) {
	const labels = useLessonLabels()
	return (
		<span className="term">
			<dfn>{children}</dfn>
			<span className="term__definition">
				{' ('}
				<span className="visually-hidden">{labels.definition}: </span>
				{definition})
			</span>
		</span>
	)
}

export function Figure({ src = '', alt, children }: WithChildren & { src?: string; alt?: string }) {
	const { mediaUrl } = useLessonMedia()
	return (
		<figure className="figure">
			<img src={mediaUrl(src) || undefined} alt={alt ?? ''} loading="lazy" />
			{children ? <figcaption>{children}</figcaption> : null}
		</figure>
	)
}

export function Video({ src = '', captions = '', title }: { src?: string; captions?: string; title?: string }) {
	const { mediaUrl, language } = useLessonMedia()
	return (
		<figure className="video">
			<video controls preload="none" src={mediaUrl(src) || undefined}>
				<track kind="captions" src={mediaUrl(captions) || undefined} default srcLang={language} />
			</video>
			<figcaption>{title}</figcaption>
		</figure>
	)
}

/** The page owns the only `<h1>`, so a lesson's `#` heading becomes a section heading. */
function LessonHeading(props: ComponentPropsWithoutRef<'h1'>) {
	return <h2 {...props} />
}

export const lessonComponents = {
	Callout,
	KeyPoints,
	Scenario,
	Details,
	Term,
	Figure,
	Video,
	h1: LessonHeading,
}
