import { countryCodes } from './countries.ts'

/**
 * The five regions the library, the laws and the indicators group countries by, after the UN's geographic regions
 * (M49): Western Asia's Arab states, Iran and Israel are the Middle East; the Caucasus, Türkiye and Cyprus are
 * Europe; Central, South and East Asia and Oceania are Asia-Pacific; Egypt and the Maghreb are Africa.
 */
export const regions = ['africa', 'americas', 'asia-pacific', 'europe', 'middle-east'] as const
export type Region = (typeof regions)[number]

const members: Record<Region, string> = {
	africa:
		'AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TG TN TZ UG YT ZA ZM ZW',
	americas:
		'AG AI AR AW BB BL BM BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GS GT GY HN HT JM KN KY LC MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT US UY VC VE VG VI',
	'asia-pacific':
		'AF AQ AS AU BD BN BT BV CC CN CK CX FJ FM GU HK HM ID IN IO JP KG KH KI KP KR KZ LA LK MH MM MN MO MP MV MY NC NF NP NR NU NZ PF PG PH PK PN PW SB SG TF TH TJ TK TL TM TO TV TW UM UZ VN VU WF WS',
	europe:
		'AD AL AM AT AX AZ BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GE GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM TR UA VA XK',
	'middle-east': 'AE BH IL IQ IR JO KW LB OM PS QA SA SY YE',
}

const regionByCountry = new Map(
	Object.entries(members).flatMap(([region, codes]) => codes.split(' ').map((code) => [code, region as Region])),
)

/** The region a country lies in; undefined for a code that is not a country Atlas lists. */
export const regionOf = (country: string): Region | undefined => regionByCountry.get(country)

/** Every listed country, in its region. */
export const countriesIn = (region: Region) => countryCodes.filter((code) => regionByCountry.get(code) === region)
