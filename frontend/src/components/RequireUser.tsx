import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import type { User } from '@/lib/auth/permissions';
import { useCurrentUser } from '@/lib/auth/session';

/** Pages for signed-in users: others are sent to the login page and brought back afterwards. */
export function RequireUser({
  children,
  allow,
}: {
  children: ReactNode;
  allow?: (user: User) => boolean;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const { user, isLoading } = useCurrentUser();
  if (isLoading) return <p className="status">{t('app.loading')}</p>;
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (allow && !allow(user)) {
    return (
      <p className="status error" role="alert" data-testid="forbidden">
        {t('errors.forbidden')}
      </p>
    );
  }
  return <>{children}</>;
}
