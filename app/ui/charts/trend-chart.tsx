import { formatNumber, formatPercent } from '#app/platform/format.ts'
import { type Language } from '#app/platform/i18n.ts'
import { niceTicks } from './ticks.ts'
import { layoutXLabels, textWidth } from './x-labels.ts'

export type TrendPoint = {
	/** Unique among the points (the month, '2026-07'). */
	key: string
	/** The period as the reader says it ("Jul 2026"), formatted by the caller. */
	label: string
	/** Null while there is no count yet. */
	value: number | null
	/** A small count that is only ever shown as "fewer than 5"; its value is never drawn nor written. */
	hidden: boolean
}

export type TrendChartProps = {
	/** Unique on the page: the ids of the title, description and hatch pattern start with it. */
	id: string
	title: string
	/** A sentence saying what the trend is, for readers who do not see the bars. */
	description: string
	points: TrendPoint[]
	target?: { value: number; label: string } | null
	/** 'share': values are percentages, on an axis from 0 to 100 %. */
	unit?: 'count' | 'share'
	/** "fewer than 5" */
	hiddenLabel: string
	/** "no count yet", for a point whose value is null. */
	missingLabel: string
	language: Language
}

// Time runs left to right in every language, Arabic included: the svg keeps its own direction, so a right-to-left
// page neither mirrors the axis nor flips the anchors of its labels. `direction` is SVG's attribute, and the
// stylesheet says it again (HTML's `dir` is not allowed on an svg in HTML).
const leftToRight = { direction: 'ltr' }

// Suppressed counts are below this; a hidden bar is drawn up to it, whatever the count really is.
const hiddenLevel = 5

// The drawing is made for a 360-unit-wide box and scaled to its container, which the stylesheet caps at 32rem: text of
// 12 units is about 11 px on a 360 px phone and 17 px at most on a wide screen.
const width = 360
const fontSize = 12
const smallFontSize = 11
const rowHeight = 14
const plotTop = 22
const plotHeight = 160
const marginEnd = 8

/**
 * A bar chart of a count or share over time, drawn on the server as SVG, so it shows without JavaScript and prints.
 * Screen readers hear its title and description; the numbers themselves are in the table the page renders with it.
 * Colours come from the stylesheet (`.trend-chart`), so they follow the site's palette, print and forced colours.
 */
