import { Fragment, type ReactNode } from 'react'
import { listPattern } from '#app/platform/format.ts'
import { useReader } from './i18n.tsx'

/**
 * Items listed as the reader's language lists them ("A, B and C", "أ وب وج"), each in a `<bdi>` so a name
 * written in the other direction keeps its place and its punctuation. Empty lists show `empty`.
 */
export function ListOf({ items, empty = null }: { items: ReactNode[]; empty?: ReactNode }) {
	const { language } = useReader()
	if (!items.length) return <>{empty}</>
	return (
		<>
			{listPattern(items.length, language).map((piece, index) =>
				typeof piece === 'number' ? <bdi key={index}>{items[piece]}</bdi> : <Fragment key={index}>{piece}</Fragment>,
			)}
		</>
	)
}
