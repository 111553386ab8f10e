import { screen } from '@testing-library/react';
import { changeLanguage, type Language } from '@/lib/i18n';
import { getToken } from '@/lib/auth/token';
import { fillAndSubmit, invalid, mockApi, problem, renderRoutes, reply, requests } from '@/test/render';
import { itInEachLanguage } from '@/test/session';
import { SignupPage } from './SignupPage';

const INDUSTRIES = [{ code: 'MANUFACTURING', jsic: 'E', labels: { ja: '製造業', zh: '制造业', en: 'Manufacturing' } }];

const renderSignup = () =>
  renderRoutes('/signup', {
    '/signup': <SignupPage />,
    '/my': <p>my company page</p>,
  });

const signUp = async (password: string) => {
  await screen.findByRole('option', { name: /Manufacturing|製造業|制造业/ });
  fillAndSubmit(
    {
      'signup-email': 'new@e2e.musubi.example',
      'signup-password': password,
      'signup-display-name': 'Hanako Musubi',
      'signup-company-name': 'Musubi Precision',
      'signup-industry': 'MANUFACTURING',
    },
    'signup-submit',
  );
};

/** The page in `language` with the server's `answers`: the user signs up with `password`. */
const signUpAnswered = async (language: Language, password: string, answers: Record<string, unknown>) => {
  await changeLanguage(language);
  mockApi({ '/api/industries': INDUSTRIES, ...answers });
  renderSignup();
  await signUp(password);
};

describe('SignupPage', () => {
  afterEach(() => localStorage.clear());

  it('asks for 12 characters in any script and counts them as the server does', async () => {
    await changeLanguage('en');
    mockApi({ '/api/industries': INDUSTRIES });
    renderSignup();
    expect(screen.getByText(/At least 12 characters; a passphrase in any language works; common passwords are refused/)).toBeInTheDocument();
    await signUp('🔐'.repeat(11)); // 22 UTF-16 units, 11 characters
    expect(await screen.findByText('At least 12 characters.')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('shows the server refusing a common password at the password field', async () => {
    await signUpAnswered('ja', 'password1234', {
      'POST /api/auth/signup': invalid(
        [{ field: 'password', code: 'common', message: 'is one of the 10,000 most common passwords' }],
        'Invalid sign-up',
      ),
    });
    const error = await screen.findByText(/よく使われているパスワードのため使えません/);
    expect(error.closest('[data-field]')).toHaveAttribute('data-field', 'password');
    expect(requests.find((r) => r.method === 'POST')?.body).toMatchObject({ password: 'password1234' });
    expect(getToken()).toBeNull();
  });

  it('shows the server’s own message for a password error it has no text for', async () => {
    await signUpAnswered('en', 'new@e2e.musubi.example!', {
      'POST /api/auth/signup': invalid(
        [{ field: 'password', code: 'brand_new_rule', message: 'must not contain your e-mail address' }],
        'Invalid sign-up',
      ),
    });
    expect(await screen.findByText('must not contain your e-mail address')).toBeInTheDocument();
  });

  it('says how long to wait after too many sign-ups from one address', async () => {
    await signUpAnswered('en', 'a-long-enough-passphrase', {
      'POST /api/auth/signup': problem(429, 'too_many_requests', { message: 'Too many sign-ups', headers: { 'Retry-After': '1800' } }),
    });
    expect(await screen.findByTestId('signup-error')).toHaveTextContent(
      'Too many sign-ups from your network. Please wait 30 minutes before trying again.',
    );
    expect(screen.queryByTestId('form-errors')).toBeNull();
  });

  it('says so without a time when the server names none', async () => {
    await signUpAnswered('zh', 'a-long-enough-passphrase', {
      'POST /api/auth/signup': problem(429, 'too_many_requests', { message: 'Too many' }),
    });
    expect(await screen.findByTestId('signup-error')).toHaveTextContent('来自您所在网络的注册次数过多，请稍后再试。');
  });

  const ACCEPTED = reply(202, { status: 'confirmation_sent' });
  const user = {
    id: 'u1',
    email: 'new@e2e.musubi.example',
    displayName: 'Hanako Musubi',
    role: 'SME_MEMBER',
    companyId: 'c9',
    companyNames: null,
    companyRole: 'OWNER',
    emailConfirmed: false,
  };

  /** A sign-up in `language` that the server accepts and logs in: the company page opens; what was sent. */
  const signedUp = async (language: Language) => {
    await signUpAnswered(language, 'a-long-enough-passphrase', {
      'POST /api/auth/signup': ACCEPTED,
      'POST /api/auth/login': { token: 'jwt-token', user },
    });
    expect(await screen.findByText('my company page')).toBeInTheDocument();
    return requests.find((r) => r.url === '/api/auth/signup')?.body;
  };

  it('logs in with the same credentials, keeps the token and goes to the company page', async () => {
    expect(await signedUp('en')).toMatchObject({
      email: 'new@e2e.musubi.example',
      company: { kind: 'SME', names: { ja: null, zh: null, en: 'Musubi Precision' }, country: 'JP', industry: 'MANUFACTURING' },
      language: 'en',
    });
    expect(requests.find((r) => r.url === '/api/auth/login')?.body).toEqual({
      email: 'new@e2e.musubi.example',
      password: 'a-long-enough-passphrase',
    });
    expect(getToken()).toBe('jwt-token');
  });

  it('asks for e-mails in the language the user signs up in', async () => {
    expect(await signedUp('zh')).toMatchObject({
      company: { names: { ja: null, zh: 'Musubi Precision', en: null }, country: 'CN' },
      language: 'zh',
    });
  });

  itInEachLanguage('only says where the mail went when the login does not work (an existing address)', {
    en: 'We sent a mail to new@e2e.musubi.example. Follow its link to continue.',
    ja: 'new@e2e.musubi.example にメールをお送りしました。',
    zh: '我们已向 new@e2e.musubi.example 发送了一封邮件。',
  }, async (text, language) => {
    await signUpAnswered(language, 'a-long-enough-passphrase', {
      'POST /api/auth/signup': ACCEPTED,
      'POST /api/auth/login': problem(401, 'bad_credentials', { message: 'Wrong' }),
    });
    const sent = await screen.findByTestId('signup-sent');
    expect(sent).toHaveTextContent(text);
    expect(screen.getByTestId('signup-sent-login')).toHaveAttribute('href', '/login');
    expect(screen.getByTestId('signup-sent-forgot')).toHaveAttribute('href', '/forgot-password');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(getToken()).toBeNull();
  });
});
