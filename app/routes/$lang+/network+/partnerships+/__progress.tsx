import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { type PresentedPartnership } from '#app/modules/network/partnership-pages.server.ts'
import { languages } from '#app/platform/i18n.ts'
import { ErrorList, InputField, SelectField, SubmitButton, TextAreaField } from '#app/ui/forms.tsx'
import { useReader } from '#app/ui/i18n.tsx'

type Errors = Record<string, string[] | undefined>

/** Which partner a form is for: a choice for a platform admin, fixed for a partner's own admin. */
function PartnerChoice({ partners, errors }: { partners: PresentedPartnership['actsFor']; errors: Errors }) {
	const { t } = useTranslation('partnerships')
	if (partners.length === 1)
		return (
			<>
				<input type="hidden" name="organisationId" value={partners[0]!.id} />
				<ErrorList id="organisationId-errors" errors={errors.organisationId} />
			</>
		)
	return (
		<SelectField
			name="organisationId"
			label={t('progress.organisationId')}
			errors={errors.organisationId}
			options={partners.map((partner) => ({ value: partner.id, label: partner.name }))}
		/>
	)
}

function LanguageChoice({ errors }: { errors: Errors }) {
	const { t } = useTranslation('partnerships')
	const { t: common } = useTranslation()
	const { language } = useReader()
	return (
		<SelectField
			name="language"
			label={t('progress.language')}
			hint={t('progress.languageHint')}
			errors={errors.language}
			defaultValue={language}
			options={languages.map((code) => ({ value: code, label: common(`languageNames.${code}`) }))}
		/>
	)
}

/** Agreeing to the public page, or withdrawing, for each partner this reader speaks for. */
export function AgreementForms({ partnership, errors }: { partnership: PresentedPartnership; errors: Errors }) {
	const { t } = useTranslation('partnerships')
	return (
		<section aria-labelledby="agreement-heading">
			<h3 id="agreement-heading">{t('progress.agreementHeading')}</h3>
			<p>{t('progress.agreementIntro')}</p>
			<ErrorList id="agreement-errors" errors={errors.form ?? errors.organisationId} />
			{partnership.actsFor.map((partner) => (
				<Form method="POST" key={partner.id} className="inline-actions">
					<input type="hidden" name="organisationId" value={partner.id} />
					<input type="hidden" name="intent" value={partner.agreesToPublish ? 'withdraw' : 'agree'} />
					<p>{t(partner.agreesToPublish ? 'progress.agrees' : 'progress.notYet', { partner: partner.name })}</p>
					{partner.agreesToPublish ? (
						<SubmitButton className="button button--secondary">
							{t('progress.withdraw', { partner: partner.name })}
						</SubmitButton>
					) : (
						<SubmitButton>{t('progress.agree', { partner: partner.name })}</SubmitButton>
					)}
				</Form>
			))}
		</section>
	)
}

export function CommitmentForm({ partnership, errors }: { partnership: PresentedPartnership; errors: Errors }) {
	const { t } = useTranslation('partnerships')
	return (
		<section aria-labelledby="commit-heading">
			<h3 id="commit-heading">{t('progress.commitHeading')}</h3>
			<Form method="POST" className="stack">
				<ErrorList id="commit-errors" errors={errors.form} />
				<PartnerChoice partners={partnership.actsFor} errors={errors} />
				<TextAreaField name="text" label={t('progress.commitmentText')} errors={errors.text} rows={3} />
				<InputField
					name="dueOn"
					type="date"
					label={t('progress.dueOn')}
					hint={t('progress.dueOnHint')}
					errors={errors.dueOn}
				/>
				<LanguageChoice errors={errors} />
				<input type="hidden" name="intent" value="commit" />
				<SubmitButton>{t('progress.commit')}</SubmitButton>
			</Form>
		</section>
	)
}

export function ResultForm({
	partnership,
	errors,
	today,
}: {
	partnership: PresentedPartnership
	errors: Errors
	today: string
}) {
	const { t } = useTranslation('partnerships')
	const own = new Set(partnership.actsFor.map((partner) => partner.id))
	const commitments = partnership.partners
		.filter((partner) => own.has(partner.id))
		.flatMap((partner) =>
			partner.commitments.map((commitment) => ({
				value: commitment.id,
				label: own.size > 1 ? `${partner.name}: ${commitment.text}` : commitment.text,
			})),
		)
	return (
		<section aria-labelledby="report-heading">
			<h3 id="report-heading">{t('progress.reportHeading')}</h3>
			{commitments.length ? (
				<Form method="POST" className="stack">
					<ErrorList id="report-errors" errors={errors.form} />
					<SelectField
						name="commitmentId"
						label={t('progress.commitmentId')}
						errors={errors.commitmentId}
						options={commitments}
					/>
					<InputField
						name="reportedOn"
						type="date"
						label={t('progress.reportedOn')}
						hint={t('progress.reportedOnHint')}
						errors={errors.reportedOn}
						defaultValue={today}
					/>
					<TextAreaField name="text" label={t('progress.resultText')} errors={errors.text} rows={3} />
					<div className="checkbox">
						<input type="checkbox" id="result-met" name="met" />
						<label htmlFor="result-met">{t('progress.met')}</label>
					</div>
					<LanguageChoice errors={errors} />
					<input type="hidden" name="intent" value="report" />
					<SubmitButton>{t('progress.report')}</SubmitButton>
				</Form>
			) : (
				<p>{t('progress.nothingToReport')}</p>
			)}
		</section>
	)
}
