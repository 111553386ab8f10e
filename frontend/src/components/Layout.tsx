import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LanguageSwitcher } from './LanguageSwitcher';
import { PageErrorBoundary } from './PageErrorBoundary';
import { RouteNotice } from './RouteNotice';

/**
 * The page frame; `nav` is the app's account navigation and `banner` what every page shows under the header (e.g. the
 * e-mail confirmation reminder), both composed in src/app, which knows the features. A page that fails to render
 * shows PageError in the main area instead of leaving it blank.
 */
export function Layout({ children, nav, banner }: { children: ReactNode; nav?: ReactNode; banner?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="layout">
      <header className="header">
        <Link to="/" className="brand" aria-label={t('app.home')} data-testid="nav-home">
          <span className="brand-name">{t('app.brand')}</span> <span className="brand-mark">{t('app.brandMark')}</span>
        </Link>
        <span className="tagline" data-testid="tagline">
          {t('app.tagline')}
        </span>
        {nav}
        <LanguageSwitcher />
      </header>
      {banner}
      <main className="main">
        <RouteNotice />
        <PageErrorBoundary>{children}</PageErrorBoundary>
      </main>
    </div>
  );
}
