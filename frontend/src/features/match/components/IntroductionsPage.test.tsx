import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { setToken } from '@/lib/auth/token';
import { mockApi, renderAt, reply, requests } from '@/test/render';
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
  beforeEach(async () => {
    await changeLanguage('en');
    setToken('jwt-token');
  });
  afterEach(() => localStorage.clear());

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
    mockApi({ '/api/auth/me': user('COORDINATOR', null), '/api/introductions': reply(403, { status: 403, error: 'forbidden', message: '', errors: [] }) });
    renderAt('/introductions', <IntroductionsPage />);
    expect(await screen.findByTestId('introductions-error', {}, { timeout: 5000 })).toBeInTheDocument();
  });
});
