/** The memory of a server and the processes it started, sampled while it is under load. */
import fs from 'node:fs'

/** The process and its descendants, from /proc (Linux). */
function processTree(pid: number): number[] {
	const children = fs
		.readdirSync(`/proc/${pid}/task`)
		.flatMap((task) => {
			try {
				return fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/)
			} catch {
				return []
			}
		})
		.filter(Boolean)
		.map(Number)
	return [pid, ...children.flatMap((child) => processTree(child))]
}

function residentBytes(pid: number) {
	try {
		const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
		return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024
	} catch {
		return 0
	}
}

export type MemoryPeak = { largestProcessBytes: number; allProcessesBytes: number; samples: number }

/** Samples the tree's resident memory every `everyMs` until `stop()`, which answers the peaks seen. */
export function sampleMemory(pid: number, everyMs = 500) {
	const peak: MemoryPeak = { largestProcessBytes: 0, allProcessesBytes: 0, samples: 0 }
	const sample = () => {
		let pids: number[]
		try {
			pids = processTree(pid)
		} catch {
			return
		}
		const sizes = pids.map(residentBytes)
		peak.largestProcessBytes = Math.max(peak.largestProcessBytes, ...sizes)
		peak.allProcessesBytes = Math.max(
			peak.allProcessesBytes,
			sizes.reduce((sum, size) => sum + size, 0),
		)
		peak.samples++
	}
	sample()
	const timer = setInterval(sample, everyMs)
	return {
		stop() {
			clearInterval(timer)
			sample()
			return peak
		},
	}
}
