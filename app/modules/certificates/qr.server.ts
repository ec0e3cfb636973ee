import QRCode from 'qrcode'

/** The verification address as an SVG QR code, drawn on the server: no script, no image from elsewhere. */
export async function qrSvg(url: string) {
	return QRCode.toString(url, {
		type: 'svg',
		margin: 1,
		errorCorrectionLevel: 'M',
		color: { dark: '#000000', light: '#ffffff' },
	})
}
