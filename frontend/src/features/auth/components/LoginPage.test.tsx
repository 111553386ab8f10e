import { fireEvent, screen } from '@testing-library/react';
import { changeLanguage, type Language } from '@/lib/i18n';
import { getToken } from '@/lib/auth/token';
import { fillAndSubmit, mockApi, problem, renderRoutes, requests } from '@/test/render';
import { LoginPage } from './LoginPage';

const USER = { id: 'u1', email: 'sme@musubi.example', displayName: '林 太郎', role: 'SME_MEMBER', companyId: 'c1', companyNames: null };

const renderLogin = () =>
  renderRoutes('/login', {
    '/login': <LoginPage />,
    '/my': <p>my company page</p>,
  });

const logIn = (email: string, password: string) =>
  fillAndSubmit({ 'login-email': email, 'login-password': password }, 'login-submit');

/** The login page in `language`: a wrong password, to which the server gives `answer`. */
const failedLogin = async (language: Language, answer: unknown) => {
  await changeLanguage(language);
  mockApi({ 'POST /api/auth/login': answer });
  renderLogin();
  logIn('sme@musubi.example', 'wrong-password');
};

describe('LoginPage', () => {
  afterEach(() => localStorage.clear());

  it('shows the server saying the credentials are wrong', async () => {
    await failedLogin('ja', problem(401, 'bad_credentials', { message: 'Bad credentials' }));
    expect(await screen.findByTestId('login-error')).toHaveTextContent('メールアドレスまたはパスワードが正しくありません。');
    expect(requests[0]).toMatchObject({ method: 'POST', url: '/api/auth/login', body: { email: 'sme@musubi.example', password: 'wrong-password' } });
    expect(getToken()).toBeNull();
  });

  it('says clearly when there were too many attempts', async () => {
    await failedLogin('en', problem(429, 'too_many_requests', { message: 'Too many' }));
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
