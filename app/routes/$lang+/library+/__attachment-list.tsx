import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { type Attachment } from '#app/modules/library/document.ts'
import { useFormat, useHref } from '#app/ui/i18n.tsx'

/** A document's files as download links with their size; `after` adds a control per file (remove, in the draft). */
export function AttachmentList({
	slug,
	attachments,
	after,
}: {
	slug: string
	attachments: Attachment[]
	after?: (attachment: Attachment) => ReactNode
}) {
	const { t } = useTranslation('library')
	const href = useHref()
	const format = useFormat()
	return (
		<ul>
			{attachments.map((attachment) => (
				<li key={attachment.hash}>
					<a href={href(`/library/${slug}/files/${attachment.hash}`)} download={attachment.name}>
						{attachment.name}
					</a>{' '}
					({t('attachments.size', { size: format.number(Math.max(1, Math.round(attachment.size / 1024))) })})
					{after?.(attachment)}
				</li>
			))}
		</ul>
	)
}
