import { useTranslation } from 'react-i18next';
import { Link, NavLink, useNavigate } from 'react-router-dom';
import { useInbox } from '@/features/inquiries/api/inquiries';
import { NotificationBell } from '@/features/notifications/components/NotificationBell';
import { canImport, canIntroduce, hasCompany } from '@/lib/auth/permissions';
import { useCurrentUser, useSignOut } from '@/lib/auth/session';

/** The header's account part: who is signed in and where they can go, or the way to sign in. */
export function HeaderNav() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user, isLoading } = useCurrentUser();
  const signOut = useSignOut();
  const member = hasCompany(user);
  const { data: inbox } = useInbox(member);

  const events = (
    <NavLink to="/events" data-testid="nav-events">
      {t('nav.events')}
    </NavLink>
  );

  if (isLoading) return <nav className="account-nav" aria-busy="true" />;
  if (!user) {
    return (
      <nav className="account-nav" aria-label={t('nav.account')}>
        {events}
        <Link to="/login" data-testid="nav-login">
          {t('nav.login')}
        </Link>
        <Link to="/signup" className="button primary" data-testid="nav-signup">
          {t('nav.signup')}
        </Link>
      </nav>
    );
  }
  const unread = inbox?.unreadTotal ?? 0;
  return (
    <nav className="account-nav" aria-label={t('nav.account')}>
      {events}
      {member ? (
        <NavLink to="/my" data-testid="nav-my-company">
          {t('nav.myCompany')}
        </NavLink>
      ) : (
        <NavLink to="/my" data-testid="nav-my-account">
          {t('nav.myAccount')}
        </NavLink>
      )}
      {member && (
        <NavLink to="/inbox" data-testid="nav-inbox">
          {t('nav.inbox')}
          {unread > 0 && (
            <span className="count-badge" data-testid="inbox-badge" aria-label={t('inbox.unread', { count: unread })}>
              {unread}
            </span>
          )}
        </NavLink>
      )}
      {canIntroduce(user) && (
        <NavLink to="/introductions" data-testid="nav-introductions">
          {t('nav.introductions')}
        </NavLink>
      )}
      {canImport(user) && (
        <NavLink to="/admin/import" data-testid="nav-import">
          {t('nav.import')}
        </NavLink>
      )}
      <NotificationBell />
      <span className="user" data-testid="nav-user" title={user.email}>
        {user.displayName}
      </span>
      <button
        type="button"
        className="link"
        data-testid="nav-logout"
        onClick={() => {
          signOut();
          navigate('/');
        }}
      >
        {t('nav.logout')}
      </button>
    </nav>
  );
}
