import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { getToken, setToken } from '@/lib/auth/token';
import { mockApi, renderAt, reply } from '@/test/render';
import { userWithRole as user } from '@/test/users';
import { AppRoutes } from './App';


const NEED = {
  id: 'n1',
  version: 1,
  company: { id: 'yamato', names: { ja: '大和重工業株式会社', zh: null, en: 'Yamato Heavy Industries' } },
  anonymous: false,
  titles: { ja: 'チタン合金製タービン部品の5軸加工', zh: null, en: null },
  descriptions: { ja: '試作', zh: null, en: null },
  technologies: [],
  freeTerms: [],
  certifications: [],
  certificationsRequired: false,
  quantity: null,
  deadline: null,
  preferredRegions: [],
  status: 'OPEN',
  createdAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-20T09:00:00Z',
};
const CAPACITY = {
  id: 'k1',
  version: 1,
  company: { id: 'hayashi', names: { ja: '林精密工業株式会社', zh: null, en: null } },
  kind: 'PRODUCTION',
  titles: { ja: '5軸マシニングセンタの空き稼働枠', zh: null, en: null },
  specifications: { ja: null, zh: null, en: null },
  technologies: [],
  country: 'JP',
  region: null,
  availableFrom: null,
  availableTo: null,
  amountPerMonth: null,
  unit: null,
  terms: null,
  status: 'OPEN',
  createdAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-20T09:00:00Z',
};
const COMPANY = {
  id: 'hayashi',
  version: 1,
  names: { ja: '林精密工業株式会社', zh: null, en: 'Hayashi Precision' },
  descriptions: { ja: null, zh: null, en: null },
  technologies: [],
  country: 'JP',
  region: null,
  industry: 'MANUFACTURING',
  capital: null,
  employees: null,
  foundedYear: null,
  website: null,
  createdAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-20T09:00:00Z',
};
const RECOMMENDATIONS = {
  items: [
    {
      kind: 'company',
      id: 'hayashi',
      names: { ja: '林精密工業株式会社', zh: null, en: null },
      companyId: 'hayashi',
      companyNames: null,
      score: 1,
      mutual: false,
      reasons: [{ code: 'technology', text: { ja: '5軸加工', zh: null, en: '5-axis machining' } }],
      feedback: null,
    },
  ],
};

const api = (me: unknown) => ({
  ...(me ? { '/api/auth/me': me } : {}),
  '/api/needs/n1': NEED,
  '/api/capacities/k1': CAPACITY,
  '/api/companies/hayashi': COMPANY,
  '/api/recommendations': RECOMMENDATIONS,
  '/api/inquiries': { items: [], unreadTotal: 0 },
  '/api/introductions': [],
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));

