import { redirect } from '@remix-run/node'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { refusalReply } from '#app/platform/form-reply.server.ts'
import { type Refusal } from '#app/platform/outcome.ts'

/** Where a post goes after it is written: a held post to its warning, a published one to its thread. */
export function afterPosting(
	request: Request,
	language: string,
	outcome: { held: boolean; postId: string; threadPath: string },
) {
	if (outcome.held) return redirect(`/${language}/forums/posts/${outcome.postId}/held`)
	return redirectWithFlash(request, `/${language}${outcome.threadPath}#post-${outcome.postId}`, {
		namespace: 'forums',
		key: 'post.published',
	})
}

/** A refused post as the form shows it: a 429 for the pace limit, the reason at its field, the text kept. */
export function postingRefusal(refusal: Refusal, values: Record<string, string>) {
	return refusalReply(refusal, {
		namespace: 'forums',
		values,
		status: refusal.reason === 'rate-limited' ? 429 : undefined,
	})
}
