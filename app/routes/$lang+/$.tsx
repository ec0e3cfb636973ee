import { notFound } from '#app/platform/routing.server.ts'

export function loader() {
	throw notFound()
}

export function action() {
	throw notFound()
}

export default function NotFound() {
	return null
}
