import { eq } from 'drizzle-orm'
import { getDb, writeTransaction } from '#app/db/client.server.ts'
import { forumCategories, users } from '#app/db/schema/index.ts'
import { type CategoryTexts } from '#app/db/schema/forums.ts'
import { getAccountUser } from '#app/modules/accounts/users.server.ts'
import { reply, startThread } from '#app/modules/forums/posting.server.ts'
import { type CategoryKind } from '#app/modules/forums/vocabulary.ts'
import { type AccessTier } from '#app/modules/library/vocabulary.ts'

type DemoCategory = { slug: string; kind: CategoryKind; tier: AccessTier; texts: CategoryTexts }

const text = (name: string, description: string) => ({ name, description })

/** Sample categories: topics and regions for members, one open to everyone, one for law enforcement only. */
const demoCategories: DemoCategory[] = [
	{
		slug: 'about-atlas',
		kind: 'topic',
		tier: 'public',
		texts: {
			en: text(
				'About Atlas and its training',
				'Questions about the courses, certificates and how Atlas works (sample).',
			),
			fr: text(
				'À propos d’Atlas et de ses formations',
				'Questions sur les formations, les certificats et Atlas (exemple).',
			),
			es: text('Sobre Atlas y su formación', 'Preguntas sobre los cursos, los certificados y Atlas (ejemplo).'),
			ar: text('حول أطلس وتدريباته', 'أسئلة حول الدورات والشهادات وطريقة عمل أطلس (مثال).'),
		},
	},
	{
		slug: 'victim-identification',
		kind: 'topic',
		tier: 'members',
		texts: {
			en: text('Identifying victims', 'Indicators, first contact and referral in practice (sample).'),
			fr: text('Identifier les victimes', 'Indicateurs, premier contact et orientation en pratique (exemple).'),
			es: text('Identificar a las víctimas', 'Indicadores, primer contacto y derivación en la práctica (ejemplo).'),
			ar: text('تحديد الضحايا', 'المؤشرات وأول اتصال والإحالة في الممارسة (مثال).'),
		},
	},
	{
		slug: 'cross-border-investigations',
		kind: 'topic',
		tier: 'members',
		texts: {
			en: text('Cross-border investigations', 'Joint investigation teams, evidence and requests abroad (sample).'),
			fr: text('Enquêtes transfrontalières', 'Équipes communes d’enquête, preuves et demandes à l’étranger (exemple).'),
			es: text(
				'Investigaciones transfronterizas',
				'Equipos conjuntos de investigación, pruebas y solicitudes (ejemplo).',
			),
			ar: text('التحقيقات العابرة للحدود', 'فرق التحقيق المشتركة والأدلة والطلبات في الخارج (مثال).'),
		},
	},
	{
		slug: 'operations',
		kind: 'topic',
		tier: 'law-enforcement',
		texts: {
			en: text('Operational cooperation', 'For law-enforcement officers only (sample).'),
			fr: text('Coopération opérationnelle', 'Réservé aux forces de l’ordre (exemple).'),
			es: text('Cooperación operativa', 'Solo para fuerzas del orden (ejemplo).'),
			ar: text('التعاون العملياتي', 'لموظفي إنفاذ القانون فقط (مثال).'),
		},
	},
	{
		slug: 'west-africa-europe',
		kind: 'region',
		tier: 'members',
		texts: {
			en: text('West Africa and Europe', 'The routes between West Africa, North Africa and Europe (sample).'),
			fr: text('Afrique de l’Ouest et Europe', 'Les routes entre l’Afrique de l’Ouest, du Nord et l’Europe (exemple).'),
			es: text(
				'África Occidental y Europa',
				'Las rutas entre África Occidental, el Norte de África y Europa (ejemplo).',
			),
			ar: text('غرب أفريقيا وأوروبا', 'الطرق بين غرب أفريقيا وشمالها وأوروبا (مثال).'),
		},
	},
	{
		slug: 'latin-america',
		kind: 'region',
		tier: 'members',
		texts: {
			en: text('Latin America', 'Cooperation across Latin America (sample).'),
			fr: text('Amérique latine', 'La coopération en Amérique latine (exemple).'),
			es: text('América Latina', 'La cooperación en América Latina (ejemplo).'),
			ar: text('أمريكا اللاتينية', 'التعاون في أمريكا اللاتينية (مثال).'),
		},
	},
	{
		slug: 'mekong',
		kind: 'region',
		tier: 'members',
		texts: {
			en: text('Mekong region', 'Cooperation between the Mekong countries (sample).'),
			fr: text('Région du Mékong', 'La coopération entre les pays du Mékong (exemple).'),
			es: text('Región del Mekong', 'La cooperación entre los países del Mekong (ejemplo).'),
			ar: text('منطقة الميكونغ', 'التعاون بين بلدان الميكونغ (مثال).'),
		},
	},
]

/** The demo forums with two sample threads, only into an empty table; posts go through the same rules as anyone's. */
export function seedDemoForums(now = new Date()) {
	const db = getDb()
	if (db.select({ id: forumCategories.id }).from(forumCategories).limit(1).get()) return 0
	writeTransaction((tx) => {
		demoCategories.forEach((category, position) => {
			tx.insert(forumCategories)
				.values({ ...category, sourceLanguage: 'en', position, isSample: true, createdAt: now })
				.run()
		})
	})
	const member = (email: string) => {
		const row = db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()
		return row ? getAccountUser(row.id) : null
	}
	const trainer = member('trainer@atlas.example')
	const ngo = member('ngo@atlas.example')
	if (!trainer || !ngo) return demoCategories.length
	const hourAgo = new Date(now.getTime() - 60 * 60 * 1000)
	const started = startThread(
		trainer,
		'victim-identification',
		{
			title: 'Sample thread: first contact at a border crossing',
			body: 'A sample thread for trying Atlas. What do your teams say first, and in which language, when they suspect someone at a crossing is being trafficked?',
			language: 'en',
		},
		hourAgo,
	)
	if (started.ok)
		reply(
			ngo,
			started.threadId,
			{
				body: 'Our outreach workers start by saying who they are and that the person is not in trouble. An interpreter the person chooses matters more than speed.',
				language: 'en',
			},
			now,
		)
	startThread(
		trainer,
		'latin-america',
		{
			title: 'Hilo de ejemplo: equipos conjuntos de investigación',
			body: 'Un hilo de ejemplo para probar Atlas. ¿Qué les ha funcionado al formar un equipo conjunto con otro país?',
			language: 'es',
		},
		now,
	)
	return demoCategories.length
}
