import { useTranslation } from 'react-i18next'
import { useNonce } from '#app/ui/nonce.tsx'

// Replaces the page instead of adding to history, so Back does not return here. Escape pressed twice within
// 1.5 s does the same. Without JavaScript the link still works, but Escape does nothing, and a phone has no Escape
// key: so the hint saying so is added by this script, and only where there is a fine pointer (a mouse, so very
// likely a keyboard). Survivors' pages are not hydrated, so React never sees the added hint.
function quickExitScript(hint: string) {
	// A JSON string inside a script element: `<` escaped, so no text can end the element.
	const hintText = JSON.stringify(hint).replaceAll('<', '\\u003c')
	return `(function(){var a=document.getElementById('quick-exit');if(!a)return;function go(e){if(e)e.preventDefault();window.location.replace(a.href)}a.addEventListener('click',go);var last=0;document.addEventListener('keydown',function(e){if(e.key!=='Escape')return;var now=Date.now();if(now-last<1500)go();last=now});if(!window.matchMedia||!window.matchMedia('(pointer: fine)').matches)return;var s=document.createElement('span');s.className='quick-exit-hint';s.textContent=${hintText};a.parentNode.insertBefore(s,a.nextSibling)})();`
}

/** The always-visible way out of a survivor's page, to a neutral site (QUICK_EXIT_URL). */
export function QuickExit({ url }: { url: string }) {
	const { t } = useTranslation()
	const nonce = useNonce()
	return (
		<nav className="quick-exit-bar" aria-label={t('quickExit.label')}>
			<a id="quick-exit" className="quick-exit" href={url} rel="noreferrer">
				{t('quickExit.label')}
			</a>
			<script nonce={nonce} dangerouslySetInnerHTML={{ __html: quickExitScript(t('quickExit.hint')) }} />
		</nav>
	)
}
