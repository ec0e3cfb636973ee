import { done, type Outcome, refuse } from './outcome.ts'

export type Upload = { bytes: Uint8Array; name: string }

/**
 * The file a multipart form sends as `file`, with the form's other fields. Read with the runtime's own form parser:
 * Remix's multipart parser throws on a file name holding "=" ("report=final.pdf"), which browsers send as it is.
 * The server already caps the body of every upload path (`isMediaUploadPath`, `UPLOAD_LIMIT_MB`), so reading the
 * form whole costs no more memory than a file of that size.
 */
export async function readUploadedFile(
	request: Request,
	maxBytes: number,
): Promise<Outcome<'too-large' | 'empty', { form: FormData; upload: Upload }>> {
	let form: FormData
	try {
		form = await request.formData()
	} catch {
		// Not a form at all: nothing was chosen to send.
		return refuse('empty')
	}
	const file = form.get('file')
	if (!(file instanceof File) || file.size === 0) return refuse('empty')
	if (file.size > maxBytes) return refuse('too-large')
	return done({ form, upload: { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name } })
}
