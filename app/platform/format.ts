import { type Language } from './i18n.ts'

const localeFor: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', ar: 'ar' }

// Making an Intl formatter costs far more than using one, and a page of a hundred countries or numbers used to make
// one for each: each is made once per language (and time zone) and kept. The kinds and values are few and fixed.
const formatters = new Map<string, unknown>()
function formatter<T>(key: string, make: () => T): T {
	let kept = formatters.get(key) as T | undefined
	if (kept === undefined) formatters.set(key, (kept = make()))
	return kept
}

function safeTimeZone(timeZone: string) {
	return formatter(`zone:${timeZone}`, () => {
		try {
			new Intl.DateTimeFormat('en', { timeZone })
			return timeZone
		} catch {
			return 'UTC'
		}
	})
}

export function formatDateTime(value: Date | string | number, language: Language, timeZone: string) {
	const zone = safeTimeZone(timeZone)
	return formatter(
		`dateTime:${language}:${zone}`,
		() => new Intl.DateTimeFormat(localeFor[language], { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }),
	).format(new Date(value))
}

/** The time of day alone ("09:00"), for a range whose day is said once. */
export function formatTime(value: Date | string | number, language: Language, timeZone: string) {
	const zone = safeTimeZone(timeZone)
	return formatter(
		`time:${language}:${zone}`,
		() => new Intl.DateTimeFormat(localeFor[language], { timeStyle: 'short', timeZone: zone }),
	).format(new Date(value))
}

/** The day with its weekday ("Tuesday 10 March 2026"), for events people plan a journey around. */
export function formatDay(value: Date | string | number, language: Language, timeZone: string) {
	const zone = safeTimeZone(timeZone)
	return formatter(
		`day:${language}:${zone}`,
		() => new Intl.DateTimeFormat(localeFor[language], { dateStyle: 'full', timeZone: zone }),
	).format(new Date(value))
}

export function formatDate(value: Date | string | number, language: Language, timeZone: string) {
	const zone = safeTimeZone(timeZone)
	return formatter(
		`date:${language}:${zone}`,
		() => new Intl.DateTimeFormat(localeFor[language], { dateStyle: 'long', timeZone: zone }),
	).format(new Date(value))
}

export function formatNumber(value: number, language: Language) {
	return formatter(`number:${language}`, () => new Intl.NumberFormat(localeFor[language])).format(value)
}

/** A share such as 75 shown as "75 %" in French, "75%" in English, "٧٥٪" in Arabic. */
export function formatPercent(value: number, language: Language) {
	return formatter(
		`percent:${language}`,
		() => new Intl.NumberFormat(localeFor[language], { style: 'percent', maximumFractionDigits: 0 }),
	).format(value / 100)
}

export function countryName(code: string, language: Language) {
	try {
		return (
			formatter(`region:${language}`, () => new Intl.DisplayNames([localeFor[language]], { type: 'region' })).of(
				code,
			) ?? code
		)
	} catch {
		return code
	}
}

export function isTimeZone(value: string) {
	return Intl.supportedValuesOf('timeZone').includes(value) || value === 'UTC'
}

export function formatMoney(amount: number, currency: string, language: Language) {
	try {
		return new Intl.NumberFormat(localeFor[language], { style: 'currency', currency, maximumFractionDigits: 0 }).format(
			amount,
		)
	} catch {
		return `${formatNumber(amount, language)} ${currency}`
	}
}

export function languageName(code: string, language: Language) {
	try {
		return (
			formatter(`language:${language}`, () => new Intl.DisplayNames([localeFor[language]], { type: 'language' })).of(
				code,
			) ?? code
		)
	} catch {
		return code
	}
}

/** A real calendar day written YYYY-MM-DD (not 2025-13-01), between the years 1900 and 2199. */
export function isCalendarDay(value: string) {
	if (!/^(19|20|21)\d{2}-\d{2}-\d{2}$/.test(value)) return false
	const date = new Date(`${value}T00:00:00Z`)
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** Items joined as the reader's language does ("a, b and c"; Arabic commas and "و"). */
export function formatList(items: string[], language: Language) {
	return formatter(`list:${language}`, () => new Intl.ListFormat(localeFor[language], { type: 'conjunction' })).format(
		items,
	)
}

/**
 * The same list as pieces: each item's index where it goes, and the words between items, so a page can
 * list elements (each isolated in its own direction) with the reader's commas and "and".
 */
export function listPattern(count: number, language: Language): (number | string)[] {
	const placeholders = Array.from({ length: count }, (_, index) => String(index))
	return new Intl.ListFormat(localeFor[language], { type: 'conjunction' })
		.formatToParts(placeholders)
		.map((part) => (part.type === 'element' ? Number(part.value) : part.value))
}
