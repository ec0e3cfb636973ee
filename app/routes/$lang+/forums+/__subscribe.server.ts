import { json } from '@remix-run/node'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { setSubscription, type SubscriptionTarget } from '#app/modules/forums/subscriptions.server.ts'

/** The follow / stop following button of a category or thread page, whose loader already checked the reader may read it. */
export async function subscriptionAction(request: Request, target: SubscriptionTarget) {
	const { user } = await requireUser(request)
	const intent = (await request.formData()).get('intent')
	setSubscription(user, target, intent === 'subscribe')
	return json({ subscribed: intent === 'subscribe' })
}
