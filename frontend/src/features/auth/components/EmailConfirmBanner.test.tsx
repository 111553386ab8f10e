import { act, fireEvent, screen } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { mockApi, problem, renderAt, reply, requests } from '@/test/render';
import { testUser } from '@/test/users';
import { itInEachLanguage, signedInTests } from '@/test/session';
import { EmailConfirmBanner } from './EmailConfirmBanner';

const USER = testUser({ email: 'new@musubi.example', displayName: 'Hanako', emailConfirmed: false, language: 'en' });

describe('EmailConfirmBanner', () => {
  signedInTests();

  itInEachLanguage('reminds an unconfirmed user where the link went', {
    en: 'Please confirm your e-mail address: we sent a link to new@musubi.example. Until then you can edit your profile, but not send inquiries or meeting requests.',
    ja: 'new@musubi.example にリンクをお送りしました。',
    zh: '我们已向 new@musubi.example 发送了链接。',
  }, async (text) => {
    mockApi({ '/api/auth/me': USER });
    renderAt('/', <EmailConfirmBanner />);
    expect(await screen.findByTestId('email-confirm-banner')).toHaveTextContent(text);
  });

  it('is not shown to confirmed users nor visitors', async () => {
    await changeLanguage('en');
    mockApi({ '/api/auth/me': { ...USER, emailConfirmed: true } });
    const { unmount } = renderAt('/', <EmailConfirmBanner />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    expect(requests.some((r) => r.url === '/api/auth/me')).toBe(true);
    expect(screen.queryByTestId('email-confirm-banner')).toBeNull();
    unmount();
    localStorage.clear();
    renderAt('/', <EmailConfirmBanner />);
    expect(screen.queryByTestId('email-confirm-banner')).toBeNull();
  });

  it('sends the mail again', async () => {
    await changeLanguage('en');
    mockApi({ '/api/auth/me': USER, 'POST /api/auth/confirm-email/resend': reply(202, {}) });
    renderAt('/', <EmailConfirmBanner />);
    fireEvent.click(await screen.findByTestId('email-confirm-resend'));
    expect(await screen.findByTestId('email-confirm-sent')).toHaveTextContent('Sent again.');
    expect(requests.find((r) => r.url === '/api/auth/confirm-email/resend')).toMatchObject({
      method: 'POST',
      body: {},
      headers: expect.objectContaining({ Authorization: 'Bearer jwt-token' }),
    });
  });

  it('says how long to wait when asked too often', async () => {
    await changeLanguage('en');
    mockApi({
      '/api/auth/me': USER,
      'POST /api/auth/confirm-email/resend': problem(429, 'too_many_requests', { message: 'Too many', headers: { 'Retry-After': '300' } }),
    });
    renderAt('/', <EmailConfirmBanner />);
    fireEvent.click(await screen.findByTestId('email-confirm-resend'));
    expect(await screen.findByTestId('email-confirm-error')).toHaveTextContent(
      'Too many requests. Please wait 5 minutes before trying again.',
    );
    expect(screen.queryByTestId('email-confirm-sent')).toBeNull();
  });
});
