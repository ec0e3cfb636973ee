/** The Markdown that `npm run scale-data` prints: how long each part took, what the dataset holds, and its landmarks. */
import { type ScaleData } from './generate.ts'
import { issueTargets, type ScaleSize } from './sizes.ts'

const count = (value: number) => value.toLocaleString('en')

export function partsTable(seconds: Record<string, number>, totalSeconds: number) {
	const lines = ['| part | seconds |', '| --- | ---: |']
	for (const [part, value] of Object.entries(seconds)) lines.push(`| ${part} | ${value.toFixed(1)} |`)
	lines.push(`| **whole run** | **${totalSeconds.toFixed(1)}** |`)
	return lines.join('\n')
}

/** Rows made beside the issue's figures (for the quick size, a tenth of them). */
export function rowsTable(rows: Record<string, number>, size: ScaleSize) {
	const share = size === 'quick' ? 0.1 : 1
	const lines = [`| rows | made | issue 22 asks${share < 1 ? ' (a tenth)' : ''} |`, '| --- | ---: | ---: |']
	for (const [table, value] of Object.entries(rows)) {
		const target = issueTargets[table]
		lines.push(`| ${table} | ${count(value)} | ${target === undefined ? '' : count(target * share)} |`)
	}
	return lines.join('\n')
}

export function landmarkLines(landmarks: ScaleData['landmarks']) {
	const { accounts } = landmarks
	return [
		`- course: ${landmarks.course.slug} (${landmarks.course.lessons} lessons), a lesson: ${landmarks.lesson}`,
		`- certificate: ${landmarks.certificate.path}`,
		`- busiest country: ${landmarks.busiestCountry}; laws compared: ${landmarks.compare}`,
		`- library search: ${landmarks.librarySearch}; an upcoming event: ${landmarks.upcomingEvent ?? 'none'}`,
		`- organisation: ${landmarks.organisation.name} (${count(landmarks.organisation.officers)} officers)`,
		`- accounts (password "${accounts.password}"): ${accounts.officer.email} (officer, taking the course), ` +
			`${accounts.orgAdmin.email} (organisation admin, TOTP key ${accounts.orgAdmin.totpKey}), ` +
			`${accounts.coordinator.email} (coordinator, TOTP key ${accounts.coordinator.totpKey})`,
	].join('\n')
}
