import { type SeriesId } from '../vocabulary.ts'
import { awarenessCounters } from './awareness.server.ts'
import { cooperationCounters } from './cooperation.server.ts'
import { type Counter } from './counter.ts'
import { eventCounters } from './events.server.ts'
import { lawCounters } from './laws.server.ts'
import { libraryCounters } from './library.server.ts'
import { outcomeCounters } from './outcomes.server.ts'
import { programmeCounters } from './programmes.server.ts'
import { trainingCounters } from './training.server.ts'

/** Every series' counter, each reading its own area's tables; the type makes a series without one fail to build. */
export const counters: Record<SeriesId, Counter> = {
	...trainingCounters,
	...outcomeCounters,
	...eventCounters,
	...libraryCounters,
	...lawCounters,
	...programmeCounters,
	...cooperationCounters,
	...awarenessCounters,
}
