import arAccounts from './ar/accounts.json'
import arAdmin from './ar/admin.json'
import arCommon from './ar/common.json'
import arEmail from './ar/email.json'
import arCertificates from './ar/certificates.json'
import arCourses from './ar/courses.json'
import arTeach from './ar/teach.json'
import arAuthoring from './ar/authoring.json'
import arProgrammes from './ar/programmes.json'
import arSettings from './ar/settings.json'
import arLibrary from './ar/library.json'
import arSearch from './ar/search.json'
import arHome from './ar/home.json'
import arLaws from './ar/laws.json'
import arEvents from './ar/events.json'
import arForums from './ar/forums.json'
import arCampaigns from './ar/campaigns.json'
import arPartnerships from './ar/partnerships.json'
import arNetwork from './ar/network.json'
import arNews from './ar/news.json'
import arIndicators from './ar/indicators.json'
import arOutcomes from './ar/outcomes.json'
import enAccounts from './en/accounts.json'
import enAdmin from './en/admin.json'
import enCommon from './en/common.json'
import enEmail from './en/email.json'
import enCertificates from './en/certificates.json'
import enCourses from './en/courses.json'
import enTeach from './en/teach.json'
import enAuthoring from './en/authoring.json'
import enProgrammes from './en/programmes.json'
import enSettings from './en/settings.json'
import enLibrary from './en/library.json'
import enSearch from './en/search.json'
import enHome from './en/home.json'
import enLaws from './en/laws.json'
import enEvents from './en/events.json'
import enForums from './en/forums.json'
import enCampaigns from './en/campaigns.json'
import enPartnerships from './en/partnerships.json'
import enNetwork from './en/network.json'
import enNews from './en/news.json'
import enIndicators from './en/indicators.json'
import enOutcomes from './en/outcomes.json'
import esAccounts from './es/accounts.json'
import esAdmin from './es/admin.json'
import esCommon from './es/common.json'
import esEmail from './es/email.json'
import esCertificates from './es/certificates.json'
import esCourses from './es/courses.json'
import esTeach from './es/teach.json'
import esAuthoring from './es/authoring.json'
import esProgrammes from './es/programmes.json'
import esSettings from './es/settings.json'
import esLibrary from './es/library.json'
import esSearch from './es/search.json'
import esHome from './es/home.json'
import esLaws from './es/laws.json'
import esEvents from './es/events.json'
import esForums from './es/forums.json'
import esCampaigns from './es/campaigns.json'
import esPartnerships from './es/partnerships.json'
import esNetwork from './es/network.json'
import esNews from './es/news.json'
import esIndicators from './es/indicators.json'
import esOutcomes from './es/outcomes.json'
import frAccounts from './fr/accounts.json'
import frAdmin from './fr/admin.json'
import frCommon from './fr/common.json'
import frEmail from './fr/email.json'
import frCertificates from './fr/certificates.json'
import frCourses from './fr/courses.json'
import frTeach from './fr/teach.json'
import frAuthoring from './fr/authoring.json'
import frProgrammes from './fr/programmes.json'
import frSettings from './fr/settings.json'
import frLibrary from './fr/library.json'
import frSearch from './fr/search.json'
import frHome from './fr/home.json'
import frLaws from './fr/laws.json'
import frEvents from './fr/events.json'
import frForums from './fr/forums.json'
import frCampaigns from './fr/campaigns.json'
import frPartnerships from './fr/partnerships.json'
import frNetwork from './fr/network.json'
import frNews from './fr/news.json'
import frIndicators from './fr/indicators.json'
import frOutcomes from './fr/outcomes.json'

import { type Resources } from './namespaces.ts'

export const resources: Record<'en' | 'fr' | 'es' | 'ar', Resources> = {
	en: {
		common: enCommon,
		accounts: enAccounts,
		settings: enSettings,
		admin: enAdmin,
		email: enEmail,
		programmes: enProgrammes,
		courses: enCourses,
		teach: enTeach,
		authoring: enAuthoring,
		certificates: enCertificates,
		library: enLibrary,
		search: enSearch,
		home: enHome,
		laws: enLaws,
		events: enEvents,
		forums: enForums,
		campaigns: enCampaigns,
		partnerships: enPartnerships,
		network: enNetwork,
		indicators: enIndicators,
		outcomes: enOutcomes,
		news: enNews,
	},
	fr: {
		common: frCommon,
		accounts: frAccounts,
		settings: frSettings,
		admin: frAdmin,
		email: frEmail,
		programmes: frProgrammes,
		courses: frCourses,
		teach: frTeach,
		authoring: frAuthoring,
		certificates: frCertificates,
		library: frLibrary,
		search: frSearch,
		home: frHome,
		laws: frLaws,
		events: frEvents,
		forums: frForums,
		campaigns: frCampaigns,
		partnerships: frPartnerships,
		network: frNetwork,
		indicators: frIndicators,
		outcomes: frOutcomes,
		news: frNews,
	},
	es: {
		common: esCommon,
		accounts: esAccounts,
		settings: esSettings,
		admin: esAdmin,
		email: esEmail,
		programmes: esProgrammes,
		courses: esCourses,
		teach: esTeach,
		authoring: esAuthoring,
		certificates: esCertificates,
		library: esLibrary,
		search: esSearch,
		home: esHome,
		laws: esLaws,
		events: esEvents,
		forums: esForums,
		campaigns: esCampaigns,
		partnerships: esPartnerships,
		network: esNetwork,
		indicators: esIndicators,
		outcomes: esOutcomes,
		news: esNews,
	},
	ar: {
		common: arCommon,
		accounts: arAccounts,
		settings: arSettings,
		admin: arAdmin,
		email: arEmail,
		programmes: arProgrammes,
		courses: arCourses,
		teach: arTeach,
		authoring: arAuthoring,
		certificates: arCertificates,
		library: arLibrary,
		search: arSearch,
		home: arHome,
		laws: arLaws,
		events: arEvents,
		forums: arForums,
		campaigns: arCampaigns,
		partnerships: arPartnerships,
		network: arNetwork,
		indicators: arIndicators,
		outcomes: arOutcomes,
		news: arNews,
	},
}
