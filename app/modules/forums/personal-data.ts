/**
 * Forums are for practice, not case files. A post that looks like it holds someone's phone number, identity document,
 * email address or date of birth is held with a warning until its author removes it or confirms it is fine. The
 * checks lean towards silence on ordinary practice talk (statutes, years, statistics, course codes, addresses of web
 * pages), because a warning that cries wolf teaches people to click it away.
 */
export type PersonalDataKind = 'phone' | 'passport-or-id' | 'email' | 'date-of-birth'
export type PersonalDataFinding = { kind: PersonalDataKind; excerpt: string }

type Found = { kind: PersonalDataKind; start: number; end: number; excerpt: string }

/** Enough of what was found to recognise it, without repeating it in full in the warning. */
export function maskExcerpt(text: string) {
	const chars = [...text.trim()]
	if (chars.length <= 4) return `${chars[0] ?? ''}•••`
	return `${chars.slice(0, 3).join('').trimEnd()}•••${chars.slice(-2).join('').trimStart()}`
}

function maskEmail(address: string) {
	const at = address.lastIndexOf('@')
	return `${[...address.slice(0, at)].slice(0, 2).join('')}•••${address.slice(at)}`
}

// Arabic-Indic and Persian digits become ASCII ones, one code unit for one, so positions stay the same.
function asciiDigits(text: string) {
	return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String((digit.charCodeAt(0) - 0x0660) % 0x90))
}

function blank(text: string, start: number, end: number) {
	return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end)
}

const emailAddress =
	/(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-][\p{L}\p{N}._%+-]*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu
