import { type ActionFunctionArgs } from '@remix-run/node'
import { type CampaignInput } from '#app/modules/campaigns/campaign.ts'
import { saveCampaign, setCampaignStatus } from '#app/modules/campaigns/running.server.ts'
import { findCampaign } from '#app/modules/campaigns/store.server.ts'
import { type Actor } from '#app/platform/permissions.ts'

const ascii = (text: string) => new TextEncoder().encode(text)

/** A PNG header with its size (IHDR) and a little more: enough for every check that reads it. */
export function pngBytes(width = 600, height = 800, marker = 'poster') {
	const bytes = new Uint8Array(64 + marker.length)
	bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
	new DataView(bytes.buffer).setUint32(16, width)
	new DataView(bytes.buffer).setUint32(20, height)
	bytes.set(ascii(marker), 64)
	return bytes
}

/** A JPEG's start, an APP0 segment and a baseline frame header naming its size. */
export function jpegBytes(width = 1080, height = 1080) {
	const bytes = new Uint8Array(40)
	bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08])
	new DataView(bytes.buffer).setUint16(13, height)
	new DataView(bytes.buffer).setUint16(15, width)
	return bytes
}

/** A WebP (extended format) naming its canvas size. */
export function webpBytes(width = 1200, height = 628) {
	const bytes = new Uint8Array(40)
	bytes.set(ascii('RIFF'), 0)
	bytes.set(ascii('WEBPVP8X'), 8)
	const view = new DataView(bytes.buffer)
	view.setUint16(24, (width - 1) & 0xffff, true)
	bytes[26] = (width - 1) >> 16
	view.setUint16(27, (height - 1) & 0xffff, true)
	bytes[29] = (height - 1) >> 16
	return bytes
}

export const pdfBytes = (text = 'leaflet') => ascii(`%PDF-1.7\n% ${text}\n`)
export const htmlBytes = () => ascii('<!doctype html><script>alert(1)</script>')

/** A campaign the organiser's organisation runs: in English, for Morocco and France, this year and next. */
export function campaignInput(organiser: Actor, overrides: Partial<CampaignInput> = {}): CampaignInput {
	return {
		texts: {
			en: {
				title: 'Check the job before you go',
				message: 'Most job offers abroad are honest. Some are traps.',
				signs: 'You must pay to get the job\nSomeone keeps your passport',
			},
		},
		sourceLanguage: 'en',
		countries: ['MA', 'FR'],
		audiences: ['job-seekers'],
		startsOn: '2026-01-01',
		endsOn: '2027-12-31',
		organisationId: organiser.organisationId,
		partnerIds: [],
		pressName: 'Press office',
		pressEmail: 'press@organiser.example',
		pressPhone: null,
		...overrides,
	}
}

export function createCampaign(
	organiser: Actor,
	overrides: Partial<CampaignInput> = {},
	options: { publish?: boolean } = {},
) {
	const saved = saveCampaign(organiser, campaignInput(organiser, overrides), null, new Date())
	if (!saved.ok) throw new Error(`The campaign was refused: ${saved.reason}`)
	if (options.publish) {
		const published = setCampaignStatus(organiser, saved.slug, 'published', new Date())
		if (!published.ok) throw new Error(`The campaign was not published: ${published.reason}`)
	}
	return findCampaign(saved.slug)!
}

/** Posts a kit upload as a browser would: multipart, with the file and its kind and language. */
export async function postKitFile(
	action: (args: ActionFunctionArgs) => unknown,
	call: {
		slug: string
		cookie: string
		bytes?: Uint8Array
		name?: string
		fields?: Record<string, string | string[]>
		lang?: string
	},
) {
	const form = new FormData()
	for (const [name, value] of Object.entries(call.fields ?? { kind: 'poster', language: 'en' }))
		for (const item of Array.isArray(value) ? value : [value]) form.append(name, item)
	if (call.bytes) form.append('file', new File([new Uint8Array(call.bytes)], call.name ?? 'file'))
	const lang = call.lang ?? 'en'
	const request = new Request(`http://localhost/${lang}/campaigns/${call.slug}/kit`, {
		method: 'POST',
		headers: { Cookie: call.cookie },
		body: form,
	})
	try {
		const result = await action({
			request,
			params: { lang, slug: call.slug },
			context: { cspNonce: 'test', clientKey: 'test-client' },
		})
		return result instanceof Response ? result : new Response(JSON.stringify(result), { status: 200 })
	} catch (thrown) {
		if (thrown instanceof Response) return thrown
		throw thrown
	}
}
