import { useTranslation } from 'react-i18next'
import { type CourseCard } from '#app/modules/courses/catalogue.server.ts'
import { type Language } from '#app/platform/i18n.ts'
import { useFormat } from '#app/ui/i18n.tsx'

/** Level, format, hours and languages in one line, as catalogue cards and course pages show them. */
export function CourseFacts({
	course,
}: {
	course: Pick<CourseCard, 'level' | 'format' | 'estimatedHours' | 'languages'>
}) {
	const { t } = useTranslation('courses')
	const { t: tc } = useTranslation('common')
	const format = useFormat()
	return (
		<p className="meta">
			{t(`levels.${course.level}`)} · {t(`formats.${course.format}`)} ·{' '}
			{t('facts.hours', { count: course.estimatedHours })} ·{' '}
			{t('facts.languages', {
				languages: format.list(course.languages.map((language) => tc(`languageNames.${language}`))),
			})}
		</p>
	)
}

/** Says so when a part is shown in the course's source language because the learner's is missing. */
export function FallbackNotice({ shown, wanted }: { shown: boolean; wanted: Language }) {
	const { t } = useTranslation('courses')
	const { t: tc } = useTranslation('common')
	if (!shown) return null
	return (
		<p className="notice" role="note">
			{t('learn.fallback', { language: tc(`languageNames.${wanted}`) })}
		</p>
	)
}

/** A labelled progress bar; the number is in the text, so colour is never the only cue. */
export function ProgressMeter({ percent, label }: { percent: number; label: string }) {
	const format = useFormat()
	return (
		<p className="progress">
			<span>{label}</span> <progress max={100} value={percent} aria-label={label} />{' '}
			<span>{format.percent(percent)}</span>
		</p>
	)
}
