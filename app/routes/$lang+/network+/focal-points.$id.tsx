import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/modules/accounts/auth.server.ts'
import { isStale } from '#app/modules/network/focal-point.ts'
import { confirmFocalPoint, deleteFocalPoint, focalPointFormValues } from '#app/modules/network/focal-points.server.ts'
import { editableFocalPoint } from '#app/modules/network/store.server.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { languageFromParams, notFound, refusedPage } from '#app/platform/routing.server.ts'
import { type FormValues } from '#app/ui/checkbox-group.tsx'
import { fieldErrorsOf, SubmitButton } from '#app/ui/forms.tsx'
import { useFormat, useHref } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { saveFocalPointAction } from './__focal-point-action.server.ts'
import { FocalPointForm } from './__focal-point-form.tsx'

export const handle: StringsHandle = { i18n: ['network'] }

/** Someone else's focal point is a 404 here, exactly like one that does not exist. */
async function ownFocalPoint(request: Request, id: string) {
	const { user } = await requireUser(request)
	const editable = editableFocalPoint(user, id.slice(0, 64))
	if (!editable.ok) throw refusedPage(editable)
	return { user, ...editable }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	const { user, focalPoint, organisation } = await ownFocalPoint(request, params.id ?? '')
	return json({
		id: focalPoint.id,
		organisation: { id: organisation.id, own: organisation.id === user.organisationId },
		confirmedAt: focalPoint.confirmedAt.toISOString(),
		stale: isStale(focalPoint.confirmedAt, new Date()),
		countries: countryOptions(language),
		values: focalPointFormValues(focalPoint) as FormValues,
	})
}

/** Saving the form (`intent=save`), confirming it is still correct (`confirm`) or removing it (`delete`). */
export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user, focalPoint, organisation } = await ownFocalPoint(request, params.id ?? '')
	const form = await request.formData()
	const intent = form.get('intent')
	const suffix = organisation.id === user.organisationId ? '' : `?organisation=${organisation.id}`
	if (intent === 'confirm' || intent === 'delete') {
		const outcome =
			intent === 'confirm' ? confirmFocalPoint(user, focalPoint.id, new Date()) : deleteFocalPoint(user, focalPoint.id)
		if (!outcome.ok) throw notFound()
		return redirectWithFlash(request, `/${language}/network/focal-points${suffix}`, {
			namespace: 'network',
			key: intent === 'confirm' ? 'focalPointForm.confirmed' : 'focalPointForm.deleted',
		})
	}
	return saveFocalPointAction(request, form, language, { existingId: focalPoint.id })
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'focalPointForm.editTitle', 'network')

export default function EditFocalPoint() {
	const { t } = useTranslation('network')
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const href = useHref()
	const format = useFormat()
	const values = (actionData && 'values' in actionData ? actionData.values : data.values) as FormValues
	const suffix = data.organisation.own ? '' : `?organisation=${data.organisation.id}`
	return (
		<div className="page narrow">
			<p>
				<Link to={href(`/network/focal-points${suffix}`)}>{t('focalPointForm.back')}</Link>
			</p>
			<h1>{t('focalPointForm.editTitle')}</h1>
			<p>{t('focalPointForm.intro')}</p>
			<FocalPointForm
				values={values}
				errors={fieldErrorsOf(actionData)}
				countries={data.countries}
				submitLabel={t('focalPointForm.save')}
			/>
			<section aria-labelledby="confirm-heading">
				<h2 id="confirm-heading">{t('focalPointForm.confirmHeading')}</h2>
				<p className={data.stale ? 'notice' : undefined} suppressHydrationWarning>
					{t(data.stale ? 'focalPoint.stale' : 'focalPoint.confirmed', { date: format.date(data.confirmedAt) })}
				</p>
				<p>{t('focalPointForm.confirmIntro')}</p>
				<Form method="POST">
					<input type="hidden" name="intent" value="confirm" />
					<SubmitButton>{t('focalPointForm.confirm')}</SubmitButton>
				</Form>
			</section>
			<section aria-labelledby="delete-heading">
				<h2 id="delete-heading">{t('focalPointForm.deleteHeading')}</h2>
				<Form method="POST">
					<input type="hidden" name="intent" value="delete" />
					<SubmitButton className="button button--danger">{t('focalPointForm.delete')}</SubmitButton>
				</Form>
			</section>
		</div>
	)
}