describe('recommendations mounted by the app', () => {
  beforeEach(() => changeLanguage('en'));
  afterEach(() => localStorage.clear());

  it('shows the firm its need’s recommendations', async () => {
    setToken('jwt-token');
    const calls = mockApi(api(user('LARGE_FIRM_MEMBER', 'yamato')));
    renderAt('/needs/n1', <AppRoutes />);
    const panel = await screen.findByTestId('recommendations');
    expect(panel).toHaveAttribute('data-for', 'need:n1');
    expect(await within(panel).findByTestId('recommendation-reason')).toHaveTextContent('5-axis machining');
    expect(calls).toContain('/api/recommendations?for=need%3An1&size=10');
  });

  it('shows anonymous visitors no recommendations anywhere', async () => {
    const calls = mockApi(api(null));
    const { unmount } = renderAt('/needs/n1', <AppRoutes />);
    await screen.findByTestId('need-title');
    unmount();
    renderAt('/companies/hayashi', <AppRoutes />);
    await screen.findByTestId('profile-name');
    await settle();
    expect(screen.queryByTestId('recommendations')).toBeNull();
    expect(calls.some((url) => url.startsWith('/api/recommendations'))).toBe(false);
  });

  it('shows a company its own recommendations and coordinators any company’s, with the introductions link', async () => {
    setToken('jwt-token');
    mockApi(api(user('COORDINATOR', null)));
    const { unmount } = renderAt('/companies/hayashi', <AppRoutes />);
    expect(await screen.findByTestId('recommendations')).toHaveAttribute('data-for', 'company:hayashi');
    expect(screen.getByTestId('nav-introductions')).toHaveAttribute('href', '/introductions');
    unmount();

    mockApi(api(user('SME_MEMBER', 'hayashi')));
    renderAt('/capacities/k1', <AppRoutes />);
    expect(await screen.findByTestId('recommendations')).toHaveAttribute('data-for', 'capacity:k1');
    expect(screen.queryByTestId('nav-introductions')).toBeNull();
  });

  it('keeps another company’s members out of a company’s recommendations', async () => {
    setToken('jwt-token');
    mockApi(api(user('LARGE_FIRM_MEMBER', 'yamato')));
    renderAt('/companies/hayashi', <AppRoutes />);
    await screen.findByTestId('profile-name');
    await waitFor(() => expect(screen.getByTestId('nav-user')).toBeInTheDocument());
    await settle();
    expect(screen.queryByTestId('recommendations')).toBeNull();
  });

  it('lets members read their introductions but keeps visitors out', async () => {
    setToken('jwt-token');
    mockApi(api(user('SME_MEMBER', 'hayashi')));
    const { unmount } = renderAt('/introductions', <AppRoutes />);
    expect(await screen.findByTestId('introductions-page')).toBeInTheDocument();
    unmount();
    setToken('jwt-token');
    mockApi(api(user('ORGANISER', null)));
    renderAt('/introductions', <AppRoutes />);
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });

  it('links the events for everyone and lets organisers create one', async () => {
    const summary = {
      id: 'e1',
      names: { ja: '結び商談会', zh: null, en: 'Musubi Fair' },
      venue: 'Tokyo Big Sight',
      timeZone: 'Asia/Tokyo',
      firstDay: '2099-12-10',
      lastDay: '2099-12-11',
      participants: 12,
      phase: 'REGISTRATION',
      canManage: false,
      registered: false,
    };
    mockApi({ '/api/events': [summary] });
    const { unmount } = renderAt('/', <AppRoutes />);
    expect(await screen.findByTestId('nav-events')).toHaveAttribute('href', '/events');
    unmount();

    renderAt('/events', <AppRoutes />);
    const [item] = await screen.findAllByTestId('events-list-item');
    expect(item).toHaveTextContent('Musubi Fair');
    expect(item).toHaveTextContent('12 participants');
    expect(within(item).getByTestId('events-list-link')).toHaveAttribute('href', '/events/e1');
    expect(screen.queryByTestId('events-create')).toBeNull();
  });

  it('shows organisers the create button', async () => {
    setToken('jwt-token');
    mockApi({ '/api/auth/me': user('ORGANISER', null), '/api/events': [] });
    renderAt('/events', <AppRoutes />);
    expect(await screen.findByTestId('events-create')).toHaveAttribute('href', '/events/new');
  });
});

describe('"send inquiry" mounted by the app', () => {
  beforeEach(() => changeLanguage('en'));
  afterEach(() => localStorage.clear());

  it('offers the inquiries feature\'s button on other companies\' pages, needs and listings, not on one\'s own', async () => {
    setToken('jwt-token');
    mockApi(api(user('LARGE_FIRM_MEMBER', 'yamato')));
    const { unmount } = renderAt('/companies/hayashi', <AppRoutes />);
    expect(await screen.findByTestId('send-inquiry')).toBeInTheDocument();
    unmount();
    const capacity = renderAt('/capacities/k1', <AppRoutes />);
    expect(await screen.findByTestId('send-inquiry')).toBeInTheDocument();
    capacity.unmount();
    renderAt('/needs/n1', <AppRoutes />);
    await screen.findByTestId('need-title');
    await settle();
    expect(screen.queryByTestId('send-inquiry')).toBeNull();
  });

  it('asks visitors to log in first', async () => {
    mockApi(api(null));
    renderAt('/needs/n1', <AppRoutes />);
    expect(await screen.findByTestId('inquiry-login')).toBeInTheDocument();
  });
});

