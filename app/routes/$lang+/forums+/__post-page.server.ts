import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { findPost, findReadableThread } from '#app/modules/forums/store.server.ts'
import { notFound } from '#app/platform/routing.server.ts'

/** A post the signed-in reader may read (its thread's category allows them), with its thread's address. */
export async function requireReadablePost(request: Request, postId: string | undefined) {
	const { user } = await requireUser(request)
	const found = findPost(postId ?? '')
	if (!found || !findReadableThread(user, found.thread.id)) throw notFound()
	return { user, ...found, threadPath: `/forums/${found.category.slug}/${found.thread.id}` }
}
