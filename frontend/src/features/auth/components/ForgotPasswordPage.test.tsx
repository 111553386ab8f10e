import { fireEvent, screen } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { fillAndSubmit, invalid, mockApi, problem, renderRoutes, reply, requests } from '@/test/render';
import { itInEachLanguage } from '@/test/session';
import { ForgotPasswordPage } from './ForgotPasswordPage';

const renderForgot = () =>
  renderRoutes('/forgot-password', {
    '/forgot-password': <ForgotPasswordPage />,
    '/login': <p>login page</p>,
  });

const ask = (email: string) => fillAndSubmit({ 'forgot-email': email }, 'forgot-submit');

describe('ForgotPasswordPage', () => {
  itInEachLanguage('asks for the link and answers neutrally', {
    en: 'If an account exists for this address, we have sent a link to reset the password. The link is valid for one hour.',
    ja: 'このアドレスのアカウントが存在する場合は、パスワード再設定用のリンクを送信しました。リンクの有効期限は 1 時間です。',
    zh: '如果该邮箱已注册账户，我们已向其发送重置密码的链接。链接在一小时内有效。',
  }, async (text) => {
    mockApi({ 'POST /api/auth/password-reset': reply(202, {}) });
    renderForgot();
    ask('  someone@musubi.example ');
    expect(await screen.findByTestId('forgot-sent')).toHaveTextContent(text);
    expect(requests).toEqual([
      expect.objectContaining({ method: 'POST', url: '/api/auth/password-reset', body: { email: 'someone@musubi.example' } }),
    ]);
    expect(screen.queryByTestId('forgot-form')).toBeNull();
  });

  it('checks the address before asking the server', async () => {
    await changeLanguage('en');
    mockApi({});
    renderForgot();
    fireEvent.click(screen.getByTestId('forgot-submit'));
    expect(await screen.findByTestId('field-error')).toHaveTextContent('Required.');
    ask('nobody');
    expect(await screen.findByTestId('field-error')).toHaveTextContent('Not a valid e-mail address.');
    expect(requests).toHaveLength(0);
  });

  it('shows the server’s field errors next to the e-mail field', async () => {
    await changeLanguage('ja');
    mockApi({
      'POST /api/auth/password-reset': invalid(
        [{ field: 'email', code: 'email', message: 'must be an e-mail address' }],
        'Invalid request',
      ),
    });
    renderForgot();
    ask('odd@address.example');
    const error = await screen.findByTestId('field-error');
    expect(error).toHaveAttribute('data-field', 'email');
    expect(error).toHaveTextContent('メールアドレスの形式が正しくありません。');
    expect(screen.queryByTestId('forgot-sent')).toBeNull();
  });

  it('says how long to wait when asked too often', async () => {
    await changeLanguage('en');
    mockApi({
      'POST /api/auth/password-reset': problem(429, 'too_many_requests', { message: 'Too many', headers: { 'Retry-After': '600' } }),
    });
    renderForgot();
    ask('someone@musubi.example');
    expect(await screen.findByTestId('forgot-error')).toHaveTextContent(
      'Too many requests. Please wait 10 minutes before trying again.',
    );
    expect(screen.queryByTestId('forgot-sent')).toBeNull();
  });

  it('says so without a time when the server names none', async () => {
    await changeLanguage('zh');
    mockApi({
      'POST /api/auth/password-reset': problem(429, 'too_many_requests', { message: 'Too many' }),
    });
    renderForgot();
    ask('someone@musubi.example');
    expect(await screen.findByTestId('forgot-error')).toHaveTextContent('请求次数过多，请稍后再试。');
  });

  it('leads back to the login page', async () => {
    await changeLanguage('en');
    mockApi({});
    renderForgot();
    expect(screen.getByTestId('forgot-login')).toHaveAttribute('href', '/login');
  });
});
