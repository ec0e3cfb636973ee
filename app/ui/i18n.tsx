import { useRouteLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import {
	countryName,
	formatDate,
	formatList,
	isCalendarDay,
	formatDateTime,
	formatNumber,
	formatPercent,
} from '#app/platform/format.ts'
import { defaultLanguage, directionOf, isLanguage, type Language } from '#app/platform/i18n.ts'

type RootData = { language: Language; timeZone: string }

/** The reader's language and time zone, as the root loader settled them. */
export function useReader() {
	const data = useRouteLoaderData('root') as RootData | undefined
	const { i18n } = useTranslation()
	const language = data?.language ?? (isLanguage(i18n.language) ? i18n.language : defaultLanguage)
	return { language, timeZone: data?.timeZone ?? 'UTC' }
}

export function useFormat() {
	const { language, timeZone } = useReader()
	return {
		dateTime: (value: Date | string | number) => formatDateTime(value, language, timeZone),
		date: (value: Date | string | number) => formatDate(value, language, timeZone),
		/** A calendar day (YYYY-MM-DD) as written, whatever the reader's time zone. */
		day: (value: string) => (isCalendarDay(value) ? formatDate(`${value}T12:00:00Z`, language, 'UTC') : value),
		number: (value: number) => formatNumber(value, language),
		percent: (value: number) => formatPercent(value, language),
		country: (code: string) => countryName(code, language),
		list: (items: string[]) => formatList(items, language),
	}
}

/** Builds a link inside the reader's language: `href('/settings')` is `/fr/settings` for a French reader. */
export function useHref() {
	const { language } = useReader()
	return (path: string) => `/${language}${path === '/' ? '' : path}`
}

/** `lang` and `dir` for content shown in a language other than the page's, such as a course read in its source language. */
export function inLanguage(language: string) {
	return { lang: language, dir: isLanguage(language) ? directionOf(language) : undefined }
}
