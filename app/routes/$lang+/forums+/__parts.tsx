import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { languages } from '#app/platform/i18n.ts'
import { SelectField, SubmitButton } from '#app/ui/forms.tsx'

/** Follow or stop following, with the digest it brings said in words. */
export function SubscribeForm({ subscribed, what }: { subscribed: boolean; what: 'thread' | 'category' }) {
	const { t } = useTranslation('forums')
	return (
		<Form method="POST" className="inline-actions">
			<p className="muted">{t(subscribed ? `subscribe.following.${what}` : 'subscribe.explain')}</p>
			<SubmitButton name="intent" value={subscribed ? 'unsubscribe' : 'subscribe'} className="button button--secondary">
				{t(subscribed ? 'subscribe.stop' : `subscribe.start.${what}`)}
			</SubmitButton>
		</Form>
	)
}

/** The posts' language filter, a GET form that works without JavaScript. */
export function LanguageFilter({ value }: { value: string }) {
	const { t } = useTranslation('forums')
	const { t: common } = useTranslation()
	return (
		<Form method="GET" className="filters">
			<SelectField
				name="language"
				label={t('filter.language')}
				options={[
					{ value: '', label: t('filter.anyLanguage') },
					...languages.map((language) => ({ value: language, label: common(`languageNames.${language}`) })),
				]}
				defaultValue={value}
			/>
			<SubmitButton>{t('filter.apply')}</SubmitButton>
		</Form>
	)
}

/** The language a post is written in, chosen by its author (the page's language to start with). */
export function PostLanguageField({ defaultValue, errors }: { defaultValue: string; errors?: string[] }) {
	const { t } = useTranslation('forums')
	const { t: common } = useTranslation()
	return (
		<SelectField
			name="language"
			label={t('post.language')}
			hint={t('post.languageHint')}
			options={languages.map((language) => ({ value: language, label: common(`languageNames.${language}`) }))}
			defaultValue={defaultValue}
			errors={errors}
		/>
	)
}
