import { useLocation } from '@remix-run/react'
import { useRef } from 'react'

/** Already in the reader's language: the root loader translates it. */
type Flash = { message: string }

/**
 * What the last action did, said once on the page it led to. The live region is always on the page, so a message
 * that arrives by client-side navigation is announced; it is a status only while it says something. The root's data
 * is not fetched again on every navigation, so the message belongs to the page it arrived with and is gone on the next.
 */
export function FlashMessage({ flash }: { flash: Flash | null }) {
	const { key: page } = useLocation()
	const arrival = useRef({ flash, page })
	if (arrival.current.flash !== flash) arrival.current = { flash, page }
	const shown = flash && arrival.current.page === page ? flash : null
	return (
		<div className="flash" aria-live="polite" role={shown ? 'status' : undefined}>
			{shown ? <p className="notice notice--success">{shown.message}</p> : null}
		</div>
	)
}
