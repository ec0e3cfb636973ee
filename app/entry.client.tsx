import { RemixBrowser } from '@remix-run/react'
import { startTransition, StrictMode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { registerTranslator } from '#app/ui/meta.ts'
import {
	browserTranslators,
	readStringsHandoff,
	StringsHandoffProvider,
	TranslatorsProvider,
} from '#app/ui/page-strings.tsx'

// The strings the server handed this page: its language and the namespaces its routes declare.
const page = readStringsHandoff()

if (page) {
	const translators = browserTranslators(page.handoff)
	registerTranslator(translators)
	startTransition(() => {
		hydrateRoot(
			document,
			<StrictMode>
				<TranslatorsProvider value={translators}>
					<StringsHandoffProvider value={page.json}>
						<RemixBrowser />
					</StringsHandoffProvider>
				</TranslatorsProvider>
			</StrictMode>,
		)
	})
}