export function TrendChart({
	id,
	title,
	description,
	points,
	target = null,
	unit = 'count',
	hiddenLabel,
	missingLabel,
	language,
}: TrendChartProps) {
	const share = unit === 'share'
	const format = (value: number) => (share ? formatPercent(value, language) : formatNumber(value, language))
	const shown = points.flatMap((point) => (point.hidden || point.value === null ? [] : [Math.max(0, point.value)]))
	const hasHidden = points.some((point) => point.hidden)
	const hasMissing = points.some((point) => !point.hidden && point.value === null)

	const ticks = share
		? niceTicks(100)
		: niceTicks(Math.max(0, ...shown, target?.value ?? 0, hasHidden ? hiddenLevel : 0))
	const top = ticks.at(-1)!
	const tickLabels = ticks.map(format)
	// Room for the widest tick label, with some to spare: a wide glyph such as "%" outruns the estimate.
	const marginStart = Math.max(24, ...tickLabels.map((label) => textWidth(label, fontSize))) + 14
	const plotWidth = width - marginStart - marginEnd
	const slot = plotWidth / Math.max(1, points.length)
	const barWidth = Math.max(2, Math.min(slot * 0.7, 40))
	const baseline = plotTop + plotHeight
	const y = (value: number) => baseline - (Math.min(Math.max(value, 0), top) / top) * plotHeight
	const middle = (index: number) => marginStart + slot * (index + 0.5)

	const xAxis = layoutXLabels(
		points.map((point) => point.label),
		slot,
		fontSize,
	)
	const height = baseline + xAxis.rows * rowHeight + 6
	const targetY = target ? y(target.value) : 0
	// The target's label sits at the start of its line, where a rising trend's bars are lowest, above the line or
	// below it when the line runs along the top of the chart.
	const targetLabelY = targetY - plotTop < fontSize + 2 ? targetY + fontSize + 2 : targetY - 4

	return (
		<figure className="trend-chart">
			<figcaption className="trend-chart__title">{title}</figcaption>
			<svg
				className="trend-chart__svg"
				role="img"
				aria-labelledby={`${id}-title ${id}-desc`}
				viewBox={`0 0 ${width} ${height}`}
				width="100%"
				preserveAspectRatio="xMidYMid meet"
				{...leftToRight}
				fontSize={fontSize}
			>
				<title id={`${id}-title`}>{title}</title>
				<desc id={`${id}-desc`}>{description}</desc>
				<defs>
					<pattern id={`${id}-hatch`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
						<line className="trend-chart__hatch" x1="0" y1="0" x2="0" y2="5" strokeWidth="2" />
					</pattern>
				</defs>

				{ticks.map((tick, index) => (
					<g key={tick}>
						<line className="trend-chart__grid" x1={marginStart} x2={width - marginEnd} y1={y(tick)} y2={y(tick)} />
						<text
							className="trend-chart__tick"
							x={marginStart - 6}
							y={y(tick)}
							textAnchor="end"
							dominantBaseline="middle"
						>
							{tickLabels[index]}
						</text>
					</g>
				))}

				{points.map((point, index) => {
					const x = middle(index) - barWidth / 2
					if (point.hidden)
						return (
							<g key={point.key}>
								<title>{`${point.label}: ${hiddenLabel}`}</title>
								<rect
									className="trend-chart__bar--hidden"
									x={x}
									y={y(hiddenLevel)}
									width={barWidth}
									height={baseline - y(hiddenLevel)}
									fill={`url(#${id}-hatch)`}
								/>
								{/* On a percentage axis "<5" would read as "under 5 %", so there the hatching and the key say it. */}
								{share ? null : (
									<text
										className="trend-chart__note"
										x={middle(index)}
										y={y(hiddenLevel) - 3}
										textAnchor="middle"
										fontSize={smallFontSize}
									>{`<${formatNumber(hiddenLevel, language)}`}</text>
								)}
							</g>
						)
					if (point.value === null)
						return (
							<g key={point.key}>
								<title>{`${point.label}: ${missingLabel}`}</title>
								<circle className="trend-chart__missing" cx={middle(index)} cy={baseline - 6} r="3" />
							</g>
						)
					return (
						<g key={point.key}>
							<title>{`${point.label}: ${format(point.value)}`}</title>
							<rect
								className="trend-chart__bar"
								x={x}
								y={y(point.value)}
								width={barWidth}
								height={baseline - y(point.value)}
							/>
						</g>
					)
				})}

				<line className="trend-chart__axis" x1={marginStart} x2={width - marginEnd} y1={baseline} y2={baseline} />
				{xAxis.labels.map((label) => (
					<text
						key={`${label.kind}-${label.index}`}
						className="trend-chart__tick"
						x={label.kind === 'year' ? marginStart + slot * label.index : middle(label.index)}
						y={baseline + rowHeight * (label.row + 1)}
						textAnchor={label.kind === 'year' ? 'start' : 'middle'}
					>
						{label.text}
					</text>
				))}

				{target ? (
					<g className="trend-chart__target">
						<line x1={marginStart} x2={width - marginEnd} y1={targetY} y2={targetY} strokeDasharray="6 4" />
						<text x={marginStart + 2} y={targetLabelY}>
							{target.label}
						</text>
					</g>
				) : null}
			</svg>
			{hasHidden || hasMissing ? (
				<ul className="trend-chart__key">
					{hasHidden ? (
						<li>
							<svg viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false">
								<rect className="trend-chart__bar--hidden" x="1" y="1" width="12" height="12" fill="none" />
								<path className="trend-chart__hatch" d="M1 9 5 13M1 5 9 13M1 1 13 13M5 1 13 9M9 1 13 5" />
							</svg>
							{hiddenLabel}
						</li>
					) : null}
					{hasMissing ? (
						<li>
							<svg viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false">
								<circle className="trend-chart__missing" cx="7" cy="7" r="3" />
							</svg>
							{missingLabel}
						</li>
					) : null}
				</ul>
			) : null}
		</figure>
	)
}