describe('account pages mounted by the app', () => {
  beforeEach(() => changeLanguage('en'));
  afterEach(() => localStorage.clear());

  it('serves the forgotten-password page and the mail’s reset link', async () => {
    mockApi({});
    const { unmount } = renderAt('/forgot-password', <AppRoutes />);
    expect(await screen.findByTestId('forgot-email')).toBeInTheDocument();
    unmount();
    renderAt('/reset-password?token=abc123', <AppRoutes />);
    expect(await screen.findByTestId('reset-password')).toBeInTheDocument();
  });

  it('puts the e-mail language on the member’s own company page', async () => {
    setToken('jwt-token');
    mockApi({ ...api({ ...user('SME_MEMBER', 'hayashi'), language: 'en' }), '/api/companies/hayashi': { ...COMPANY, certifications: [] } });
    renderAt('/my', <AppRoutes />);
    expect(await screen.findByTestId('my-company')).toBeInTheDocument();
    expect(await screen.findByTestId('settings-language')).toHaveValue('en');
  });

  it('puts the password change there too and keeps the page when the new token comes back', async () => {
    setToken('jwt-token');
    const me = { ...user('SME_MEMBER', 'hayashi'), language: 'en' };
    mockApi({
      ...api(me),
      '/api/companies/hayashi': { ...COMPANY, certifications: [] },
      'POST /api/auth/password': { token: 'new-token', user: me },
    });
    renderAt('/my', <AppRoutes />);
    expect(await screen.findByTestId('my-company')).toBeInTheDocument();
    fireEvent.change(await screen.findByTestId('password-current'), { target: { value: 'old-passphrase-1' } });
    fireEvent.change(screen.getByTestId('password-new'), { target: { value: 'a-long-enough-passphrase' } });
    fireEvent.click(screen.getByTestId('password-submit'));
    expect(await screen.findByTestId('password-changed')).toBeInTheDocument();
    await settle();
    expect(screen.getByTestId('password-changed')).toBeInTheDocument();
    expect(screen.getByTestId('my-company')).toBeInTheDocument();
    expect(getToken()).toBe('new-token');
  });

  it('lets a user without a company change it there too', async () => {
    setToken('jwt-token');
    mockApi(api({ ...user('COORDINATOR', null), language: 'zh' }));
    renderAt('/my', <AppRoutes />);
    expect(await screen.findByTestId('my-no-company')).toBeInTheDocument();
    expect(screen.getByTestId('settings-language')).toHaveValue('zh');
  });

  it('serves the mail’s confirmation and invitation links', async () => {
    mockApi({
      'POST /api/auth/confirm-email': reply(204),
      '/api/invitations/tok-1': {
        email: 'sato@hayashi.example',
        companyId: 'hayashi',
        companyNames: { ja: '林精密工業株式会社', zh: null, en: 'Hayashi Precision' },
        invitedBy: 'Hayashi',
        companyRole: 'MEMBER',
        expiresAt: '2099-01-01T00:00:00Z',
      },
    });
    const { unmount } = renderAt('/confirm-email?token=abc', <AppRoutes />);
    expect(await screen.findByTestId('confirm-email-done')).toBeInTheDocument();
    unmount();
    renderAt('/invitations/tok-1', <AppRoutes />);
    expect(await screen.findByTestId('invitation-offer')).toHaveTextContent('Hayashi Precision');
  });

  it('reminds an unconfirmed user on every page', async () => {
    setToken('jwt-token');
    mockApi({ ...api({ ...user('SME_MEMBER', 'hayashi'), emailConfirmed: false }), '/api/events': [] });
    const { unmount } = renderAt('/needs/n1', <AppRoutes />);
    expect(await screen.findByTestId('email-confirm-banner')).toHaveTextContent('u@musubi.example');
    unmount();
    renderAt('/events', <AppRoutes />);
    expect(await screen.findByTestId('email-confirm-banner')).toBeInTheDocument();
  });

  it('links the team from the member’s company page and serves it', async () => {
    setToken('jwt-token');
    mockApi({
      ...api({ ...user('SME_MEMBER', 'hayashi'), companyRole: 'MEMBER', companyNames: COMPANY.names }),
      '/api/companies/hayashi': { ...COMPANY, certifications: [] },
      'GET /api/companies/hayashi/members': [],
    });
    const { unmount } = renderAt('/my', <AppRoutes />);
    expect(await screen.findByTestId('my-team')).toHaveAttribute('href', '/my/team');
    unmount();
    renderAt('/my/team', <AppRoutes />);
    expect(await screen.findByTestId('team-page')).toHaveAttribute('data-owner', 'false');
  });

  it('treats an account without a company as no member anywhere', async () => {
    setToken('jwt-token');
    const calls = mockApi(api({ ...user('UNAFFILIATED', null), companyRole: null, language: 'en' }));
    const { unmount } = renderAt('/my', <AppRoutes />);
    expect(await screen.findByTestId('my-unaffiliated')).toHaveTextContent('open the invitation link');
    expect(screen.getByTestId('my-no-company')).toBeInTheDocument();
    expect(screen.getByTestId('delete-account')).toBeInTheDocument();
    expect(screen.getByTestId('nav-my-account')).toHaveAttribute('href', '/my');
    expect(screen.queryByTestId('nav-my-company')).toBeNull();
    expect(screen.queryByTestId('nav-inbox')).toBeNull();
    expect(calls).not.toContain('/api/inquiries');
    unmount();
    renderAt('/my/team', <AppRoutes />);
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });
});
