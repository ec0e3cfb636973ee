import { useTranslation } from 'react-i18next'
import { type ElementId, elementGroups, elementsOf } from '#app/modules/laws/vocabulary.ts'

/**
 * The legal elements a lesson or question teaches, ticked by group inside the form that saves it
 * (`lawElements`). Folded away, since most parts teach none.
 */
export function LawElementPicker({ chosen }: { chosen: readonly ElementId[] }) {
	const { t } = useTranslation('laws')
	return (
		<details className="law-elements" open={chosen.length > 0}>
			<summary>{t('taught.editorLegend')}</summary>
			<p className="field-hint">{t('taught.editorHint')}</p>
			{elementGroups.map((group) => (
				<fieldset key={group} className="checks">
					<legend>{t(`groups.${group}`)}</legend>
					{elementsOf(group).map((id) => (
						<div className="check" key={id}>
							<input
								type="checkbox"
								id={`law-element-${id}`}
								name="lawElements"
								value={id}
								defaultChecked={chosen.includes(id)}
							/>
							<label htmlFor={`law-element-${id}`}>{t(`elements.${id}.name`)}</label>
						</div>
					))}
				</fieldset>
			))}
		</details>
	)
}
