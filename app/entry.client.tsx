import { RemixBrowser } from '@remix-run/react'
import { startTransition, StrictMode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { registerTranslator } from '#app/ui/meta.ts'
import { browserI18n, readStringsHandoff, StringsHandoffProvider } from '#app/ui/page-strings.tsx'

// The strings the server handed this page: its language and the namespaces its routes declare.
const page = readStringsHandoff()

if (page) {
	const i18n = browserI18n(page.handoff)
	registerTranslator(() => i18n)
	startTransition(() => {
		hydrateRoot(
			document,
			<StrictMode>
				<I18nextProvider i18n={i18n}>
					<StringsHandoffProvider value={page.json}>
						<RemixBrowser />
					</StringsHandoffProvider>
				</I18nextProvider>
			</StrictMode>,
		)
	})
}
