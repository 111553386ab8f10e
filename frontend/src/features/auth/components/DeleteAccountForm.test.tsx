import { fireEvent, screen } from '@testing-library/react';
import { RouteNotice } from '@/components/RouteNotice';
import { getToken } from '@/lib/auth/token';
import { changeLanguage } from '@/lib/i18n';
import { fillAndSubmit, invalid, mockApi, problem, renderRoutes, reply, requests } from '@/test/render';
import { itInEachLanguage, signedInTests } from '@/test/session';
import { DeleteAccountForm } from './DeleteAccountForm';

const renderForm = () =>
  renderRoutes('/my', {
    '/my': <DeleteAccountForm />,
    '/': <><RouteNotice /><p>home page</p></>,
  });

const deleteWith = (password: string) => {
  fireEvent.click(screen.getByTestId('delete-account-open'));
  fillAndSubmit({ 'delete-account-password': password }, 'delete-account-submit');
};

describe('DeleteAccountForm', () => {
  signedInTests();

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

  itInEachLanguage('shows a wrong password at its field', {
    en: 'This is not your password.',
    ja: 'パスワードが正しくありません。',
    zh: '密码不正确。',
  }, async (text) => {
    mockApi({
      'DELETE /api/account': invalid([{ field: 'password', code: 'wrong', message: 'is not your password' }]),
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
    mockApi({ 'DELETE /api/account': problem(409, 'last_owner', { message: 'Last owner' }) });
    renderForm();
    deleteWith('my-passphrase-1');
    expect(await screen.findByTestId('delete-account-error')).toHaveTextContent(
      'You are the last owner of your company: hand over ownership or delete the company first.',
    );
    expect(getToken()).toBe('jwt-token');
  });
});
