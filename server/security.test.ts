import { expect, test } from 'vitest'
import { hasUnsupportedBody, isForeignRequest } from './security.ts'

function request(method: string, headers: Record<string, string>) {
	return {
		method,
		headers,
		protocol: 'http',
		get: (name: string) => (name.toLowerCase() === 'host' ? 'atlas.test' : headers[name.toLowerCase()]),
	} as unknown as Parameters<typeof isForeignRequest>[0]
}

test('a POST from another site is foreign, by Sec-Fetch-Site or by Origin', () => {
	expect(isForeignRequest(request('POST', { 'sec-fetch-site': 'cross-site' }))).toBe(true)
	expect(isForeignRequest(request('POST', { 'sec-fetch-site': 'same-site' }))).toBe(true)
	expect(isForeignRequest(request('POST', { origin: 'https://evil.example' }))).toBe(true)
	expect(isForeignRequest(request('DELETE', { origin: 'null' }))).toBe(true)
	expect(isForeignRequest(request('POST', { 'sec-fetch-site': 'cross-site', origin: 'http://atlas.test' }))).toBe(true)
})

test('an Origin naming another host is foreign even when Sec-Fetch-Site says same-origin', () => {
	const foreign: Record<string, string>[] = [
		{ 'sec-fetch-site': 'same-origin', origin: 'https://evil.example' },
		{ 'sec-fetch-site': 'none', origin: 'https://evil.example' },
		{ 'sec-fetch-site': 'same-origin', origin: 'http://[' },
		{ 'sec-fetch-site': 'none', origin: 'null' },
		{ 'sec-fetch-site': 'same-origin', origin: 'http://atlas.test', 'x-forwarded-host': 'evil.example' },
	]
	for (const headers of foreign) expect(isForeignRequest(request('POST', headers)), JSON.stringify(headers)).toBe(true)
	const proxied = {
		'sec-fetch-site': 'same-origin',
		origin: 'https://atlas.example',
		'x-forwarded-host': 'atlas.example',
	}
	expect(isForeignRequest(request('POST', proxied))).toBe(false)
})

test('a POST from our own pages, or a GET from anywhere, is not', () => {
	expect(isForeignRequest(request('POST', { 'sec-fetch-site': 'same-origin', origin: 'http://atlas.test' }))).toBe(
		false,
	)
	expect(isForeignRequest(request('POST', { origin: 'http://atlas.test' }))).toBe(false)
	// A form POST under Referrer-Policy: no-referrer: the browser hides the origin but marks it same-origin.
	expect(isForeignRequest(request('POST', { 'sec-fetch-site': 'same-origin', origin: 'null' }))).toBe(false)
	expect(isForeignRequest(request('GET', { 'sec-fetch-site': 'cross-site' }))).toBe(false)
})

test('only form bodies reach the app: text/plain and JSON posts are refused', () => {
	const post = (headers: Record<string, string>) =>
		({ method: 'POST', headers }) as unknown as Parameters<typeof hasUnsupportedBody>[0]
	expect(hasUnsupportedBody(post({ 'content-type': 'text/plain', 'content-length': '10' }))).toBe(true)
	expect(hasUnsupportedBody(post({ 'content-type': 'application/json', 'content-length': '10' }))).toBe(true)
	expect(hasUnsupportedBody(post({ 'content-length': '10' }))).toBe(true)
	expect(
		hasUnsupportedBody(
			post({ 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8', 'content-length': '10' }),
		),
	).toBe(false)
	expect(hasUnsupportedBody(post({ 'content-type': 'multipart/form-data; boundary=x', 'content-length': '10' }))).toBe(
		false,
	)
	expect(hasUnsupportedBody(post({ 'content-length': '0' }))).toBe(false)
})
