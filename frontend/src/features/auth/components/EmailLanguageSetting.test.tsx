import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useCurrentUser } from '@/lib/auth/session';
import { changeLanguage } from '@/lib/i18n';
import { invalid, mockApi, renderAt, requests } from '@/test/render';
import { testUser } from '@/test/users';
import { signedInTests } from '@/test/session';
import { EmailLanguageSetting } from './EmailLanguageSetting';

const USER = testUser();

/** What the rest of the app knows of the user's language. */
function KnownLanguage() {
  const { user } = useCurrentUser();
  return <output data-testid="known-language">{user?.language ?? ''}</output>;
}

const renderSetting = () =>
  renderAt(
    '/my',
    <>
      <EmailLanguageSetting />
      <KnownLanguage />
    </>,
  );

describe('EmailLanguageSetting', () => {
  signedInTests();

  it('shows the user’s language and saves a new one at once', async () => {
    await changeLanguage('en');
    mockApi({ '/api/auth/me': USER, 'PUT /api/account/settings': { ...USER, language: 'zh' } });
    renderSetting();
    const select = await screen.findByTestId('settings-language');
    expect(select).toHaveValue('ja');
    expect(screen.getByRole('option', { name: '中文' })).toBeInTheDocument();
    expect(screen.getByText('E-mail language')).toBeInTheDocument();
    fireEvent.change(select, { target: { value: 'zh' } });
    expect(await screen.findByTestId('settings-saved')).toHaveTextContent('Saved.');
    expect(requests.find((r) => r.method === 'PUT')).toMatchObject({ url: '/api/account/settings', body: { language: 'zh' } });
    expect(select).toHaveValue('zh');
    expect(screen.getByTestId('known-language')).toHaveTextContent('zh');
  });

  it('goes back to the saved language and says why when the server refuses', async () => {
    await changeLanguage('ja');
    mockApi({
      '/api/auth/me': USER,
      'PUT /api/account/settings': invalid([{ field: 'language', code: 'unknown', message: 'is not a supported language' }]),
    });
    renderSetting();
    const select = await screen.findByTestId('settings-language');
    fireEvent.change(select, { target: { value: 'en' } });
    const error = await screen.findByTestId('field-error');
    expect(error).toHaveAttribute('data-field', 'language');
    expect(error).toHaveTextContent('登録されていない値です。');
    await waitFor(() => expect(select).toHaveValue('ja'));
    expect(screen.queryByTestId('settings-saved')).toBeNull();
  });

  it('shows nothing to visitors', async () => {
    localStorage.clear();
    mockApi({});
    renderSetting();
    expect(screen.queryByTestId('settings-language')).toBeNull();
  });
});
