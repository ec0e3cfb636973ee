import { type ElementValue } from './framework.ts'
import { elements, type ElementId } from './vocabulary.ts'

type Translate = (key: string, options?: Record<string, unknown>) => string

/** An element's value as a reader reads it: "Yes", "7 years", "30 days", "Unknown". */
export function valueLabel(id: ElementId, value: ElementValue, t: Translate) {
	if (typeof value !== 'number') return t(`values.${value}`)
	return t(`measures.${elements[id].measure}`, { count: value })
}
