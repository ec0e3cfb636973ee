import { NavLink } from '@remix-run/react'
import { useHref } from '#app/ui/i18n.tsx'

/** The side navigation of an area with several pages (settings, administration). */
export function SectionNav({
	label,
	sections,
}: {
	label: string
	sections: { path: string; label: string; end?: boolean }[]
}) {
	const href = useHref()
	return (
		<nav aria-label={label} className="sub-nav">
			<ul>
				{sections.map((section) => (
					<li key={section.path}>
						<NavLink to={href(section.path)} end={section.end}>
							{section.label}
						</NavLink>
					</li>
				))}
			</ul>
		</nav>
	)
}
