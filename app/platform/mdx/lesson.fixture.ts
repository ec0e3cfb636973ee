export const mediaId = `media:${'ab12'.repeat(16)}`

/** A lesson that uses every allowed component, shared by the compile and render tests. */
export const completeLesson = `# Spotting the signs

Officers meet <Term definition="moving people by force or deceit to exploit them">trafficking</Term> in many places.

<Callout kind="warning">
Never interview a possible victim in front of the person who brought them.
</Callout>

<Callout>A note without a kind.</Callout>

<KeyPoints>
- Look for control of documents
- Ask about debts
</KeyPoints>

<Scenario title="A roadside check">
A van stops at a border crossing with *nine* passengers.
</Scenario>

<Details summary="Sources">
See the [UNODC page](https://www.unodc.org/) and [our guide](/library/guide#signs).
</Details>

<Figure src="${mediaId}" alt="A van at a checkpoint">The checkpoint at dawn</Figure>

<Video src="${mediaId}" captions="captions/interview.vtt" title="An interview, step by step" />
`

/** The callout labels as a Spanish page passes them to the renderer. */
export const spanishLabels = {
	note: 'Nota',
	tip: 'Consejo',
	warning: 'Advertencia',
	keyPoints: 'Puntos clave',
	scenario: 'Escenario',
	definition: 'Definición',
	unavailable: 'No se ha podido mostrar esta parte de la página.',
}
