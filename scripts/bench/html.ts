/** Reading Atlas's own HTML as a benchmark does: links, form values, and an officer's way into a lesson. */
import { getHtml, postForm } from './server.ts'

const decodeEntities = (text: string) =>
	text
		.replaceAll('&quot;', '"')
		.replaceAll('&#x27;', "'")
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&')

/** Every distinct link on a page whose path matches; read from the HTML so slugs are never hard-coded. */
export function linksMatching(html: string, pattern: RegExp) {
	const found = [...html.matchAll(/href="([^"]+)"/g)].map((match) => decodeEntities(match[1]!))
	return [...new Set(found.filter((href) => pattern.test(href)))]
}

function attributes(tag: string) {
	return Object.fromEntries(
		[...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((match) => [match[1]!, decodeEntities(match[2]!)]),
	)
}

/** The values a browser would submit for a form's hidden inputs and selects, as the page preselects them. */
export function formValues(form: string) {
	const values: Record<string, string> = {}
	for (const [input] of form.matchAll(/<input\b[^>]*>/g)) {
		const { type, name, value } = attributes(input)
		if (type === 'hidden' && name) values[name] = value ?? ''
	}
	for (const [, open, options] of form.matchAll(/(<select\b[^>]*>)([\s\S]*?)<\/select>/g)) {
		const { name } = attributes(open!)
		const choices = [...options!.matchAll(/<option\b[^>]*>/g)].map(([option]) => option)
		const chosen = choices.find((option) => /\sselected/.test(option)) ?? choices[0]
		if (name && chosen) values[name] = attributes(chosen).value ?? ''
	}
	return values
}

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A lesson of a course the officer is enrolled in. The demo enrols nobody, so the officer enrols in the first
 * course whose page offers an enrolment they can take (a cohort may not be open), as the page's form would.
 */
export async function officersLesson(base: string, cookie: string, courses: string[]) {
	for (const course of courses) {
		const lessons = new RegExp(`^${escapeForPattern(course)}/lessons/[^/?#]+$`)
		const page = await getHtml(`${base}${course}`, cookie)
		let lesson = linksMatching(page, lessons)[0]
		const enrolForm = [...page.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)]
			.map(([form]) => form)
			.find((form) => /name="intent" value="enrol"/.test(form))
		if (!lesson && enrolForm) {
			const enrolled = await postForm(base, course, formValues(enrolForm), cookie)
			if (enrolled.status !== 302) continue
			lesson = linksMatching(await getHtml(`${base}${course}`, cookie), lessons)[0]
		}
		if (lesson) return lesson
	}
	throw new Error(`The officer could not enrol in any of: ${courses.join(', ')}.`)
}
