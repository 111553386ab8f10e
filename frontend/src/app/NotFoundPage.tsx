import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** Any address the app has no route for (the server answers index.html for them, see the backend's SpaFallback). */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="not-found" data-testid="not-found">
      <h1>{t('app.notFound.title')}</h1>
      <p>{t('app.notFound.text')}</p>
      <p>
        <Link to="/" className="button" data-testid="not-found-home">
          {t('app.notFound.home')}
        </Link>
      </p>
    </section>
  );
}
