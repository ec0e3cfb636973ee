import { Form } from '@remix-run/react'
import { SubmitButton } from '#app/ui/forms.tsx'

/** Approve and refuse buttons for one pending item (an applicant, an organisation). */
export function DecisionForm({
	field,
	id,
	approveLabel,
	refuseLabel,
}: {
	field: string
	id: string
	approveLabel: string
	refuseLabel: string
}) {
	return (
		<Form method="POST" className="inline-actions">
			<input type="hidden" name={field} value={id} />
			<SubmitButton name="decision" value="approve">
				{approveLabel}
			</SubmitButton>
			<SubmitButton name="decision" value="refuse" className="button button--danger">
				{refuseLabel}
			</SubmitButton>
		</Form>
	)
}
