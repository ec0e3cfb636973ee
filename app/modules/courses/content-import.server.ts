import fs from 'node:fs'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { writeTransaction } from '#app/db/client.server.ts'
import { courses } from '#app/db/schema/index.ts'
import { countryCodes } from '#app/platform/countries.ts'
import { readContentFolders, readYaml, sampleOrganisationId } from '#app/platform/content-files.server.ts'
import { languages, type Language } from '#app/platform/i18n.ts'
import { saveBuild } from '#app/platform/mdx/build-store.server.ts'
import { compileLesson } from '#app/platform/mdx/compile.server.ts'
import {
	courseDocumentSchema,
	type CourseDocument,
	partIdPattern,
	type Question,
	quizReviewSchema,
} from './document.ts'
import { carryDocumentEditions } from './editions.ts'
import { publishDocument } from './publishing.server.ts'
import { findCourseBySlug, hashDocument } from './store.server.ts'
import { competencies, courseFormats, courseLevels, topics } from './vocabulary.ts'

/** The starter courses shipped in `content/courses` (sample material written for Atlas). */
export const defaultCoursesDir = path.resolve('content/courses')

const key = z.string().regex(partIdPattern)
const perLanguage = <T extends z.ZodType>(text: T) => z.partialRecord(z.enum(languages), text)
const titled = perLanguage(z.object({ title: z.string() }))

const courseFileSchema = z.object({
	slug: key,
	sourceLanguage: z.enum(languages),
	organisation: z.string().min(1).max(200),
	organisationCountry: z.enum(countryCodes),
	level: z.enum(courseLevels),
	format: z.enum(courseFormats),
	topics: z.array(z.enum(topics)).min(1),
	competencies: z.array(z.enum(competencies)),
	estimatedHours: z.number().int(),
	certificateValidityMonths: z.number().int().nullable(),
	sources: z.array(z.string()),
	translations: perLanguage(
		z.object({ title: z.string(), summary: z.string(), outcomes: z.array(z.string()), certificate: z.string() }),
	),
	modules: z.array(
		z.object({
			key,
			translations: titled,
			lessons: z.array(z.object({ key, minutes: z.number().int(), required: z.boolean(), translations: titled })),
			quiz: key.optional(),
		}),
	),
})

const questionFileSchema = z.looseObject({ key, kind: z.string(), translations: perLanguage(z.looseObject({})) })
const quizFileSchema = z.object({
	passMark: z.number().int(),
	attemptsAllowed: z.number().int().nullable(),
	drawCount: z.number().int().nullable(),
	shuffleOptions: z.boolean(),
	required: z.boolean(),
	/** Left out, the quiz gets the default review options (and its document, hence its hash, stays as before). */
	review: quizReviewSchema.optional(),
	translations: titled,
	questions: z.array(questionFileSchema),
})

type QuestionFile = z.output<typeof questionFileSchema>
type Keyed = { key: string; translations?: Partial<Record<Language, Record<string, unknown>>> }

/** Moves per-choice texts (options, pairs, items) into the question's own text per language, as the document keeps them. */
function questionFromFile(file: QuestionFile): unknown {
	const { key: id, kind, translations, ...rest } = file
	const choices = (name: 'options' | 'pairs' | 'items') => (rest[name] as Keyed[] | undefined) ?? []
	const texts = Object.fromEntries(
		Object.entries(translations).map(([language, text]) => {
			const byKey = (name: 'options' | 'pairs' | 'items', pick: (value: Record<string, unknown>) => unknown) => {
				const list = choices(name)
				return list.length
					? Object.fromEntries(
							list.map((choice) => [choice.key, pick(choice.translations?.[language as Language] ?? {})]),
						)
					: undefined
			}
			return [
				language,
				{
					...text,
					options: byKey('options', (value) => value),
					pairs: byKey('pairs', (value) => value),
					items: byKey('items', (value) => value.text),
					edition: 1,
				},
			]
		}),
	)
	const structure = (name: 'options' | 'pairs' | 'items') =>
		choices(name).map(({ key: choiceId, translations: _, ...choice }) => ({ id: choiceId, ...choice }))
	return {
		...rest,
		id,
		kind,
		texts,
		...(rest.options ? { options: structure('options') } : {}),
		...(rest.pairs ? { pairs: structure('pairs') } : {}),
		...(rest.items ? { items: structure('items') } : {}),
	}
}

