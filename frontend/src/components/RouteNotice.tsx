import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { noticeOf } from '@/lib/notice';

/** The message the previous page left for this one (see lib/notice.ts), above the page. */
export function RouteNotice() {
  const { t } = useTranslation();
  const location = useLocation();
  const key = noticeOf(location.state);
  if (!key) return null;
  return (
    <p className="status success notice" role="status" data-testid="route-notice">
      {t(key)}
    </p>
  );
}
