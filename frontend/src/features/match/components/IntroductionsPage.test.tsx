import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { mockApi, problem, renderAt, requests } from '@/test/render';
import { signedInTests } from '@/test/session';
import { IntroductionsPage } from './IntroductionsPage';

const user = (role: string, companyId: string | null) => ({
  id: 'u1',
  email: 'u@musubi.example',
  displayName: '佐藤 コーディネーター',
  role,
  companyId,
  companyNames: null,
});

const INTRODUCTION = {
  id: 'i1',
  companyA: { id: 'yamato', names: { ja: '大和重工業株式会社', zh: null, en: 'Yamato Heavy Industries' } },
  companyB: { id: 'hayashi', names: { ja: '林精密工業株式会社', zh: null, en: null } },
  need: { id: 'n1', titles: { ja: 'チタン合金製タービン部品の5軸加工', zh: null, en: '5-axis machining of titanium turbine parts' } },
  note: 'Both work with titanium.',
  status: 'MEETING_HELD',
  history: [
    { status: 'INTRODUCED', note: 'Both work with titanium.', at: '2026-11-20T09:00:00Z', by: 'u1' },
    { status: 'MEETING_HELD', note: 'Met at the Gifu plant', at: '2026-11-24T10:00:00Z', by: { id: 'u1', displayName: '佐藤 コーディネーター' } },
  ],
  coordinator: { id: 'u1', displayName: '佐藤 コーディネーター' },
  createdAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-24T10:00:00Z',
};
const OLDER = {
  ...INTRODUCTION,
  id: 'i0',
  need: null,
  note: null,
  status: 'NO_FIT',
  history: [],
  companyB: { id: 'kawaguchi', names: { ja: '川口精密板金株式会社', zh: null, en: null } },
  updatedAt: '2026-11-01T10:00:00Z',
};

