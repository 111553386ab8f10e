import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';

/**
 * What a page that failed to render shows instead of a blank screen: a message and the ways back. The start page is
 * a plain link (a full load, so nothing of the broken state stays), and so is reloading. Needs no router, so the app's
 * outermost boundary can use it too.
 */
export function PageError() {
  const { t } = useTranslation();
  return (
    <section className="page-error" role="alert" data-testid="page-error">
      <h1>{t('app.error.title')}</h1>
      <p>{t('app.error.text')}</p>
      <p className="buttons">
        <a href="/" className="button" data-testid="page-error-home">
          {t('app.error.home')}
        </a>
        <button type="button" className="primary" data-testid="page-error-reload" onClick={() => window.location.reload()}>
          {t('app.error.reload')}
        </button>
      </p>
    </section>
  );
}

/**
 * Catches a render error in the page below (the layout's main area), so the header, its navigation and the language
 * switcher stay usable; moving to another address tries again.
 */
export function PageErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary FallbackComponent={PageError} resetKeys={[pathname]}>
      {children}
    </ErrorBoundary>
  );
}
