import { type ReactNode } from 'react'

type DataTableProps<Row> = {
	/** Read by screen readers; says what the table lists and how many. */
	caption: string
	headings: string[]
	rows: Row[]
	rowKey: (row: Row) => string | number
	/** The cells of one row, in the order of the headings. */
	cells: (row: Row) => ReactNode
	/** What to say when there is nothing to list. */
	empty: string
}

/** A list of records as a table that scrolls sideways on narrow screens, or a sentence when it is empty. */
export function DataTable<Row>({ caption, headings, rows, rowKey, cells, empty }: DataTableProps<Row>) {
	if (rows.length === 0) return <p className="empty">{empty}</p>
	return (
		<div className="table-wrap">
			<table>
				<caption className="visually-hidden">{caption}</caption>
				<thead>
					<tr>
						{headings.map((heading) => (
							<th scope="col" key={heading}>
								{heading}
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{rows.map((row) => (
						<tr key={rowKey(row)}>{cells(row)}</tr>
					))}
				</tbody>
			</table>
		</div>
	)
}