const webAddress = /(?:\bhttps?:\/\/|\bwww\.)[^\s<>"'`]+/giu

const months = [
	// English
	'january|february|march|april|may|june|july|august|september|october|november|december',
	'jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec',
	// French
	'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre',
	// Spanish
	'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre',
	// Arabic, both the Egyptian-Gulf and the Levantine-Iraqi names
	'يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر',
	'كانون الثاني|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|اب|أيلول|ايلول|تشرين الأول|تشرين الاول|تشرين الثاني|كانون الأول|كانون الاول',
].join('|')

const numericDate = String.raw`(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})`
const writtenDate = String.raw`(?:\d{1,2}(?:st|nd|rd|th|er|º|°)?\s+(?:de\s+|of\s+)?(?:${months})\.?,?\s+(?:de\s+|del\s+)?\d{4}|(?:${months})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`
const anyDate = new RegExp(
	`^[\\s:,.\\-–]*(?:(?:on|le|el|du|del|في|فى|بتاريخ)\\s+)?(${numericDate}|${writtenDate})(?![\\p{L}\\p{N}])`,
	'iu',
)

const birthWords = new RegExp(
	[
		String.raw`born(?:\s+on)?`,
		String.raw`d\.?\s?o\.?\s?b\.?`,
		String.raw`date\s+of\s+birth`,
		String.raw`birth\s?date`,
		String.raw`birthday`,
		String.raw`n[ée]e?(?:\s?\(e\))?(?=\s+le\b)`,
		String.raw`date\s+de\s+naissance`,
		String.raw`nacid[oa]`,
		String.raw`fecha\s+de\s+nacimiento`,
		String.raw`f\.\s?nac\.?`,
		String.raw`تاريخ\s+(?:الميلاد|الولادة)`,
		String.raw`مواليد`,
		String.raw`و[ُ]?لد(?:ت)?`,
		String.raw`المولود(?:ة)?`,
	]
		.map((word) => `(?<![\\p{L}])(?:${word})(?![\\p{L}])`)
		.join('|'),
	'giu',
)

const fullDate = new RegExp(
	String.raw`(?<![\p{L}\p{N}./-])(?:(\d{1,2})[./-](\d{1,2})[./-](\d{4})|(\d{4})[./-](\d{1,2})[./-](\d{1,2}))(?![\p{L}\p{N}]|[./-]\d)`,
	'gu',
)

// A date after these is when a law was made or a treaty came into force, not when someone was born.
// Arabic words take their conjunction (و, ف) as a prefix, so only the Latin ones are held to a word boundary.
const instrumentContext =
	/(?:(?<!\p{L})(?:adopted|signed|ratified|(?:entered|came)\s+into\s+force|in\s+force|published|amended|law|act|directive|regulation|decree|convention|protocol|judg(?:e)?ment|adopté|signé|ratifié|entrée?\s+en\s+vigueur|publié|modifié|loi|décret|règlement|arrêt|adoptad[oa]|firmad[oa]|ratificad[oa]|entró\s+en\s+vigor|publicad[oa]|modificad[oa]|ley|decreto|reglamento|directiva|convención|protocolo|sentencia)|اعتمد|وقع|صادق|دخل\s+حيز|نشر|قانون|مرسوم|اتفاقية|بروتوكول|حكم)[^.!?\n]{0,30}$/iu

function isCalendarDate(day: number, month: number) {
	return day >= 1 && day <= 31 && month >= 1 && month <= 12
}

function datesOfBirth(text: string): Found[] {
	const found: Found[] = []
	for (const word of text.matchAll(birthWords)) {
		const after = word.index + word[0].length
		const date = anyDate.exec(text.slice(after, after + 60))
		if (!date?.[1]) continue
		const start = after + date[0].length - date[1].length
		found.push({ kind: 'date-of-birth', start, end: start + date[1].length, excerpt: '' })
	}
	for (const date of text.matchAll(fullDate)) {
		const [, d, m, y, isoYear, isoMonth, isoDay] = date
		const year = Number(y ?? isoYear)
		if (year < 1930 || year > 2015) continue
		const [first, second] = isoYear ? [Number(isoDay), Number(isoMonth)] : [Number(d), Number(m)]
		// Day first or month first: either reading of a real calendar date counts.
		if (!isCalendarDate(first, second) && !isCalendarDate(second, first)) continue
		if (instrumentContext.test(text.slice(Math.max(0, date.index - 60), date.index))) continue
		found.push({ kind: 'date-of-birth', start: date.index, end: date.index + date[0].length, excerpt: '' })
	}
	return found
}

// A machine-readable passport zone: capitals, digits and `<` fillers.
const machineReadableZone = /(?<![A-Z0-9<])(?=[A-Z0-9<]*<)[A-Z0-9<]{20,}(?![A-Z0-9<])/g
const lettersThenDigits = /(?<![\p{L}\p{N}_])[A-Za-z]{1,2}\d{6,9}(?![\p{L}\p{N}_])/gu
const mixedToken = /(?<![\p{L}\p{N}_])(?=[A-Z0-9]*[A-Z])(?=(?:[A-Z]*\d){4})[A-Z0-9]{8,12}(?![\p{L}\p{N}_])/gu

// Standards and reports are named with a word and a number (ISO27001, UNODC2024), and EU law by its CELEX number.
function isNamedNumber(token: string) {
	const named = /^[A-Z]{3,}(\d+)$/.exec(token)
	if (named?.[1] && (named[1].length <= 5 || /^(?:19|20)\d\d$/.test(named[1]))) return true
	return /^[0-9CE]\d{4}[A-Z]{1,2}\d{4}$/.test(token)
}

function identityNumbers(text: string): Found[] {
	const found: Found[] = []
	for (const zone of text.matchAll(machineReadableZone)) {
		if (!zone[0].includes('<<') && (zone[0].match(/\d/g)?.length ?? 0) < 6) continue
		found.push({ kind: 'passport-or-id', start: zone.index, end: zone.index + zone[0].length, excerpt: '' })
	}
	for (const pattern of [lettersThenDigits, mixedToken]) {
		for (const token of text.matchAll(pattern)) {
			if (isNamedNumber(token[0])) continue
			found.push({ kind: 'passport-or-id', start: token.index, end: token.index + token[0].length, excerpt: '' })
		}
	}
	return found
}

// Digits joined by what people put between the groups of a phone number; `(0)` and `+` included.
const digitRun = /(?<![\p{L}\p{N}_+])(?:\+|\()?\d(?:[ \u00a0\u202f./\-–()]{0,3}\d)*\)?/gu
const phoneWords =
	/(?:tel|tél|phone|mobile|cell|call|whatsapp|signal|telegram|viber|sms|text\s+me|number|numéro|portable|appel\w*|joindre|teléfono|telefono|móvil|movil|celular|llam\w*|número|هاتف|الهاتف|جوال|الجوال|موبايل|واتساب|اتصل|رقم)[^\p{N}\n]{0,20}$/iu
const citationWords =
	/(?<!\p{L})(?:regulation|directive|decision|règlement|décision|reglamento|directiva|decisión|law|loi|ley|act|decree|décret|decreto|nos?\.|n[°º]|nr\.?|núm\.?|art(?:icle|ículo|\.)?s?|case|affaire|asunto|isbn|issn|doi|celex|ecli|ref(?:erence)?\.?|report|rapport|informe|pages?|pp?\.|para(?:graph)?s?\.?|§|قانون|المادة|مادة|مرسوم|لائحة|توجيه|القضية)\W*(?:\([A-Z]{2,3}\)\s*)?(?:n[°º]\s*|no\.?\s*)?$/iu
const quantityAfter =
	/^\s?(?:%|€|\$|£|euros?|eur|usd|dollars?|people|persons?|personas|personnes|victims?|victimes|víctimas|cases|casos|cas\b|ضحية|ضحايا|شخص)/iu

// Only with a four-digit year: `06.12.34.56.78` is a phone number that starts like a short date.
const containsDate = /(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})(?!\d)/
const timeRange = /^\d{1,2}[.:h]\d{2}\s?[-–]\s?\d{1,2}[.:h]\d{2}$/

