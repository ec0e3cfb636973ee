/**
 * The scale dataset's survivor catalogue: programmes run by the dataset's NGOs, in their countries, described in
 * all four languages as the catalogue's content is (a survivor reads the page in their own), verified within the
 * last year but for a few that lapsed and left the catalogue, with the monthly views and interest counters the
 * programmes area keeps (never anything per visitor).
 */
import type Database from 'better-sqlite3'
import { programmeMonthlyCounts, programmes, programmeTexts } from '#app/db/schema/index.ts'
import { monthOf } from '#app/platform/months.ts'
import { languages } from '#app/platform/i18n.ts'
import * as vocabulary from '#app/modules/programmes/vocabulary.ts'
import { inBatches, insertInto } from '../bench/indicators-writers.ts'
import { dayMs, idOf } from '../bench/indicators-world.ts'
import { nameOf, type WordMix } from '../bench/library-text.ts'
import { between, chance, pick, randomStream, WeightedValues } from '../bench/random.ts'
import { scaleStreams } from './sizes.ts'
import { type Texts } from './text.ts'

const trade: WordMix = { vocational: 0.5, function: 0.25, general: 0.25 }
const plain: WordMix = { function: 0.4, general: 0.4, vocational: 0.15, domain: 0.05 }
const offered = new WeightedValues(
	vocabulary.offeredLanguages.map((language, rank) => [language, rank < 4 ? 10 : 2] as const),
)

export function writeProgrammes(
	sqlite: Database.Database,
	texts: Texts,
	options: { seed: number; now: Date; count: number },
) {
	const providers = sqlite.prepare("SELECT id, country FROM organisations WHERE type = 'ngo' ORDER BY rowid").all() as {
		id: string
		country: string
	}[]
	const insertProgramme = insertInto(sqlite, programmes, [
		...(['id', 'slug', 'organisationId', 'sourceLanguage', 'kind', 'sector', 'format', 'country', 'region'] as const),
		...(['languages', 'durationWeeks', 'schedule', 'costAmount', 'costCurrency', 'stipend', 'childcare'] as const),
		...(['transportHelp', 'jobPlacement', 'minimumAge', 'legalStatus', 'literacy', 'phone', 'interestForm'] as const),
		...(['walkIn', 'verifiedAt', 'createdAt', 'updatedAt'] as const),
	])
	const insertText = insertInto(sqlite, programmeTexts, [
		...(['programmeId', 'language', 'title', 'summary', 'skills', 'eligibility', 'certification'] as const),
		...(['accessibility', 'walkInHours', 'updatedAt'] as const),
	])
	const insertCount = insertInto(sqlite, programmeMonthlyCounts, ['programmeId', 'month', 'views', 'interests'])
	const now = options.now.getTime()
	const flag = (value: boolean) => Number(value)
	inBatches(sqlite, options.count, 500, (n) => {
		const random = randomStream(options.seed, scaleStreams.programme, n)
		const provider = pick(random, providers)
		const id = idOf(options.seed, 'programme', n)
		const sector = pick(random, vocabulary.sectors)
		const free = chance(random, 0.65)
		const walkIn = chance(random, 0.35)
		// One listing in twenty-five was not confirmed within the year and has left the catalogue.
		const verifiedAt = now - Math.floor((chance(random, 0.04) ? 370 + random() * 200 : random() * 330) * dayMs)
		const createdAt = verifiedAt - Math.floor(random() * 700 * dayMs)
		insertProgramme({
			id,
			slug: `scale-programme-${n + 1}`,
			organisationId: provider.id,
			sourceLanguage: 'en',
			kind: pick(random, vocabulary.programmeKinds),
			sector,
			format: pick(random, vocabulary.programmeFormats),
			country: provider.country,
			region: nameOf(texts.names(random, 1)[0]!, false),
			languages: JSON.stringify(offered.drawDistinct(random, between(random, 1, 3))),
			durationWeeks: between(random, 2, 52),
			schedule: pick(random, vocabulary.schedules),
			costAmount: free ? null : between(random, 2, 90) * 10,
			costCurrency: free ? null : pick(random, vocabulary.currencies),
			stipend: flag(chance(random, 0.3)),
			childcare: flag(chance(random, 0.2)),
			transportHelp: flag(chance(random, 0.35)),
			jobPlacement: flag(chance(random, 0.4)),
			minimumAge: pick(random, [16, 18, 18, 18, 21]),
			legalStatus: pick(random, vocabulary.legalStatuses),
			literacy: pick(random, vocabulary.literacyLevels),
			phone: chance(random, 0.6) ? `+${between(random, 20, 99)} 555 ${between(random, 1000, 9999)}` : null,
			interestForm: flag(chance(random, 0.75)),
			walkIn: flag(walkIn),
			verifiedAt,
			createdAt,
			updatedAt: verifiedAt,
		})
		const title = texts.line(random, 3, 7, [], trade)
		const summary = texts.paragraph(random, 15, 30, [], { ...plain, vocational: 0.25 })
		const skills = texts.line(random, 3, 6, [], { vocational: 1 })
		const eligibility = texts.paragraph(random, 10, 20, [], plain)
		const certification = texts.line(random, 6, 12, [], plain)
		const accessibility = texts.paragraph(random, 8, 16, [], plain)
		const weekday = new Date(Date.UTC(2024, 0, between(random, 1, 5)))
		const hours = `${between(random, 9, 14)}:00–${between(random, 15, 18)}:00`
		for (const language of languages) {
			const write = texts.in(language)
			const day = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(weekday)
			insertText({
				programmeId: id,
				language,
				title: write.line(title).slice(0, 120),
				summary: write.paragraph(summary),
				// A list of skills, with the language's own comma.
				skills: skills.map((skill) => write.line([skill])).join(language === 'ar' ? '، ' : ', '),
				eligibility: write.paragraph(eligibility),
				certification: write.line(certification),
				accessibility: write.paragraph(accessibility),
				walkInHours: walkIn ? `${day} ${hours}` : '',
				updatedAt: verifiedAt,
			})
		}
		// The last twelve months' counters, from the month it was listed.
		for (let back = 0; back < 12; back++) {
			const month = new Date(Date.UTC(options.now.getUTCFullYear(), options.now.getUTCMonth() - back, 1))
			if (month.getTime() < createdAt - 31 * dayMs) break
			insertCount({
				programmeId: id,
				month: monthOf(month),
				views: between(random, 0, 120),
				interests: between(random, 0, 4),
			})
		}
	})
	return options.count
}
