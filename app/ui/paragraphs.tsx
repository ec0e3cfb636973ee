/**
 * Plain text as its writer laid it out: a blank line starts a new paragraph, a single line break stays a line
 * break. No Markdown or HTML is read, so nothing in the text becomes an element.
 */
export function Paragraphs({ text }: { text: string }) {
	return (
		<>
			{text
				.split(/\n{2,}/)
				.filter((paragraph) => paragraph.trim())
				.map((paragraph, index) => (
					<p key={index} className="pre-line">
						{paragraph}
					</p>
				))}
		</>
	)
}
