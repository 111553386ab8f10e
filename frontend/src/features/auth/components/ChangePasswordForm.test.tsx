import { screen } from '@testing-library/react';
import { useCurrentUser } from '@/lib/auth/session';
import { getToken, setToken } from '@/lib/auth/token';
import { changeLanguage } from '@/lib/i18n';
import { fillAndSubmit, invalid, mockApi, problem, renderAt, requests } from '@/test/render';
import { testUser } from '@/test/users';
import { itInEachLanguage } from '@/test/session';
import { ChangePasswordForm } from './ChangePasswordForm';

const USER = testUser();

/** Who the rest of the app thinks is signed in. */
function KnownUser() {
  const { user } = useCurrentUser();
  return <output data-testid="known-user">{user?.displayName ?? ''}</output>;
}

/** The form, once the signed-in user is known. */
const renderForm = async () => {
  renderAt(
    '/my',
    <>
      <ChangePasswordForm />
      <KnownUser />
    </>,
  );
  await screen.findByTestId('password-current');
};

const fill = (current: string, next: string) =>
  fillAndSubmit({ 'password-current': current, 'password-new': next }, 'password-submit');

const changes = () => requests.filter((r) => r.method === 'POST' && r.url === '/api/auth/password');

describe('ChangePasswordForm', () => {
  beforeEach(() => setToken('old-token'));
  afterEach(() => localStorage.clear());

  it('changes the password, keeps the new token and says the other devices were signed out', async () => {
    await changeLanguage('en');
    mockApi({
      '/api/auth/me': USER,
      'POST /api/auth/password': { token: 'new-token', user: { ...USER, displayName: '林 次郎' } },
    });
    await renderForm();
    expect(await screen.findByText(/At least 12 characters; a passphrase in any language works/)).toBeInTheDocument();
    fill('old-passphrase-1', '結び合う中小企業と大企業の輪');
    expect(await screen.findByTestId('password-changed')).toHaveTextContent(
      'Your password has been changed. You stay signed in here; other devices have been signed out.',
    );
    expect(changes()).toEqual([
      expect.objectContaining({
        body: { currentPassword: 'old-passphrase-1', newPassword: '結び合う中小企業と大企業の輪' },
        headers: expect.objectContaining({ Authorization: 'Bearer old-token' }),
      }),
    ]);
    expect(getToken()).toBe('new-token');
    expect(screen.getByTestId('known-user')).toHaveTextContent('林 次郎');
    expect(screen.getByTestId('password-current')).toHaveValue('');
    expect(screen.getByTestId('password-new')).toHaveValue('');
    expect(screen.queryByTestId('field-error')).toBeNull();
  });

  itInEachLanguage('shows a wrong current password at its field', {
    en: 'This is not your current password.',
    ja: '現在のパスワードと一致しません。',
    zh: '这不是您当前的密码。',
  }, async (text) => {
    mockApi({
      '/api/auth/me': USER,
      'POST /api/auth/password': invalid([{ field: 'currentPassword', code: 'wrong', message: 'is not the current password' }]),
    });
    await renderForm();
    fill('not-my-password', 'a-long-enough-passphrase');
    const error = await screen.findByTestId('field-error');
    expect(error).toHaveAttribute('data-field', 'currentPassword');
    expect(error).toHaveTextContent(text);
    expect(getToken()).toBe('old-token');
    expect(screen.getByTestId('password-new')).toHaveValue('a-long-enough-passphrase');
    expect(screen.queryByTestId('password-changed')).toBeNull();
  });

  it('checks the new password’s length before asking the server', async () => {
    await changeLanguage('en');
    mockApi({ '/api/auth/me': USER });
    await renderForm();
    fill('old-passphrase-1', '🔐'.repeat(11));
    const error = await screen.findByTestId('field-error');
    expect(error).toHaveAttribute('data-field', 'newPassword');
    expect(error).toHaveTextContent('At least 12 characters.');
    expect(changes()).toHaveLength(0);
  });

  it('shows the server refusing a common new password at the new password', async () => {
    await changeLanguage('ja');
    mockApi({
      '/api/auth/me': USER,
      'POST /api/auth/password': invalid([
        { field: 'newPassword', code: 'not_common_password', message: 'is one of the 10,000 most common passwords' },
      ]),
    });
    await renderForm();
    fill('old-passphrase-1', 'password1234');
    const error = await screen.findByText(/よく使われているパスワードのため使えません/);
    expect(error.closest('[data-field]')).toHaveAttribute('data-field', 'newPassword');
  });

  it('asks to log in again when the session has already ended', async () => {
    await changeLanguage('en');
    mockApi({
      '/api/auth/me': USER,
      'POST /api/auth/password': problem(401, 'unauthorized', { message: 'Unauthorized' }),
    });
    await renderForm();
    fill('old-passphrase-1', 'a-long-enough-passphrase');
    expect(await screen.findByTestId('password-error')).toHaveTextContent('Please log in again.');
  });
});
