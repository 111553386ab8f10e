import { screen } from '@testing-library/react';
import { setToken } from '@/lib/auth/token';
import { changeLanguage } from '@/lib/i18n';
import { mockApi, renderAt } from '@/test/render';
import { NotificationBell } from './NotificationBell';

describe('NotificationBell', () => {
  beforeEach(() => setToken('jwt-token'));
  afterEach(() => localStorage.clear());

  it('shows the unread count and says it to screen readers', async () => {
    await changeLanguage('en');
    mockApi({ '/api/notifications/unread': { unread: 3 } });
    renderAt('/', <NotificationBell />);
    expect(await screen.findByTestId('notifications-badge')).toHaveTextContent('3');
    expect(screen.getByTestId('nav-notifications')).toHaveAccessibleName('3 unread notifications');
    expect(screen.getByTestId('nav-notifications')).toHaveAttribute('href', '/notifications');
  });

  it('shows no badge when everything is read', async () => {
    await changeLanguage('ja');
    mockApi({ '/api/notifications/unread': { unread: 0 } });
    renderAt('/', <NotificationBell />);
    expect(await screen.findByRole('link', { name: 'お知らせ' })).toBeInTheDocument();
    expect(screen.queryByTestId('notifications-badge')).toBeNull();
  });
});
