/**
 * Embeddings, overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C):
 * invisible, and able to show `invoice<U+202E>fdp.exe` as "invoiceexe.pdf". A file name never needs them;
 * Arabic and Hebrew names read right to left by the letters alone.
 */
const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

export function withoutBidiControls(text: string) {
	return text.replace(bidiControls, '')
}

/** Half of a surrogate pair cannot be written as UTF-8: encoding it throws, so it becomes U+FFFD. */
export function wellFormed(text: string) {
	return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
}

/** The longest start of `text` within `units` UTF-16 units that does not cut a character in two. */
export function cutToLength(text: string, units: number) {
	let cut = ''
	for (const character of text) {
		if (cut.length + character.length > units) break
		cut += character
	}
	return cut
}

// RFC 5987 attr-char leaves out ' ( ) *, which encodeURIComponent keeps as they are.
const encodeValue = (text: string) =>
	encodeURIComponent(text).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)

/**
 * `Content-Disposition` for a download: the name in UTF-8 (`filename*`, RFC 5987, read by every current
 * browser) and an ASCII `filename` for the others, where anything that could end the quoted string or be
 * decoded a second time (`"`, `\`, `%`, control and non-ASCII characters) becomes `_`.
 */
export function attachmentDisposition(name: string) {
	const shown = wellFormed(withoutBidiControls(name))
	const fallback = shown.replace(/[^\x20-\x7e]|["\\%]/gu, '_')
	return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeValue(shown)}`
}
