import { fireEvent, screen, within } from '@testing-library/react';
import { changeLanguage, type Language } from '@/lib/i18n';
import { fillAndSubmit, invalid, mockApi, problem, renderRoutes, reply, requests } from '@/test/render';
import { itInEachLanguage } from '@/test/session';
import { ResetPasswordPage } from './ResetPasswordPage';

const renderReset = (path = '/reset-password?token=abc123') =>
  renderRoutes(path, {
    '/reset-password': <ResetPasswordPage />,
    '/forgot-password': <p>forgot page</p>,
    '/login': <p>login page</p>,
  });

const choose = (password: string) => fillAndSubmit({ 'reset-password': password }, 'reset-submit');

/** The page with a token, in `language`: the user chooses `password`, to which the server gives `answer`. */
const answered = async (answer: unknown, password: string, language: Language = 'en') => {
  await changeLanguage(language);
  mockApi({ 'POST /api/auth/password-reset/confirm': answer });
  renderReset();
  choose(password);
};

describe('ResetPasswordPage', () => {
  it('sends the token and the new password, then offers the login', async () => {
    await changeLanguage('en');
    mockApi({ 'POST /api/auth/password-reset/confirm': reply(204) });
    renderReset();
    expect(screen.getByText(/At least 12 characters; a passphrase in any language works; common passwords are refused/)).toBeInTheDocument();
    choose('結び合う中小企業と大企業の輪');
    const done = await screen.findByTestId('reset-done');
    expect(done).toHaveTextContent('Your password has been changed.');
    expect(requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        url: '/api/auth/password-reset/confirm',
        body: { token: 'abc123', password: '結び合う中小企業と大企業の輪' },
      }),
    ]);
    expect(within(done).getByTestId('reset-login')).toHaveAttribute('href', '/login');
    expect(screen.queryByTestId('reset-form')).toBeNull();
  });

  it('checks the length as sign-up does before asking the server', async () => {
    await changeLanguage('en');
    mockApi({});
    renderReset();
    choose('🔐'.repeat(11));
    expect(await screen.findByTestId('field-error')).toHaveTextContent('At least 12 characters.');
    choose('あ'.repeat(201));
    expect(await screen.findByTestId('field-error')).toHaveTextContent('Too long.');
    expect(requests).toHaveLength(0);
  });

  itInEachLanguage('says at once that a link without a token is no good', {
    en: 'This link is invalid or has expired. Ask for a new one.',
    ja: 'このリンクは無効か、有効期限が切れています。 新しいリンクを請求してください。',
    zh: '此链接无效或已过期。 请重新申请链接。',
  }, async (text) => {
    mockApi({});
    renderReset('/reset-password');
    expect(screen.getByTestId('reset-expired')).toHaveTextContent(text);
    expect(screen.getByTestId('reset-expired-link')).toHaveAttribute('href', '/forgot-password');
    expect(screen.queryByTestId('reset-password')).toBeNull();
  });

  it('sends the user for a new link when the server refuses the token', async () => {
    await answered(
      invalid([{ field: 'token', code: 'invalid_or_expired', message: 'is unknown, used or expired' }]),
      'a-long-enough-passphrase',
    );
    expect(await screen.findByTestId('reset-expired')).toHaveTextContent('This link is invalid or has expired. Ask for a new one.');
    expect(screen.queryByTestId('reset-form')).toBeNull();
    fireEvent.click(screen.getByTestId('reset-expired-link'));
    expect(await screen.findByText('forgot page')).toBeInTheDocument();
  });

  it('shows the server refusing a common password at the password field', async () => {
    await answered(
      invalid([
        { field: 'password', code: 'not_common_password', message: 'is one of the 10,000 most common passwords; choose another' },
      ]),
      'password1234',
      'ja',
    );
    const error = await screen.findByText(/よく使われているパスワードのため使えません/);
    expect(error.closest('[data-field]')).toHaveAttribute('data-field', 'password');
    expect(screen.queryByTestId('reset-done')).toBeNull();
  });

  it('tells a too short from a too long password in the server’s size error', async () => {
    // the server checks again (and may count differently): its size error is shown as the form's own
    await answered(
      invalid([{ field: 'password', code: 'password_size', message: 'must be 12 to 200 characters' }]),
      'a-long-enough-passphrase',
    );
    expect(await screen.findByTestId('field-error')).toHaveTextContent('At least 12 characters.');
  });

  it('says how long to wait after too many attempts', async () => {
    await answered(
      problem(429, 'too_many_requests', { message: 'Too many', headers: { 'Retry-After': '60' } }),
      'a-long-enough-passphrase',
    );
    expect(await screen.findByTestId('reset-error')).toHaveTextContent('Too many requests. Please wait 1 minute before trying again.');
  });
});
