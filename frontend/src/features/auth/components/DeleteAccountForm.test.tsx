import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { RouteNotice } from '@/components/RouteNotice';
import { getToken, setToken } from '@/lib/auth/token';
import { changeLanguage } from '@/lib/i18n';
import { mockApi, renderAt, reply, requests } from '@/test/render';
import { DeleteAccountForm } from './DeleteAccountForm';

const renderForm = () =>
  renderAt(
    '/my',
    <Routes>
      <Route path="/my" element={<DeleteAccountForm />} />
      <Route path="/" element={<><RouteNotice /><p>home page</p></>} />
    </Routes>,
  );

const deleteWith = (password: string) => {
  fireEvent.click(screen.getByTestId('delete-account-open'));
  fireEvent.change(screen.getByTestId('delete-account-password'), { target: { value: password } });
  fireEvent.click(screen.getByTestId('delete-account-submit'));
};

describe('DeleteAccountForm', () => {
  beforeEach(() => setToken('jwt-token'));
  afterEach(() => localStorage.clear());

  it('deletes the account with the password, forgets the session and says so at home', async () => {
    await changeLanguage('en');
    mockApi({ 'DELETE /api/account': reply(204) });
    renderForm();
    deleteWith('my-passphrase-1');
    expect(await screen.findByText('home page')).toBeInTheDocument();
    expect(screen.getByTestId('route-notice')).toHaveTextContent('Your account has been deleted.');
    expect(requests).toEqual([
      expect.objectContaining({ method: 'DELETE', url: '/api/account', body: { password: 'my-passphrase-1' } }),
    ]);
    expect(getToken()).toBeNull();
  });

  it('asks for the password before asking the server', async () => {
    await changeLanguage('en');
    mockApi({});
    renderForm();
    deleteWith('');
    expect(await screen.findByTestId('field-error')).toHaveTextContent('Required.');
    expect(requests).toHaveLength(0);
  });

  it.each([
    ['en', 'This is not your password.'],
    ['ja', 'パスワードが正しくありません。'],
    ['zh', '密码不正确。'],
  ] as const)('shows a wrong password at its field (%s)', async (language, text) => {
    await changeLanguage(language);
    mockApi({
      'DELETE /api/account': reply(400, {
        status: 400,
        error: 'validation',
        message: 'Invalid',
        errors: [{ field: 'password', code: 'wrong', message: 'is not your password' }],
      }),
    });
    renderForm();
    deleteWith('not-my-password');
    const error = await screen.findByTestId('field-error');
    expect(error).toHaveAttribute('data-field', 'password');
    expect(error).toHaveTextContent(text);
    expect(getToken()).toBe('jwt-token');
  });

  it('tells the last owner to hand the company over first', async () => {
    await changeLanguage('en');
    mockApi({ 'DELETE /api/account': reply(409, { status: 409, error: 'last_owner', message: 'Last owner', errors: [] }) });
    renderForm();
    deleteWith('my-passphrase-1');
    expect(await screen.findByTestId('delete-account-error')).toHaveTextContent(
      'You are the last owner of your company: hand over ownership or delete the company first.',
    );
    expect(getToken()).toBe('jwt-token');
  });
});