const withEdition = <T extends object>(texts: Partial<Record<Language, T>>) =>
	Object.fromEntries(Object.entries(texts).map(([language, text]) => [language, { ...text, edition: 1 }]))

/** Reads one course folder into a document, compiling every lesson; a refused lesson names its file, line and column. */
export async function readCourseFolder(dir: string) {
	const file = readYaml(path.join(dir, 'course.yaml'), courseFileSchema)
	const builds: { hash: string; code: string }[] = []
	const questions: Question[] = []
	const modules = []
	for (const module of file.modules) {
		const lessons = []
		for (const lesson of module.lessons) {
			const texts: Record<string, unknown> = {}
			for (const [language, { title }] of Object.entries(lesson.translations)) {
				const lessonFile = path.join(dir, 'lessons', `${lesson.key}.${language}.mdx`)
				const body = fs.readFileSync(lessonFile, 'utf8')
				const compiled = await compileLesson(body)
				if (!compiled.ok) {
					const problem = compiled.problems[0]!
					throw new Error(
						`${path.relative(process.cwd(), lessonFile)}:${problem.line}:${problem.column}: ${problem.code} ${problem.name ?? ''}`,
					)
				}
				builds.push({ hash: compiled.hash, code: compiled.code })
				texts[language] = { title, body, build: compiled.hash, edition: 1 }
			}
			lessons.push({ id: lesson.key, minutes: lesson.minutes, required: lesson.required, texts })
		}
		let quiz = null
		if (module.quiz) {
			const quizFile = readYaml(path.join(dir, 'quizzes', `${module.quiz}.yaml`), quizFileSchema)
			questions.push(...(quizFile.questions.map(questionFromFile) as Question[]))
			const { translations, questions: quizQuestions, ...settings } = quizFile
			quiz = {
				id: module.quiz,
				...settings,
				questionIds: quizQuestions.map((question) => question.key),
				texts: withEdition(translations),
			}
		}
		modules.push({ id: module.key, texts: withEdition(module.translations), lessons, quiz })
	}
	const { slug, organisation, organisationCountry, translations, modules: _, ...facts } = file
	const parsed = courseDocumentSchema.safeParse({ ...facts, texts: withEdition(translations), modules, questions })
	if (!parsed.success) {
		const problem = parsed.error.issues[0]!
		throw new Error(`${slug}: ${problem.path.join('.')}: ${problem.message}`)
	}
	return { slug, organisation: { name: organisation, country: organisationCountry }, document: parsed.data, builds }
}

/**
 * Loads the starter courses. Idempotent: an unchanged folder publishes nothing; a
 * changed one replaces its draft and publishes it as the next revision, with editions
 * carried over so out-of-date translations show as such.
 */
export async function importCourses(dir = defaultCoursesDir, now = new Date()) {
	const read = await readContentFolders(dir, readCourseFolder)
	return writeTransaction((tx) => {
		let added = 0
		let revised = 0
		for (const { slug, organisation, document: fresh, builds } of read) {
			// Compared with what was imported last, not with the draft, so a trainer's edits in Atlas survive an unchanged file.
			const contentHash = hashDocument(fresh)
			const existing = findCourseBySlug(slug, tx)
			if (existing && !existing.isSample)
				throw new Error(
					`${slug}: a course written in Atlas already uses this address; rename the folder in content/courses`,
				)
			if (existing?.contentHash === contentHash) continue
			for (const build of builds) saveBuild(build.hash, build.code, tx)
			const document: CourseDocument = carryDocumentEditions(existing?.draft, fresh)
			if (existing) {
				tx.update(courses)
					.set({ draft: document, draftVersion: existing.draftVersion + 1, contentHash, updatedAt: now })
					.where(eq(courses.id, existing.id))
					.run()
				revised += 1
			} else added += 1
			const course =
				existing ??
				tx
					.insert(courses)
					.values({
						slug,
						organisationId: sampleOrganisationId({ ...organisation, type: 'agency' }, now, tx),
						draft: document,
						contentHash,
						isSample: true,
					})
					.returning()
					.get()
			publishDocument(tx, course.id, document, null, now)
		}
		return { added, revised }
	})
}
