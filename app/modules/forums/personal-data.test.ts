import { expect, test } from 'vitest'
import { findPersonalData, type PersonalDataKind } from './personal-data.ts'

const kinds = (text: string) => findPersonalData(text).map((finding) => finding.kind)

function expectFound(kind: PersonalDataKind, sentences: string[]) {
	for (const sentence of sentences) expect({ sentence, found: kinds(sentence) }).toEqual({ sentence, found: [kind] })
}

test('phone numbers are found in international and national forms, in each language', () => {
	expectFound('phone', [
		'Call me on +44 20 7946 0958 after the training.',
		'My number is 020 7946 0958.',
		'Reach the officer at (555) 123-4567.',
		'Appelez-moi au 06 12 34 56 78 demain.',
		'Mon portable : 06.12.34.56.78',
		'tél.0612345678',
		'Mi teléfono es 612 345 678.',
		'Llámame al +34 612-34-56-78.',
		'اتصل بي على +971 50 123 4567',
		'رقم هاتفي ٠٥٥١٢٣٤٥٦٧',
	])
})

test('passport and identity numbers are found, machine-readable lines included', () => {
	expectFound('passport-or-id', [
		'Her passport number is X1234567.',
		'Numéro de passeport : AB1234567',
		'Su DNI es 12345678Z.',
		'El NIE X1234567L figura en el expediente.',
		'رقم جواز السفر P12345678',
		'ID card C01X00T47 was seized.',
	])
	expect(kinds('P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10')).toEqual([
		'passport-or-id',
		'passport-or-id',
	])
})

test('email addresses are found, in a link too', () => {
	expectFound('email', [
		'Write to maria.lopez@example.org for the file.',
		'Écrivez à jean-luc+forum@exemple.fr',
		'Escríbeme a ana_garcia@correo.es',
		'راسلني على ahmed.ali@example.com',
		'[mail me](mailto:someone@example.net)',
	])
})

test('dates of birth are found next to the words for birth, and as full dates of a likely birth year', () => {
	expectFound('date-of-birth', [
		'The victim was born 12/03/1985 in Lagos.',
		'DOB: 2009-07-04',
		'Date of birth: 4 July 2012',
		'She was born on March 4, 2019.',
		'Elle est née le 3 mars 1992 à Lyon.',
		'Date de naissance : 03.03.2004',
		'Nacida el 3 de marzo de 2010 en Quito.',
		'Fecha de nacimiento: 03/03/2018',
		'تاريخ الميلاد: 2019/07/04',
		'من مواليد ١٢ مارس ١٩٨٥',
		'ولد في 12 آذار 2019',
		'The girl, 14/02/1998, was found at the station.',
		'Le mineur (2004-11-23) a été orienté vers un foyer.',
	])
})

test('what was found is shown in part only', () => {
	expect(findPersonalData('Passport X1234567, mail maria.lopez@example.org')).toEqual([
		{ kind: 'passport-or-id', excerpt: 'X12•••67' },
		{ kind: 'email', excerpt: 'ma•••@example.org' },
	])
	for (const { excerpt } of findPersonalData('+33 6 12 34 56 78, born 12/03/1985')) {
		expect(excerpt).toContain('•••')
		expect(excerpt.length).toBeLessThan(9)
	}
})

test('ordinary practice talk finds nothing', () => {
	const ordinary = [
		'Directive 2011/36/EU requires Member States to act.',
		'Regulation (EU) 2024/1689 (the AI Act) applies from 2 August 2026.',
		'See Art. 3(a) of the Palermo Protocol and Article 4(2).',
		'Our cohort ran 2024-2026 with 35 officers; the pass rate rose to 87.5%.',
		'Between 2019 and 2021 referrals rose 12.5%, 18.25% and 30%.',
		'The 2019 2020 2021 2022 reports all say the same.',
		'The course CTH-101 covers ISO 27001, ISO27001 and the UNODC2024 and GLOTIP2022 reports.',
		'In 2023, 27 600 000 people were in forced labour.',
		'We trained 12 345 678 officers, they say.',
		'Le budget est de 12 500 000 € et 1 250 000 €.',
		'The meeting is on 2026-03-14 at 09:00-11:00 CET; office hours 09.00-17.00.',
		'Workshop from 10.02.-13.02.2024 in Vienna.',
		'Read https://www.unodc.org/documents/data-and-analysis/glotip/2022/GLOTIP_2022_web.pdf first.',
		'See https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32011L0036 (CELEX 32011L0036).',
		'Le Protocole de Palerme (2000) et la loi n° 2016-444 du 13 avril 2016.',
		'La loi du 05/08/2013 a modifié le code pénal.',
		'La Directiva 2011/36/UE y el artículo 177 bis del Código Penal; Ley Orgánica 10/1995.',
		'اعتمد البروتوكول في عام 2000 ودخل حيز النفاذ في 25/12/2003.',
		'The Protocol entered into force on 25/12/2003.',
		'Module 2 covers indicators 1-12; module 3 covers 13-24. SDG 8.7 and 16.2. COVID-19.',
		'Rantsev v. Cyprus and Russia, no. 25965/04, ECHR 2010; Case C-540/03.',
		'Session 10:30–12:00 in room B204, version 1.2.3.4 of the checklist.',
		'ISBN 978-3-16-148410-0',
		'Between 1 January 2019 and 31 December 2021 there were 1 234 cases.',
		'The hotline 116 006 is free.',
		'Thanks @maria, that helped.',
		'Elle est née en Roumanie et a suivi le module 3.',
		'Nacido y criado en Madrid, trabaja en la UCRIF desde 2012.',
		'عقدنا 3 دورات تدريبية في 2024 حضرها 120 ضابطا.',
	]
	for (const sentence of ordinary)
		expect({ sentence, found: findPersonalData(sentence) }).toEqual({ sentence, found: [] })
})
