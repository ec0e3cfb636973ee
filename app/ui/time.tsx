import { useFormat } from './i18n.tsx'

/**
 * A date and time in the reader's language and time zone. Node and the browser may
 * format a date slightly differently, so the browser keeps the server's text.
 */
export function DateTime({ value, dateOnly = false }: { value: string | Date; dateOnly?: boolean }) {
	const format = useFormat()
	const iso = new Date(value).toISOString()
	return (
		<time dateTime={iso} suppressHydrationWarning>
			{dateOnly ? format.date(value) : format.dateTime(value)}
		</time>
	)
}
