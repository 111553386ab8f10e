import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LanguageSwitcher } from './LanguageSwitcher';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="layout">
      <header className="header">
        <Link to="/" className="brand" aria-label={t('app.home')}>
          <span className="brand-name">{t('app.brand')}</span> <span className="brand-mark">{t('app.brandMark')}</span>
        </Link>
        <span className="tagline" data-testid="tagline">
          {t('app.tagline')}
        </span>
        <LanguageSwitcher />
      </header>
      <main className="main">{children}</main>
    </div>
  );
}
