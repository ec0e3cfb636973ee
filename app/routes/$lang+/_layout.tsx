import { type LoaderFunctionArgs } from '@remix-run/node'
import { Outlet } from '@remix-run/react'
import { languageFromParams } from '#app/platform/routing.server.ts'

export function loader({ params }: LoaderFunctionArgs) {
	languageFromParams(params)
	return null
}

export default function LanguageLayout() {
	return <Outlet />
}
