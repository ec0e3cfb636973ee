import { Form, Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useHref } from '#app/ui/i18n.tsx'
import { LanguageSwitcher } from './language-switcher.tsx'

type HeaderUser = { name: string; canAdminister: boolean; canManageListings: boolean; canTeach: boolean } | null

/**
 * The site header: Atlas's sections, then a member's own (their home, which leads to their learning and
 * certificates, and what their roles add). `minimal` (survivors' pages) drops the account links, which mean nothing
 * there.
 */
export function SiteHeader({ user, minimal = false }: { user: HeaderUser; minimal?: boolean }) {
	const { t } = useTranslation()
	const href = useHref()
	return (
		<header className="site-header">
			<a className="skip-link" href="#main-content">
				{t('layout.skipToContent')}
			</a>
			<div className="site-header__bar">
				<Link to={href('/')} className="brand">
					<span aria-hidden="true" className="brand__mark">
						◎
					</span>{' '}
					{t('brand')}
				</Link>
				{minimal ? null : (
					<nav aria-label={t('layout.mainNavigation')} className="main-nav">
						<ul>
							<li>
								<Link to={href('/courses')}>{t('nav.courses')}</Link>
							</li>
							<li>
								<Link to={href('/library')}>{t('nav.library')}</Link>
							</li>
							<li>
								<Link to={href('/laws')}>{t('nav.laws')}</Link>
							</li>
							<li>
								<Link to={href('/events')}>{t('nav.events')}</Link>
							</li>
							<li>
								<Link to={href('/forums')}>{t('nav.forums')}</Link>
							</li>
							<li>
								<Link to={href('/network')}>{t('nav.network')}</Link>
							</li>
							<li>
								<Link to={href('/campaigns')}>{t('nav.campaigns')}</Link>
							</li>
							<li>
								<Link to={href('/search')}>{t('nav.search')}</Link>
							</li>
							{user ? (
								<>
									<li>
										<Link to={href('/home')}>{t('nav.home')}</Link>
									</li>
									<li>
										<Link to={href('/settings')}>{t('nav.settings')}</Link>
									</li>
									{user.canTeach ? (
										<li>
											<Link to={href('/teach')}>{t('nav.teaching')}</Link>
										</li>
									) : null}
									{user.canManageListings ? (
										<li>
											<Link to={href('/provider')}>{t('nav.listings')}</Link>
										</li>
									) : null}
									{user.canAdminister ? (
										<li>
											<Link to={href('/admin')}>{t('nav.admin')}</Link>
										</li>
									) : null}
									<li>
										<Form method="POST" action={href('/sign-out')}>
											<button type="submit" className="link-button">
												{t('nav.signOut')}
											</button>
										</Form>
									</li>
								</>
							) : (
								<>
									<li>
										<Link to={href('/sign-in')}>{t('nav.signIn')}</Link>
									</li>
									<li>
										<Link to={href('/sign-up')}>{t('nav.signUp')}</Link>
									</li>
								</>
							)}
						</ul>
					</nav>
				)}
				<LanguageSwitcher />
			</div>
		</header>
	)
}
