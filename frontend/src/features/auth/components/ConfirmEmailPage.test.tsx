import { fireEvent, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { Link, Route, Routes } from 'react-router-dom';
import { setToken } from '@/lib/auth/token';
import { changeLanguage } from '@/lib/i18n';
import { mockApi, problem, renderAt, reply, requests } from '@/test/render';
import { testUser } from '@/test/users';
import { itInEachLanguage } from '@/test/session';
import { ConfirmEmailPage } from './ConfirmEmailPage';
import { EmailConfirmBanner } from './EmailConfirmBanner';

const USER = testUser({ email: 'new@musubi.example', displayName: 'Hanako', emailConfirmed: false, language: 'en' });

const confirmations = () => requests.filter((r) => r.method === 'POST' && r.url === '/api/auth/confirm-email');

describe('ConfirmEmailPage', () => {
  beforeEach(() => changeLanguage('en'));
  afterEach(() => localStorage.clear());

  it('confirms the mail’s token once, even in strict mode, and links on', async () => {
    mockApi({ 'POST /api/auth/confirm-email': reply(204) });
    renderAt(
      '/confirm-email?token=abc123',
      <StrictMode>
        <ConfirmEmailPage />
      </StrictMode>,
    );
    expect(await screen.findByTestId('confirm-email-done')).toHaveTextContent('your e-mail address is confirmed');
    expect(screen.getByTestId('confirm-email-continue')).toHaveAttribute('href', '/my');
    expect(confirmations()).toEqual([expect.objectContaining({ body: { token: 'abc123' } })]);
  });

  it('reads the signed-in user again, so the reminder goes', async () => {
    setToken('jwt-token');
    const routes: Record<string, unknown> = { '/api/auth/me': USER, 'POST /api/auth/confirm-email': reply(204) };
    mockApi(routes);
    renderAt(
      '/start',
      <>
        <EmailConfirmBanner />
        <Routes>
          <Route path="/start" element={<Link to="/confirm-email?token=abc123">open the mail’s link</Link>} />
          <Route path="/confirm-email" element={<ConfirmEmailPage />} />
        </Routes>
      </>,
    );
    expect(await screen.findByTestId('email-confirm-banner')).toBeInTheDocument();
    routes['/api/auth/me'] = { ...USER, emailConfirmed: true };
    fireEvent.click(screen.getByText('open the mail’s link'));
    expect(await screen.findByTestId('confirm-email-done')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('email-confirm-banner')).toBeNull());
  });

  itInEachLanguage('says a used or expired link needs a new one', {
    en: 'This link is unknown, already used or expired. Sign in and send a new one',
    ja: 'このリンクは無効か、使用済みか、期限切れです。',
    zh: '此链接无效、已被使用或已过期。',
  }, async (text) => {
    mockApi({
      'POST /api/auth/confirm-email': problem(400, 'invalid', {
        message: 'Invalid',
        errors: [{ field: 'token', code: 'invalid_or_expired', message: 'is unknown, used or expired' }],
      }),
    });
    renderAt('/confirm-email?token=used', <ConfirmEmailPage />);
    expect(await screen.findByTestId('confirm-email-expired')).toHaveTextContent(text);
    expect(screen.getByTestId('confirm-email-login')).toHaveAttribute('href', '/login');
  });

  it('does not ask the server without a token', async () => {
    mockApi({});
    renderAt('/confirm-email', <ConfirmEmailPage />);
    expect(await screen.findByTestId('confirm-email-expired')).toBeInTheDocument();
    expect(confirmations()).toHaveLength(0);
  });
});