describe('IntroductionsPage', () => {
  signedInTests('en');

  it('lists introductions, newest first, with companies, need, note, status and history', async () => {
    mockApi({ '/api/auth/me': user('COORDINATOR', null), '/api/introductions': [OLDER, INTRODUCTION] });
    renderAt('/introductions', <IntroductionsPage />);
    const [first, second] = await screen.findAllByTestId('introduction');
    expect(within(first).getByTestId('introduction-company-a')).toHaveTextContent('Yamato Heavy Industries');
    expect(within(first).getByTestId('introduction-company-a')).toHaveAttribute('href', '/companies/yamato');
    expect(within(first).getByTestId('introduction-company-b')).toHaveTextContent('林精密工業株式会社');
    expect(within(first).getByTestId('introduction-need')).toHaveAttribute('href', '/needs/n1');
    expect(within(first).getByTestId('introduction-need')).toHaveTextContent('5-axis machining of titanium turbine parts');
    expect(within(first).getByTestId('introduction-note')).toHaveTextContent('Both work with titanium.');
    expect(within(first).getByTestId('introduction-status')).toHaveTextContent('Meeting held');
    const history = within(first).getAllByTestId('introduction-history-entry');
    expect(history.map((entry) => entry.dataset.status)).toEqual(['INTRODUCED', 'MEETING_HELD']);
    expect(history[0]).toHaveTextContent('佐藤 コーディネーター');
    expect(history[1]).toHaveTextContent('Met at the Gifu plant');
    expect(within(second).getByTestId('introduction-status')).toHaveTextContent('No fit');
    expect(within(second).queryByTestId('introduction-need')).toBeNull();

    fireEvent.change(screen.getByTestId('introductions-filter'), { target: { value: 'NO_FIT' } });
    expect(screen.getAllByTestId('introduction')).toHaveLength(1);
  });

  it('lets the coordinator move an introduction on with a note', async () => {
    const moved = {
      ...INTRODUCTION,
      status: 'NEGOTIATING',
      history: [...INTRODUCTION.history, { status: 'NEGOTIATING', note: 'Quote requested', at: '2026-11-25T10:00:00Z', by: 'u1' }],
      updatedAt: '2026-11-25T10:00:00Z',
    };
    mockApi({
      '/api/auth/me': user('COORDINATOR', null),
      '/api/introductions': [INTRODUCTION],
      'POST /api/introductions/i1/status': moved,
    });
    renderAt('/introductions', <IntroductionsPage />);
    const card = await screen.findByTestId('introduction');
    const submit = within(card).getByTestId('introduction-status-submit');
    expect(within(card).getByTestId('introduction-status-select')).toHaveValue('MEETING_HELD');
    expect(submit).toBeDisabled();
    expect(
      within(within(card).getByTestId('introduction-status-select'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Introduced', 'Meeting held', 'Negotiating', 'Deal', 'No fit']);
    fireEvent.change(within(card).getByTestId('introduction-status-select'), { target: { value: 'NEGOTIATING' } });
    fireEvent.change(within(card).getByTestId('introduction-status-note'), { target: { value: 'Quote requested' } });
    fireEvent.click(submit);
    expect(await within(card).findByTestId('introduction-status-saved')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({
      url: '/api/introductions/i1/status',
      body: { status: 'NEGOTIATING', note: 'Quote requested' },
    });
    await waitFor(() => expect(within(card).getByTestId('introduction-status')).toHaveTextContent('Negotiating'));
    expect(within(card).getAllByTestId('introduction-history-entry')).toHaveLength(3);
  });

  it('shows members their company’s introductions read-only', async () => {
    mockApi({ '/api/auth/me': user('SME_MEMBER', 'hayashi'), '/api/introductions': [INTRODUCTION] });
    renderAt('/introductions', <IntroductionsPage />);
    const card = await screen.findByTestId('introduction');
    expect(within(card).getByTestId('introduction-status')).toHaveTextContent('Meeting held');
    await screen.findByText('Introductions of your company by Musubi coordinators.');
    expect(screen.queryByTestId('introduction-status-form')).toBeNull();
  });

  it('says so when there are none, or when they cannot be loaded', async () => {
    mockApi({ '/api/auth/me': user('COORDINATOR', null), '/api/introductions': [] });
    const { unmount } = renderAt('/introductions', <IntroductionsPage />);
    expect(await screen.findByTestId('introductions-empty')).toHaveTextContent('No introductions yet.');
    unmount();
    mockApi({ '/api/auth/me': user('COORDINATOR', null), '/api/introductions': problem(403, 'forbidden', { message: '' }) });
    renderAt('/introductions', <IntroductionsPage />);
    expect(await screen.findByTestId('introductions-error', {}, { timeout: 5000 })).toBeInTheDocument();
  });

  describe('about an anonymous need', () => {
    const ANONYMOUS = {
      ...INTRODUCTION,
      id: 'i2',
      history: [],
      companyA: null,
      firmConsent: 'PENDING',
      mayAnswerConsent: false,
    };

    it('shows the other company an anonymous firm until it agrees to be named', async () => {
      mockApi({ '/api/auth/me': user('SME_MEMBER', 'hayashi'), '/api/introductions': [ANONYMOUS] });
      renderAt('/introductions', <IntroductionsPage />);
      const card = await screen.findByTestId('introduction');
      const firm = within(card).getByTestId('introduction-company-a');
      expect(firm).toHaveTextContent('Anonymous firm');
      expect(firm).not.toHaveAttribute('href');
      expect(within(card).queryAllByRole('link', { name: 'Anonymous firm' })).toHaveLength(0);
      expect(within(card).getByTestId('introduction-company-b')).toHaveAttribute('href', '/companies/hayashi');
      expect(within(card).getByTestId('introduction-consent')).toHaveTextContent("Waiting for the firm's consent to be named");
      expect(within(card).queryByTestId('consent-accept')).toBeNull();
      expect(within(card).queryByTestId('consent-decline')).toBeNull();
    });

    it('names the answer the firm gave, in the UI language', async () => {
      await changeLanguage('ja');
      mockApi({
        '/api/auth/me': user('COORDINATOR', null),
        '/api/introductions': [
          { ...ANONYMOUS, id: 'i3', companyA: INTRODUCTION.companyA, firmConsent: 'ACCEPTED', updatedAt: '2026-11-26T10:00:00Z' },
          { ...ANONYMOUS, id: 'i4', firmConsent: 'DECLINED', updatedAt: '2026-11-25T10:00:00Z' },
        ],
      });
      renderAt('/introductions', <IntroductionsPage />);
      const [accepted, declined] = await screen.findAllByTestId('introduction');
      expect(within(accepted).getByTestId('introduction-consent')).toHaveTextContent('企業が社名の開示に同意しました');
      expect(within(accepted).getByTestId('introduction-company-a')).toHaveTextContent('大和重工業株式会社');
      expect(within(declined).getByTestId('introduction-consent')).toHaveTextContent('企業は社名の開示を断りました');
      expect(within(declined).getByTestId('introduction-company-a')).toHaveTextContent('匿名の企業');
    });

    it('shows no consent badge when the need is not anonymous', async () => {
      mockApi({ '/api/auth/me': user('COORDINATOR', null), '/api/introductions': [{ ...INTRODUCTION, firmConsent: null, mayAnswerConsent: false }] });
      renderAt('/introductions', <IntroductionsPage />);
      const card = await screen.findByTestId('introduction');
      expect(within(card).getByTestId('introduction-company-a')).toHaveTextContent('Yamato Heavy Industries');
      expect(within(card).queryByTestId('introduction-consent')).toBeNull();
    });

    it('lets the firm agree to be named, and shows the answer', async () => {
      const mine = { ...ANONYMOUS, companyA: INTRODUCTION.companyA, mayAnswerConsent: true };
      mockApi({
        '/api/auth/me': user('LARGE_FIRM_MEMBER', 'yamato'),
        '/api/introductions': [mine],
        'POST /api/introductions/i2/consent': { ...mine, firmConsent: 'ACCEPTED', mayAnswerConsent: false },
      });
      renderAt('/introductions', <IntroductionsPage />);
      const card = await screen.findByTestId('introduction');
      expect(within(card).getByTestId('consent-decline')).toHaveTextContent('Decline');
      fireEvent.click(within(card).getByTestId('consent-accept'));
      await waitFor(() => expect(within(card).getByTestId('introduction-consent')).toHaveTextContent('The firm agreed to be named'));
      expect(within(card).queryByTestId('consent-accept')).toBeNull();
      expect(requests.find((r) => r.method === 'POST')).toMatchObject({
        url: '/api/introductions/i2/consent',
        body: { accept: true },
      });
    });

    it('lets the firm decline', async () => {
      const mine = { ...ANONYMOUS, companyA: INTRODUCTION.companyA, mayAnswerConsent: true };
      mockApi({
        '/api/auth/me': user('LARGE_FIRM_MEMBER', 'yamato'),
        '/api/introductions': [mine],
        'POST /api/introductions/i2/consent': { ...mine, firmConsent: 'DECLINED', mayAnswerConsent: false },
      });
      renderAt('/introductions', <IntroductionsPage />);
      fireEvent.click(await screen.findByTestId('consent-decline'));
      await waitFor(() => expect(screen.getByTestId('introduction-consent')).toHaveTextContent('The firm declined to be named'));
      expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ accept: false });
    });

    it('says so when a colleague answered first', async () => {
      const mine = { ...ANONYMOUS, companyA: INTRODUCTION.companyA, mayAnswerConsent: true };
      mockApi({
        '/api/auth/me': user('LARGE_FIRM_MEMBER', 'yamato'),
        '/api/introductions': [mine],
        'POST /api/introductions/i2/consent': problem(409, 'conflict', {
          message: 'The firm has answered already',
          errors: [{ field: 'accept', code: 'answered', message: 'the answer was ACCEPTED' }],
        }),
      });
      renderAt('/introductions', <IntroductionsPage />);
      fireEvent.click(await screen.findByTestId('consent-accept'));
      expect(await screen.findByTestId('consent-errors')).toHaveTextContent('This has already been answered.');
      expect(screen.getByTestId('consent-errors')).not.toHaveTextContent('accept');
      // the list is read again, to show the answer given
      await waitFor(() => expect(requests.filter((r) => r.method === 'GET' && r.url === '/api/introductions')).toHaveLength(2));
    });
  });
});
