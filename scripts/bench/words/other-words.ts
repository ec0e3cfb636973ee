import { type Language } from '#app/platform/i18n.ts'
import { type ConceptRow } from './domain.ts'

/** The words of survivors' training programmes: trades, courses and what they lead to. */
export const vocationalWords: readonly ConceptRow[] = [
	['tailoring', 'couture', 'costura', 'الخياطة'],
	['sewing', 'confection', 'confección', 'التفصيل'],
	['cooking', 'cuisine', 'cocina', 'الطبخ'],
	['bakery', 'boulangerie', 'panadería', 'المخبز'],
	['pastry', 'pâtisserie', 'repostería', 'الحلويات'],
	['hairdressing', 'coiffure', 'peluquería', 'تصفيف'],
	['beauty', 'esthétique', 'estética', 'التجميل'],
	['computer', 'informatique', 'informática', 'الحاسوب'],
	['accounting', 'comptabilité', 'contabilidad', 'المحاسبة'],
	['carpentry', 'menuiserie', 'carpintería', 'النجارة'],
	['plumbing', 'plomberie', 'fontanería', 'السباكة'],
	['electrical', 'électricité', 'electricidad', 'الكهرباء'],
	['welding', 'soudure', 'soldadura', 'اللحام'],
	['gardening', 'jardinage', 'jardinería', 'البستنة'],
	['beekeeping', 'apiculture', 'apicultura', 'النحل'],
	['hospitality', 'hôtellerie', 'hostelería', 'الضيافة'],
	['childcare', 'puériculture', 'puericultura', 'الحضانة'],
	['driving', 'conduite', 'conducción', 'القيادة'],
	['literacy', 'alphabétisation', 'alfabetización', 'محو'],
	['mechanics', 'mécanique', 'mecánica', 'الميكانيكا'],
	['textiles', 'textile', 'textil', 'النسيج'],
	['crafts', 'artisanat', 'artesanía', 'الحرف'],
	['retail', 'vente', 'comercio', 'البيع'],
	['cleaning', 'nettoyage', 'limpieza', 'التنظيف'],
	['certificate', 'certificat', 'certificado', 'شهادة'],
	['apprenticeship', 'apprentissage', 'aprendizaje', 'التلمذة'],
	['internship', 'stage', 'pasantía', 'التربص'],
	['course', 'cours', 'curso', 'الدورة'],
	['classes', 'classes', 'clases', 'الحصص'],
	['eligibility', 'admissibilité', 'requisitos', 'الأهلية'],
	['free', 'gratuit', 'gratuito', 'مجاني'],
	['weeks', 'semaines', 'semanas', 'أسابيع'],
	['allowance', 'allocation', 'beca', 'المنحة'],
	['placement', 'placement', 'colocación', 'التوظيف'],
]

/**
 * The small words that hold sentences together, most frequent first. They differ from one language to the next, so
 * a translation draws its own rather than mapping them.
 */
export const functionWords: Record<Language, readonly string[]> = {
	en: [
		...['the', 'of', 'and', 'to', 'in', 'a', 'for', 'is', 'on', 'that', 'by', 'with', 'as', 'are', 'from', 'at'],
		...['be', 'this', 'which', 'or', 'an', 'was', 'their', 'has', 'have', 'not', 'were', 'it', 'its', 'between'],
		...['into', 'under', 'when', 'who', 'also', 'these', 'such', 'than', 'all', 'other', 'more', 'after', 'before'],
		...['during', 'where', 'should', 'must', 'can', 'may', 'will', 'through', 'about', 'both', 'each', 'how'],
	],
	fr: [
		...['de', 'la', 'le', 'les', 'des', 'et', 'à', 'en', 'du', 'un', 'une', 'pour', 'dans', 'sur', 'par', 'avec'],
		...['est', 'sont', 'qui', 'que', 'ce', 'cette', 'ces', 'leur', 'leurs', 'ou', 'au', 'aux', 'il', 'elle', 'ils'],
		...['ne', 'pas', 'plus', 'entre', 'sous', 'lors', 'après', 'avant', 'pendant', 'où', 'doit', 'peut'],
		...['peuvent', 'ainsi', 'aussi', 'selon', 'tous', 'chaque', 'comme'],
	],
	es: [
		...['de', 'la', 'el', 'los', 'las', 'y', 'en', 'a', 'del', 'que', 'se', 'un', 'una', 'para', 'por', 'con'],
		...['es', 'son', 'su', 'sus', 'o', 'al', 'lo', 'como', 'más', 'entre', 'sobre', 'bajo', 'tras', 'antes'],
		...['durante', 'donde', 'debe', 'puede', 'pueden', 'también', 'cada', 'todos', 'según', 'este', 'esta'],
		...['estos', 'ha', 'han', 'no', 'sin', 'hasta'],
	],
	ar: [
		...['في', 'من', 'و', 'إلى', 'على', 'أن', 'عن', 'مع', 'التي', 'الذي', 'هذا', 'هذه', 'أو', 'كما', 'بين'],
		...['بعد', 'قبل', 'خلال', 'حول', 'لدى', 'عند', 'كل', 'بعض', 'غير', 'إن', 'قد', 'لا', 'لم', 'ما', 'هو'],
		...['هي', 'ذلك', 'تلك', 'ضمن', 'عبر', 'حتى', 'نحو', 'منذ', 'يجب', 'يمكن', 'الذين'],
	],
}

/**
 * Syllables for the names of places, people and operations, each as written in Latin letters and in Arabic, so a
 * name reads the same in every language of a document: "Kalimar" is "كاليمار".
 */
export const syllables: readonly (readonly [latin: string, arabic: string])[] = [
	['ka', 'كا'],
	['ra', 'را'],
	['lo', 'لو'],
	['mi', 'مي'],
	['ta', 'تا'],
	['ri', 'ري'],
	['na', 'نا'],
	['do', 'دو'],
	['sa', 'سا'],
	['ben', 'بن'],
	['tor', 'تور'],
	['mar', 'مار'],
	['sel', 'سل'],
	['vin', 'فين'],
	['gu', 'غو'],
	['ha', 'ها'],
	['zu', 'زو'],
	['ko', 'كو'],
	['li', 'لي'],
	['nu', 'نو'],
	['ba', 'با'],
	['des', 'دس'],
	['ram', 'رام'],
	['tal', 'تال'],
	['kim', 'كيم'],
	['or', 'أور'],
	['el', 'إل'],
	['fa', 'فا'],
	['mo', 'مو'],
	['si', 'سي'],
	['bu', 'بو'],
	['ja', 'جا'],
	['wa', 'وا'],
	['qa', 'قا'],
	['sha', 'شا'],
	['lan', 'لان'],
	['dor', 'دور'],
	['mun', 'مون'],
	['tis', 'تيس'],
	['gar', 'غار'],
	['bel', 'بيل'],
	['ne', 'ني'],
]
