import { type MdxProblem } from './problems.ts'

const mediaKinds: Record<string, string> = {
	'Figure:src': 'image/',
	'Video:src': 'video/',
	'Video:captions': 'text/vtt',
}

/**
 * Every Figure and Video must show a file uploaded to this course, of the kind the
 * attribute expects (an image, a video, captions). Attributes are plain strings by then:
 * the MDX rules have already refused anything else.
 */
export function findMediaProblems(body: string, uploaded: { hash: string; type: string }[]): MdxProblem[] {
	const problems: MdxProblem[] = []
	const lineAndColumn = (index: number) => {
		const before = body.slice(0, index).split('\n')
		return { line: before.length, column: before.at(-1)!.length + 1 }
	}
	for (const tag of body.matchAll(/<(Figure|Video)\b([^>]*)>/g)) {
		for (const attribute of tag[2]!.matchAll(/\b(src|captions)\s*=\s*"([^"]*)"/g)) {
			const expected = mediaKinds[`${tag[1]}:${attribute[1]}`]!
			const hash = /^media:([0-9a-f]{64})$/.exec(attribute[2]!)?.[1]
			const file = hash ? uploaded.find((candidate) => candidate.hash === hash) : undefined
			if (!file?.type.startsWith(expected))
				problems.push({
					...lineAndColumn(tag.index! + 1 + tag[1]!.length + attribute.index!),
					code: 'unknown-media',
					name: attribute[2]!,
				})
		}
	}
	return problems
}
