import { type Params } from '@remix-run/react'
import { requireUser } from '#app/platform/auth.server.ts'
import { notFound } from '#app/platform/routing.server.ts'
import { draftAbilities } from '#app/modules/library/review.server.ts'
import { findDocument } from '#app/modules/library/store.server.ts'

/**
 * The draft and what this person may do with it. Someone who may neither edit nor
 * review it gets a 404, so a restricted draft's existence is not given away.
 */
export async function requireDraft(request: Request, params: Params) {
	const { user } = await requireUser(request)
	const row = findDocument(params.documentId ?? '')
	if (!row) throw notFound()
	const abilities = draftAbilities(user, row)
	if (!abilities) throw notFound()
	return { user, row, ...abilities }
}
