import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { indicatorById, indicators } from '#app/modules/indicators/framework.ts'
import { currentYear } from '#app/modules/indicators/months.ts'
import { placeName } from '#app/modules/indicators/names.server.ts'
import { wordsOf } from '#app/modules/indicators/summary.ts'
import { parseTargetInput } from '#app/modules/indicators/target-input.ts'
import { listTargets, removeTarget, setTarget } from '#app/modules/indicators/targets.server.ts'
import { countryOptions } from '#app/platform/country-options.server.ts'
import { redirectWithFlash } from '#app/platform/flash.server.ts'
import { formFailure, refusalReply } from '#app/platform/form-reply.server.ts'
import { echoValues, formValues } from '#app/platform/forms.ts'
import { type StringsHandle } from '#app/platform/i18n.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { languageFromParams } from '#app/platform/routing.server.ts'
import { DataTable } from '#app/ui/data-table.tsx'
import { ErrorSummary, fieldErrorsOf, InputField, LinkedForm, SelectField, SubmitButton } from '#app/ui/forms.tsx'
import { useFormat } from '#app/ui/i18n.tsx'
import { pageTitle } from '#app/ui/meta.ts'
import { Breadcrumbs } from './__parts.tsx'

export const handle: StringsHandle = { i18n: ['indicators'] }

/** Coordinators only: anyone else signed in gets a 403, a visitor the sign-in page, as every admin page does. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const language = languageFromParams(params)
	await requirePermission(request, 'indicators:coordinate')
	const t = serverI18n(language).getFixedT(language, 'indicators')
	return json({
		year: String(currentYear(new Date()).year),
		indicators: indicators.map((indicator) => ({
			value: indicator.id,
			label: `${t(`areas.${indicator.area}`)}: ${t(`${wordsOf(indicator)}.name`)}`,
		})),
		places: [{ value: '', label: t('places.world') }, ...countryOptions(language)],
		targets: listTargets().map((target) => {
			const indicator = indicatorById.get(target.indicator)
			return {
				...target,
				setAt: target.setAt.toISOString(),
				name: indicator ? t(`${wordsOf(indicator)}.name`) : target.indicator,
				share: indicator?.unit === 'share',
				placeName: placeName(target.place, language),
			}
		}),
	})
}

/** Sets or replaces a target (`intent=set`), or removes one (`remove`); each change is in the audit log. */
export async function action({ request, params }: ActionFunctionArgs) {
	const language = languageFromParams(params)
	const { user } = await requirePermission(request, 'indicators:coordinate')
	const form = await request.formData()
	const values = echoValues(formValues(form))
	const parsed = parseTargetInput(form.get('intent') === 'remove' ? { ...values, target: '0' } : values)
	if (!parsed.ok) return formFailure({ fieldErrors: parsed.fieldErrors, values })
	const outcome =
		form.get('intent') === 'remove' ? removeTarget(user, parsed.input) : setTarget(user, parsed.input, new Date())
	if (!outcome.ok) return refusalReply(outcome, { namespace: 'indicators', values })
	return redirectWithFlash(request, `/${language}/indicators/targets`, {
		namespace: 'indicators',
		key: form.get('intent') === 'remove' ? 'pages.targets.removed' : 'pages.targets.saved',
	})
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'pages.targets.title', 'indicators')

export default function IndicatorTargets() {
	const { t } = useTranslation('indicators')
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const format = useFormat()
	const errors = fieldErrorsOf(actionData)
	const values: Record<string, string> =
		actionData && 'values' in actionData ? (actionData.values as Record<string, string>) : {}
	const labels = {
		indicator: t('pages.targets.indicator'),
		year: t('pages.targets.year'),
		place: t('pages.targets.place'),
		target: t('pages.targets.target'),
	}
	return (
		<div className="page indicators">
			<Breadcrumbs>
				<span>{t('pages.targets.title')}</span>
			</Breadcrumbs>
			<h1>{t('pages.targets.title')}</h1>
			<p>{t('pages.targets.intro')}</p>
			<LinkedForm method="POST" id="target" className="stack" noValidate>
				<ErrorSummary form="target" errors={errors} labels={labels} />
				<input type="hidden" name="intent" value="set" />
				<SelectField
					name="indicator"
					label={labels.indicator}
					options={data.indicators}
					defaultValue={values.indicator}
					errors={errors.indicator}
				/>
				<InputField
					name="year"
					label={labels.year}
					inputMode="numeric"
					defaultValue={values.year ?? data.year}
					errors={errors.year}
				/>
				<SelectField
					name="place"
					label={labels.place}
					options={data.places}
					defaultValue={values.place ?? ''}
					errors={errors.place}
				/>
				<InputField
					name="target"
					label={labels.target}
					hint={t('pages.targets.targetHint')}
					inputMode="numeric"
					defaultValue={values.target}
					errors={errors.target}
				/>
				<SubmitButton>{t('pages.targets.save')}</SubmitButton>
			</LinkedForm>
			<h2>{t('pages.targets.listHeading')}</h2>
			<DataTable
				caption={t('pages.targets.listCaption')}
				headings={[
					labels.indicator,
					labels.year,
					labels.place,
					labels.target,
					t('pages.targets.setOn'),
					t('pages.targets.actions'),
				]}
				rows={data.targets}
				rowKey={(row) => `${row.indicator}|${row.year}|${row.place}`}
				empty={t('pages.targets.none')}
				cells={(row) => (
					<>
						<td>{row.name}</td>
						<td>{row.year}</td>
						<td>{row.placeName}</td>
						<td>{row.share ? format.percent(row.target) : format.number(row.target)}</td>
						<td suppressHydrationWarning>{format.date(row.setAt)}</td>
						<td>
							<Form method="POST">
								<input type="hidden" name="intent" value="remove" />
								<input type="hidden" name="indicator" value={row.indicator} />
								<input type="hidden" name="year" value={row.year} />
								<input type="hidden" name="place" value={row.place} />
								<button
									type="submit"
									className="button button--secondary"
									aria-label={t('pages.targets.removeLabel', {
										indicator: row.name,
										year: row.year,
										place: row.placeName,
									})}
								>
									{t('pages.targets.remove')}
								</button>
							</Form>
						</td>
					</>
				)}
			/>
		</div>
	)
}
