import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { getSignedInUser } from '#app/modules/accounts/auth.server.ts'
import { presentPartnership } from '#app/modules/network/partnership-pages.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound } from '#app/platform/routing.server.ts'
import { zonedDay } from '#app/platform/zoned-time.ts'
import { fieldErrorsOf } from '#app/ui/forms.tsx'
import { inLanguage, useFormat, useHref } from '#app/ui/i18n.tsx'
import { contentTitle } from '#app/ui/meta.ts'
import { Paragraphs } from '#app/ui/paragraphs.tsx'
import { partnershipPageAction } from './__page-action.server.ts'
import { Commitments, PartnershipFacts } from './__parts.tsx'
import { AgreementForms, CommitmentForm, ResultForm } from './__progress.tsx'

export const handle: StringsHandle = { i18n: ['partnerships'] }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const auth = await getSignedInUser(request)
	const partnership = presentPartnership(auth?.user ?? null, params.slug ?? '', language)
	if (!partnership) throw notFound()
	return json({
		partnership,
		signedIn: Boolean(auth),
		today: zonedDay(new Date(), auth?.user.timeZone ?? 'UTC'),
	})
}

export const action = (args: ActionFunctionArgs) => partnershipPageAction(args)

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => contentTitle(matches, data?.partnership.title)

function Publication() {
	const { t } = useTranslation('partnerships')
	const format = useFormat()
	const { partnership } = useLoaderData<typeof loader>()
	return partnership.published ? (
		<p className="notice notice--success">{t('page.published')}</p>
	) : (
		<p className="notice notice--info">{t('page.notPublic', { partners: format.list(partnership.waitingFor) })}</p>
	)
}

export default function PartnershipPage() {
	const { t } = useTranslation('partnerships')
	const href = useHref()
	const { partnership, today } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const intent = actionData && 'intent' in actionData ? actionData.intent : null
	const errors = fieldErrorsOf(actionData)
	// An answer without a known intent (a stale or forged form) shows its error once, at the first form.
	const errorsFor = (...intents: string[]) => (intents.includes(intent ?? 'agree') ? errors : {})
	return (
		<div className="page narrow">
			<p className="muted">{t('page.kind')}</p>
			<h1 {...inLanguage(partnership.textLanguage)}>{partnership.title}</h1>
			{partnership.sample ? <p className="notice notice--info">{t('page.sampleNotice')}</p> : null}
			{partnership.fallback ? <p className="notice notice--info">{t('page.notInYourLanguage')}</p> : null}
			<Publication />
			{partnership.mayEdit ? (
				<p className="inline-actions">
					<Link to={href(`/network/partnerships/${partnership.slug}/edit`)}>{t('page.edit')}</Link>
				</p>
			) : null}
			<PartnershipFacts partnership={partnership} />
			<section aria-labelledby="goal-heading">
				<h2 id="goal-heading">{t('page.goal')}</h2>
				<div {...inLanguage(partnership.textLanguage)}>
					<Paragraphs text={partnership.goal} />
				</div>
			</section>
			<Commitments partnership={partnership} />
			{partnership.actsFor.length ? (
				<section aria-labelledby="your-part-heading">
					<h2 id="your-part-heading">{t('progress.heading')}</h2>
					<AgreementForms partnership={partnership} errors={errorsFor('agree', 'withdraw')} />
					<CommitmentForm partnership={partnership} errors={errorsFor('commit')} />
					<ResultForm partnership={partnership} errors={errorsFor('report')} today={today} />
				</section>
			) : null}
		</div>
	)
}
