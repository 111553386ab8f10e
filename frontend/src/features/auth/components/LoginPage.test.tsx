import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { changeLanguage } from '@/lib/i18n';
import { getToken } from '@/lib/auth/token';
import { mockApi, renderAt, reply, requests } from '@/test/render';
import { LoginPage } from './LoginPage';

const USER = { id: 'u1', email: 'sme@musubi.example', displayName: '林 太郎', role: 'SME_MEMBER', companyId: 'c1', companyNames: null };

const renderLogin = () =>
  renderAt(
    '/login',
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/my" element={<p>my company page</p>} />
    </Routes>,
  );

const logIn = (email: string, password: string) => {
  fireEvent.change(screen.getByTestId('login-email'), { target: { value: email } });
  fireEvent.change(screen.getByTestId('login-password'), { target: { value: password } });
  fireEvent.click(screen.getByTestId('login-submit'));
};

describe('LoginPage', () => {
  afterEach(() => localStorage.clear());

  it('shows the server saying the credentials are wrong', async () => {
    await changeLanguage('ja');
    mockApi({ 'POST /api/auth/login': reply(401, { status: 401, error: 'bad_credentials', message: 'Bad credentials', errors: [] }) });
    renderLogin();
    logIn('sme@musubi.example', 'wrong-password');
    expect(await screen.findByTestId('login-error')).toHaveTextContent('メールアドレスまたはパスワードが正しくありません。');
    expect(requests[0]).toMatchObject({ method: 'POST', url: '/api/auth/login', body: { email: 'sme@musubi.example', password: 'wrong-password' } });
    expect(getToken()).toBeNull();
  });

  it('says clearly when there were too many attempts', async () => {
    await changeLanguage('en');
    mockApi({ 'POST /api/auth/login': reply(429, { status: 429, error: 'too_many_requests', message: 'Too many', errors: [] }) });
    renderLogin();
    logIn('sme@musubi.example', 'wrong-password');
    expect(await screen.findByTestId('login-error')).toHaveTextContent('Too many failed attempts. Please wait 15 minutes');
  });

  it('checks for empty fields before asking the server', async () => {
    await changeLanguage('en');
    mockApi({});
    renderLogin();
    fireEvent.click(screen.getByTestId('login-submit'));
    expect(await screen.findAllByTestId('field-error')).toHaveLength(2);
    expect(requests).toHaveLength(0);
  });

  it('links the forgotten-password page', async () => {
    await changeLanguage('en');
    mockApi({});
    renderLogin();
    expect(screen.getByTestId('login-forgot')).toHaveAttribute('href', '/forgot-password');
    expect(screen.getByTestId('login-forgot')).toHaveTextContent('Forgot your password?');
  });

  it('keeps the token and goes to the company page', async () => {
    mockApi({ 'POST /api/auth/login': { token: 'jwt-token', user: USER } });
    renderLogin();
    logIn('sme@musubi.example', 'musubi-demo-2026');
    expect(await screen.findByText('my company page')).toBeInTheDocument();
    expect(localStorage.getItem('musubi.token')).toBe('jwt-token');
  });
});
