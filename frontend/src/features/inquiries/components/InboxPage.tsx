import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '@/utils/dates';
import { useInbox } from '../api/inquiries';
import { unreadCount } from '../utils/describe';
import { ThreadHeading } from './ThreadHeading';

export function InboxPage() {
  const { t, i18n } = useTranslation();
  const { data: inbox, isPending, isError } = useInbox();

  if (isPending) return <p className="status">{t('app.loading')}</p>;
  if (isError || !inbox) return <p className="status error" role="alert">{t('inbox.error')}</p>;
  return (
    <section className="inbox">
      <h1>
        {t('inbox.title')}{' '}
        {inbox.unreadTotal > 0 && (
          <span className="count-badge" data-testid="inbox-unread-total">
            {t('inbox.unreadTotal', { count: inbox.unreadTotal })}
          </span>
        )}
      </h1>
      {inbox.items.length === 0 && <p className="status" data-testid="inbox-empty">{t('inbox.empty')}</p>}
      <ul className="threads">
        {inbox.items.map((thread) => {
          const unread = unreadCount(thread.unread);
          return (
            <li key={thread.id} className={unread > 0 ? 'unread' : undefined} data-testid="inbox-thread">
              <Link to={`/inbox/${encodeURIComponent(thread.id)}`} className="thread-link">
                <ThreadHeading thread={thread} />
                {unread > 0 && (
                  <span className="count-badge" data-testid="thread-unread" aria-label={t('inbox.unread', { count: unread })}>
                    {unread}
                  </span>
                )}
                <time className="when" dateTime={thread.lastMessageAt ?? undefined}>
                  {formatDateTime(thread.lastMessageAt, i18n.language)}
                </time>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
