import { execFileSync } from 'node:child_process'
import path from 'node:path'
import vnuJar from 'vnu-jar'

/** Runs the Nu Html Checker over saved pages and returns its errors as "file: message". */
export function nuErrors(files: string[]) {
	let report: { messages: { type: string; message: string; url: string }[] }
	try {
		execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
			stdio: 'pipe',
			maxBuffer: 64 * 1024 * 1024,
		})
		report = { messages: [] }
	} catch (error) {
		// vnu exits non-zero when it finds errors and writes its JSON report to stderr.
		report = JSON.parse(String((error as { stderr: Buffer }).stderr))
	}
	// `non-document-error` means a file could not be read or parsed at all: as much a failure as an error in it.
	return report.messages
		.filter((message) => message.type === 'error' || message.type === 'non-document-error')
		.map((message) => `${path.basename(message.url)}: ${message.message}`)
}
