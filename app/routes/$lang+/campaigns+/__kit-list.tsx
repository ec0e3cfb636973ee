import { useTranslation } from 'react-i18next'
import { useHref, useReader } from '#app/ui/i18n.tsx'
import { FileSize } from './__parts.tsx'

type Material = {
	id: string
	kind: string
	language: string
	languageName: string
	name: string
	size: number
	image: boolean
	width: number | null
	height: number | null
}

/**
 * The material kit on a campaign page: files in the reader's language first, then the others with their language
 * named. Download links carry the country the reader chose, so the download is counted there; previews are not.
 */
export function CampaignKitList({
	slug,
	title,
	kit,
	country,
}: {
	slug: string
	title: string
	kit: Material[]
	country: string | null
}) {
	const { t } = useTranslation('campaigns')
	const href = useHref()
	const { language } = useReader()
	const mine = kit.filter((material) => material.language === language)
	const others = kit.filter((material) => material.language !== language)
	const fileLink = (material: Material) =>
		href(`/campaigns/${slug}/kit/${material.id}${country ? `?country=${country}` : ''}`)
	const item = (material: Material, named: boolean) => (
		<li key={material.id} className="card">
			{material.image && material.width && material.height ? (
				<img
					src={href(`/campaigns/${slug}/kit/${material.id}?preview=1`)}
					alt={t('kit.previewAlt', { kind: t(`kinds.${material.kind}`), title })}
					width={material.width}
					height={material.height}
					loading="lazy"
				/>
			) : null}
			<p>
				<strong>{t(`kinds.${material.kind}`)}</strong>
				{named ? ` · ${material.languageName}` : null} · <FileSize bytes={material.size} />
			</p>
			<p>
				<a href={fileLink(material)} download>
					{t('kit.download', { name: material.name })}
				</a>
			</p>
		</li>
	)
	return (
		<section aria-labelledby="kit-heading">
			<h2 id="kit-heading">{t('kit.heading')}</h2>
			{kit.length === 0 ? <p className="empty">{t('kit.none')}</p> : null}
			{mine.length ? (
				<>
					<h3>{t('kit.inYourLanguage')}</h3>
					<ul className="cards">{mine.map((material) => item(material, false))}</ul>
				</>
			) : null}
			{others.length ? (
				<>
					<h3>{t('kit.inOtherLanguages')}</h3>
					<ul className="cards">{others.map((material) => item(material, true))}</ul>
				</>
			) : null}
		</section>
	)
}