function isPhoneNumber(text: string, start: number, candidate: string) {
	const digits = candidate.replace(/\D/g, '')
	if (digits.length < 8 || digits.length > 15) return false
	if (candidate.startsWith('+')) return true
	const groups = candidate.split(/\D+/).filter(Boolean)
	const before = text.slice(Math.max(0, start - 40), start)
	const after = text.slice(start + candidate.length, start + candidate.length + 20)
	if (groups.every((group) => /^(?:19|20)\d\d$/.test(group))) return false
	if (containsDate.test(candidate) || timeRange.test(candidate)) return false
	if (/^(?:19|20)\d\d\s?\/\s?\d{1,5}$/.test(candidate)) return false
	if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(candidate)) return false
	if (groups.length === 2 && /^\d+[.,]\d+$/.test(candidate)) return false
	if (groups.filter((group) => group.length === 1).length > 2) return false
	if (citationWords.test(before)) return false
	const inThousands = /^[1-9]\d{0,2}(?:[ \u00a0\u202f.]\d{3})+$/.test(candidate)
	// `612 345 678` is how Spain writes a mobile number, and how France writes twelve million: only a word says which.
	if (inThousands && !phoneWords.test(before)) return false
	if (quantityAfter.test(after) && !phoneWords.test(before)) return false
	return digits.startsWith('0') || groups.length > 1 || phoneWords.test(before)
}

function phoneNumbers(text: string): Found[] {
	const found: Found[] = []
	for (const run of text.matchAll(digitRun)) {
		const candidate = run[0].replace(/[^\d]+$/, '')
		if (!isPhoneNumber(text, run.index, candidate)) continue
		found.push({ kind: 'phone', start: run.index, end: run.index + candidate.length, excerpt: '' })
	}
	return found
}

/** What in a post looks like personal data, in the order it appears. */
export function findPersonalData(text: string): PersonalDataFinding[] {
	const found: Found[] = []
	let rest = asciiDigits(text)
	const take = (items: Found[]) => {
		for (const item of items) {
			// Two checks may see the same words (a date after "born" is also a date); the first one to see them wins.
			if (found.some((other) => item.start < other.end && other.start < item.end)) continue
			found.push(item)
			rest = blank(rest, item.start, item.end)
		}
	}
	take(
		[...rest.matchAll(emailAddress)].map((match) => ({
			kind: 'email' as const,
			start: match.index,
			end: match.index + match[0].length,
			excerpt: maskEmail(match[0]),
		})),
	)
	// The address of a web page names a page, not a person; what else it holds was looked at above.
	for (const address of [...rest.matchAll(webAddress)]) {
		rest = blank(rest, address.index, address.index + address[0].length)
	}
	take(datesOfBirth(rest))
	take(identityNumbers(rest))
	take(phoneNumbers(rest))
	return found
		.sort((a, b) => a.start - b.start)
		.map(({ kind, start, end, excerpt }) => ({ kind, excerpt: excerpt || maskExcerpt(text.slice(start, end)) }))
}
