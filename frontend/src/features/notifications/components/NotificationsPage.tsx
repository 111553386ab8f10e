import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Pager } from '@/components/Pager';
import { pickText } from '@/utils/pickName';
import { PAGE_SIZE, useMarkRead, useNotifications, type NotificationItem } from '../api/notifications';
import { NotificationPreferencesForm } from './NotificationPreferencesForm';

/** `/notifications`: what happened that concerns me, newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [page, setPage] = useState(0);
  const { data, isLoading, isError } = useNotifications(page);
  const markRead = useMarkRead();

  const open = (item: NotificationItem) => {
    if (!item.readAt) markRead.mutate({ ids: [item.id] });
    if (item.link) navigate(item.link);
  };

  return (
    <section className="notifications" aria-labelledby="notifications-title">
      <div className="page-heading">
        <h1 id="notifications-title">{t('notifications.title')}</h1>
        {data && data.unread > 0 && (
          <button
            type="button"
            data-testid="notifications-mark-all"
            disabled={markRead.isPending}
            onClick={() => markRead.mutate({ all: true })}
          >
            {t('notifications.markAllRead', { count: data.unread })}
          </button>
        )}
      </div>
      {isLoading && <p aria-busy="true">{t('app.loading')}</p>}
      {isError && <p role="alert">{t('notifications.loadFailed')}</p>}
      {data && data.items.length === 0 && <p data-testid="notifications-empty">{t('notifications.empty')}</p>}
      {data && data.items.length > 0 && (
        <ul className="notification-list">
          {data.items.map((item) => (
            <li key={item.id} className={item.readAt ? undefined : 'unread'} data-testid="notification">
              <button type="button" className="notification-open" onClick={() => open(item)}>
                <strong data-testid="notification-title">{pickText(item.title, i18n.language)}</strong>
                <span className="notification-body" data-testid="notification-body">
                  {pickText(item.body, i18n.language)}
                </span>
                <time dateTime={item.createdAt}>{new Date(item.createdAt).toLocaleString(i18n.language)}</time>
                {!item.readAt && <span className="sr-only">{t('notifications.unread')}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {data && <Pager page={page} pages={Math.ceil(data.total / PAGE_SIZE)} onPage={setPage} />}
      <NotificationPreferencesForm />
      <p>
        <Link to="/saved-searches" data-testid="notifications-saved-searches">{t('notifications.savedSearches')}</Link>
      </p>
    </section>
  );
}
