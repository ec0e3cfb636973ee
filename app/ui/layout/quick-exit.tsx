import { useTranslation } from 'react-i18next'
import { useNonce } from '#app/ui/nonce.tsx'

// Replaces the page instead of adding to history, so Back does not return here.
// Escape pressed twice within 1.5 s does the same. Without JavaScript the link still works.
const quickExitScript = `(function(){var a=document.getElementById('quick-exit');if(!a)return;function go(e){if(e)e.preventDefault();window.location.replace(a.href)}a.addEventListener('click',go);var last=0;document.addEventListener('keydown',function(e){if(e.key!=='Escape')return;var now=Date.now();if(now-last<1500)go();last=now})})();`

/** The always-visible way out of a survivor's page, to a neutral site (QUICK_EXIT_URL). */
export function QuickExit({ url }: { url: string }) {
	const { t } = useTranslation('programmes')
	const nonce = useNonce()
	return (
		<nav className="quick-exit-bar" aria-label={t('quickExit.label')}>
			<a id="quick-exit" className="quick-exit" href={url} rel="noreferrer">
				{t('quickExit.label')}
			</a>
			<span className="quick-exit-hint">{t('quickExit.hint')}</span>
			<script nonce={nonce} dangerouslySetInnerHTML={{ __html: quickExitScript }} />
		</nav>
	)
}
