import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useUnreadNotifications } from '../api/notifications';

/** The header's bell: a link to the notification centre with the number of unread notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data } = useUnreadNotifications(true);
  const unread = data?.unread ?? 0;
  return (
    <NavLink
      to="/notifications"
      className="bell"
      data-testid="nav-notifications"
      aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
    >
      <span aria-hidden="true">🔔</span>
      {unread > 0 && (
        <span className="count-badge" data-testid="notifications-badge">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </NavLink>
  );
}
