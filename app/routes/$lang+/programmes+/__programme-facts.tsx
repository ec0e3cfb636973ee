import { useTranslation } from 'react-i18next'
import { type CatalogueProgramme } from '#app/modules/programmes/catalogue.server.ts'
import { formatList, formatMoney } from '#app/platform/format.ts'
import { useReader } from '#app/ui/i18n.tsx'

export type Names = { countries: Record<string, string>; languages: Record<string, string> }
type Programme = Omit<CatalogueProgramme, 'verifiedAt'> & { verifiedAt: string }

/** The facts survivors compare programmes by, in one place so the card, the page and the table agree. */
export function useProgrammeFacts(names: Names) {
	const { t } = useTranslation('programmes')
	const { language } = useReader()
	const yesNo = (value: boolean) => t(value ? 'facts.yes' : 'facts.no')
	return (programme: Programme) => [
		{
			key: 'where',
			label: t('facts.where'),
			value: t('facts.place', {
				region: programme.region,
				country: names.countries[programme.country] ?? programme.country,
			}),
		},
		{ key: 'format', label: t('facts.format'), value: t(`formats.${programme.format}`) },
		{
			key: 'languages',
			label: t('facts.languages'),
			value: formatList(
				programme.languages.map((code) => names.languages[code] ?? code),
				language,
			),
		},
		{
			key: 'duration',
			label: t('facts.duration'),
			value: t('facts.lengthAndSchedule', {
				length: t('facts.weeks', { count: programme.durationWeeks }),
				schedule: t(`schedules.${programme.schedule}`),
			}),
		},
		{
			key: 'cost',
			label: t('facts.cost'),
			value: programme.cost ? formatMoney(programme.cost.amount, programme.cost.currency, language) : t('facts.free'),
		},
		{ key: 'stipend', label: t('facts.stipend'), value: yesNo(programme.stipend) },
		{ key: 'childcare', label: t('facts.childcare'), value: yesNo(programme.childcare) },
		{ key: 'transport', label: t('facts.transport'), value: yesNo(programme.transportHelp) },
		{ key: 'jobPlacement', label: t('facts.jobPlacement'), value: yesNo(programme.jobPlacement) },
		{ key: 'age', label: t('facts.age'), value: t('facts.fromAge', { age: programme.minimumAge }) },
		{ key: 'papers', label: t('facts.papers'), value: t(`legalStatuses.${programme.legalStatus}`) },
		{ key: 'reading', label: t('facts.reading'), value: t(`literacy.${programme.literacy}`) },
		{ key: 'certification', label: t('facts.certification'), value: programme.certification },
	]
}

export function SampleNotice() {
	const { t } = useTranslation('programmes')
	return <p className="notice">{t('sampleNotice')}</p>
}

/** Says the text below is in another language (named in that language, so its reader recognises it). */
export function FallbackNotice({ language }: { language: string }) {
	const { t } = useTranslation('programmes')
	return <p className="notice">{t('fallbackNotice', { language: t(`languageNames.${language}`, { ns: 'common' }) })}</p>
}
