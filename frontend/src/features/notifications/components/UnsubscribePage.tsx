import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { pickText } from '@/utils/pickName';
import { useUnsubscribe } from '../api/notifications';

/**
 * `/unsubscribe?token=`: the footer link of a notification mail. Opening it is the one click: the mails of that kind
 * stop at once, without a login (the token is signed); the notifications stay in the app.
 */
export function UnsubscribePage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const unsubscribe = useUnsubscribe();
  const sent = useRef(false);

  useEffect(() => {
    if (token && !sent.current) {
      sent.current = true;
      unsubscribe.mutate(token);
    }
  }, [token, unsubscribe]);

  return (
    <section className="narrow" aria-labelledby="unsubscribe-title">
      <h1 id="unsubscribe-title">{t('notifications.unsubscribeTitle')}</h1>
      {unsubscribe.isPending && <p aria-busy="true">{t('app.loading')}</p>}
      {unsubscribe.isSuccess && (
        <p role="status" data-testid="unsubscribed">
          {t('notifications.unsubscribed', { label: pickText(unsubscribe.data.label, i18n.language) })}
        </p>
      )}
      {(!token || unsubscribe.isError) && (
        <p role="alert" data-testid="unsubscribe-invalid">
          {t('notifications.unsubscribeInvalid')}
        </p>
      )}
      <p>
        <Link to="/notifications">{t('notifications.manage')}</Link>
      </p>
    </section>
  );
}
