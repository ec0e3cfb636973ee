import { expect, test } from 'vitest'
import { csvField, toCsv } from './csv.ts'

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection): `=HYPERLINK(...)` in a
// learner's name would otherwise become a live link in the trainer's export.
test.each(['=', '+', '-', '@'])('a value starting with %j is shown as text, not run as a formula', (lead) => {
	expect(csvField(`${lead}HYPERLINK("http://evil.example","open")`)).toBe(
		`"'${lead}HYPERLINK(""http://evil.example"",""open"")"`,
	)
	expect(csvField(`${lead}1+1`)).toBe(`'${lead}1+1`)
})

test('a leading tab or carriage return, which some spreadsheets skip before reading a formula, is defused too', () => {
	expect(csvField('\t=1+1')).toBe("'\t=1+1")
	// The carriage return also ends a line, so the defused value is quoted as well.
	expect(csvField('\r=1+1')).toBe(`"'\r=1+1"`)
})

test('a negative number is defused like any value starting with a minus', () => {
	expect(csvField(-5)).toBe("'-5")
})

test('ordinary values are left as they are', () => {
	for (const value of ['Amina Haddad', 'دورة التعرف على الضحايا', 'a=b', 'x-1', 'user@example.org', '2024-05-01', ''])
		expect(csvField(value)).toBe(value)
	expect(csvField(42)).toBe('42')
	expect(csvField(null)).toBe('')
})

test('commas, quotes and line breaks are quoted, with inner quotes doubled', () => {
	expect(csvField('Lima, Peru')).toBe('"Lima, Peru"')
	expect(csvField('the "Palermo" Protocol')).toBe('"the ""Palermo"" Protocol"')
	expect(csvField('line one\nline two')).toBe('"line one\nline two"')
})

test('rows end with CRLF, as spreadsheets expect', () => {
	expect(
		toCsv([
			['name', 'score'],
			['=cmd', 90],
		]),
	).toBe("name,score\r\n'=cmd,90\r\n")
})
