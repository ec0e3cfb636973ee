import { type LoaderFunctionArgs } from '@remix-run/node'
import { certificatePdf } from '#app/modules/certificates/pdf.server.ts'
import { certificateWording } from '#app/modules/certificates/wording.server.ts'
import { requireHolderCertificate } from './__holder.server.ts'

/** The certificate as a PDF with its QR code, in the language the course was taken in. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
	const certificate = await requireHolderCertificate(request, params, context.clientKey)
	const pdf = await certificatePdf(certificateWording(certificate), certificate.code)
	return new Response(new Uint8Array(pdf), {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': `attachment; filename="certificate-${certificate.code}.pdf"`,
			'Cache-Control': 'private, no-store',
		},
	})
}
