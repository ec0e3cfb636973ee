/**
 * The request log, written in batches: a line per request written at once is a blocking write per request (stdout
 * to a file or pipe is synchronous), which cost more than the rest of a small answer. Lines wait at most a quarter
 * of a second, and whatever waits is written when the process exits.
 */
const waiting: string[] = []
let timer: NodeJS.Timeout | null = null

export function logRequest(line: string) {
	waiting.push(line)
	if (waiting.length >= 256) writeWaitingLines()
	else timer ??= setTimeout(writeWaitingLines, 250).unref()
}

export function writeWaitingLines() {
	if (timer) clearTimeout(timer)
	timer = null
	if (waiting.length === 0) return
	process.stdout.write(`${waiting.join('\n')}\n`)
	waiting.length = 0
}

process.on('exit', writeWaitingLines)
