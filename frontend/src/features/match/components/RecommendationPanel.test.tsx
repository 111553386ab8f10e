import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { setToken } from '@/lib/auth/token';
import type { RecommendationSubject } from '@/lib/recommendations';
import { invalid, mockApi, problem, renderAt, reply, requests } from '@/test/render';
import { signedInTests } from '@/test/session';
import { userWithRole as user } from '@/test/users';
import { RecommendationPanel } from './RecommendationPanel';

const BUYER = user('LARGE_FIRM_MEMBER', 'firm');
const COORDINATOR = user('COORDINATOR', null);

const COMPANIES = {
  items: [
    {
      kind: 'company',
      id: 'c1',
      names: { ja: '林精密工業株式会社', zh: null, en: 'Hayashi Precision' },
      companyId: 'c1',
      companyNames: { ja: '林精密工業株式会社', zh: null, en: 'Hayashi Precision' },
      score: 0.92,
      mutual: true,
      reasons: [
        { code: 'technology', text: { ja: '5軸加工が一致', zh: '五轴加工匹配', en: '5-axis machining matches' } },
        { code: 'certification', text: { ja: 'JIS Q 9100 認証あり', zh: null, en: null } },
        { code: 'verified', text: null },
      ],
      feedback: null,
    },
    {
      kind: 'company',
      id: 'c2',
      names: { ja: '川口精密板金株式会社', zh: null, en: null },
      companyId: 'c2',
      companyNames: { ja: '川口精密板金株式会社', zh: null, en: null },
      score: 0.51,
      mutual: false,
      reasons: [{ code: 'region', text: { ja: '埼玉県', zh: '埼玉县', en: 'Saitama' } }],
      feedback: 'INTERESTED',
    },
  ],
};

const NEED: RecommendationSubject = { type: 'need', id: 'n1', companyId: 'firm' };

const renderPanel = (subject: RecommendationSubject = NEED) =>
  renderAt('/needs/n1', <RecommendationPanel subject={subject} />);

const posts = (path: string) => requests.filter((r) => r.method === 'POST' && r.url === path).map((r) => r.body);

describe('RecommendationPanel', () => {
  signedInTests('en');

  it('lists ranked candidates with links, the mutual badge and reasons in the UI language', async () => {
    const calls = mockApi({ '/api/auth/me': BUYER, '/api/recommendations': COMPANIES });
    renderPanel();
    const items = await screen.findAllByTestId('recommendation');
    expect(calls).toContain('/api/recommendations?for=need%3An1&size=10');
    expect(screen.getByRole('heading')).toHaveTextContent('Companies that could meet this need');
    expect(items.map((item) => item.dataset.candidate)).toEqual(['company:c1', 'company:c2']);
    expect(within(items[0]).getByTestId('recommendation-name')).toHaveAttribute('href', '/companies/c1');
    expect(within(items[0]).getByTestId('recommendation-name')).toHaveTextContent('Hayashi Precision');
    // a name that exists only in Japanese is shown in Japanese
    expect(within(items[1]).getByTestId('recommendation-name')).toHaveTextContent('川口精密板金株式会社');
    expect(within(items[0]).getByTestId('recommendation-mutual')).toHaveTextContent('Mutual');
    expect(within(items[1]).queryByTestId('recommendation-mutual')).toBeNull();

    const reasons = within(items[0]).getAllByTestId('recommendation-reason');
    expect(reasons.map((r) => r.textContent)).toEqual(['5-axis machining matches', 'JIS Q 9100 認証あり', 'Verified company']);
    expect(reasons.map((r) => r.getAttribute('lang'))).toEqual(['en', 'ja', null]);
    // no introductions for members
    expect(screen.queryByTestId('recommendation-introduce')).toBeNull();
  });

  it('shows the reasons again in another UI language', async () => {
    await changeLanguage('zh');
    mockApi({ '/api/auth/me': BUYER, '/api/recommendations': COMPANIES });
    renderPanel();
    const [first] = await screen.findAllByTestId('recommendation');
    expect(within(first).getAllByTestId('recommendation-reason').map((r) => r.textContent)).toEqual([
      '五轴加工匹配',
      'JIS Q 9100 認証あり',
      '已认证企业',
    ]);
    expect(within(first).getByTestId('recommendation-mutual')).toHaveTextContent('双向匹配');
  });

  it('takes a not-relevant item off the list at once, and puts it back on undo', async () => {
    mockApi({ '/api/auth/me': BUYER, '/api/recommendations': COMPANIES, 'POST /api/recommendations/feedback': reply(204) });
    renderPanel();
    const [first] = await screen.findAllByTestId('recommendation');
    fireEvent.click(within(first).getByTestId('recommendation-not-relevant'));
    await waitFor(() => expect(screen.getAllByTestId('recommendation').map((i) => i.dataset.candidate)).toEqual(['company:c2']));
    expect(screen.getByTestId('recommendation-removed')).toHaveTextContent('“Hayashi Precision” was removed from the list.');
    await waitFor(() =>
      expect(posts('/api/recommendations/feedback')).toEqual([{ for: 'need:n1', candidate: 'company:c1', verdict: 'NOT_RELEVANT' }]),
    );
    expect(screen.getByTestId('recommendation-undo')).toHaveFocus();

    fireEvent.click(screen.getByTestId('recommendation-undo'));
    await waitFor(() =>
      expect(screen.getAllByTestId('recommendation').map((i) => i.dataset.candidate)).toEqual(['company:c1', 'company:c2']),
    );
    await waitFor(() => expect(posts('/api/recommendations/feedback')[1]).toEqual({ for: 'need:n1', candidate: 'company:c1', verdict: 'NONE' }));
  });

  it('toggles interest', async () => {
    mockApi({ '/api/auth/me': BUYER, '/api/recommendations': COMPANIES, 'POST /api/recommendations/feedback': reply(204) });
    renderPanel();
    const [first, second] = await screen.findAllByTestId('recommendation');
    const interested = within(first).getByTestId('recommendation-interested');
    expect(interested).toHaveAttribute('aria-pressed', 'false');
    expect(within(second).getByTestId('recommendation-interested')).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(interested);
    await waitFor(() => expect(interested).toHaveAttribute('aria-pressed', 'true'));
    await waitFor(() => expect(posts('/api/recommendations/feedback')).toHaveLength(1));
    fireEvent.click(interested);
    await waitFor(() => expect(interested).toHaveAttribute('aria-pressed', 'false'));
    await waitFor(() =>
      expect(posts('/api/recommendations/feedback')).toEqual([
        { for: 'need:n1', candidate: 'company:c1', verdict: 'INTERESTED' },
        { for: 'need:n1', candidate: 'company:c1', verdict: 'NONE' },
      ]),
    );
  });

  it('brings a dismissed item back when the server refuses the feedback', async () => {
    mockApi({
      '/api/auth/me': BUYER,
      '/api/recommendations': COMPANIES,
      'POST /api/recommendations/feedback': problem(500, 'error', { message: 'boom' }),
    });
    renderPanel();
    const [first] = await screen.findAllByTestId('recommendation');
    fireEvent.click(within(first).getByTestId('recommendation-not-relevant'));
    expect(await screen.findByTestId('feedback-error')).toBeInTheDocument();
    expect(screen.getAllByTestId('recommendation')).toHaveLength(2);
    expect(screen.queryByTestId('recommendation-removed')).toBeNull();
  });

  it('says so when there is nothing to recommend', async () => {
    mockApi({ '/api/auth/me': BUYER, '/api/recommendations': { items: [] } });
    renderPanel();
    expect(await screen.findByTestId('recommendations-empty')).toBeInTheDocument();
  });

  it('is not shown to anonymous visitors, nor to members of other companies', async () => {
    localStorage.clear();
    const calls = mockApi({ '/api/recommendations': COMPANIES });
    const { unmount } = renderPanel();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByTestId('recommendations')).toBeNull();
    unmount();

    setToken('jwt-token');
    mockApi({ '/api/auth/me': user('SME_MEMBER', 'someone-else'), '/api/recommendations': COMPANIES });
    renderPanel();
    await waitFor(() => expect(requests.some((r) => r.url === '/api/auth/me')).toBe(true));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByTestId('recommendations')).toBeNull();
    expect(calls.some((url) => url.startsWith('/api/recommendations'))).toBe(false);
  });

  it('shows organisers the list without introductions', async () => {
    mockApi({ '/api/auth/me': user('ORGANISER', null), '/api/recommendations': COMPANIES });
    renderPanel();
    expect(await screen.findAllByTestId('recommendation')).toHaveLength(2);
    expect(screen.queryByTestId('recommendation-introduce')).toBeNull();
  });

  it('lets a coordinator introduce the need’s firm to a recommended company', async () => {
    mockApi({
      '/api/auth/me': COORDINATOR,
      '/api/recommendations': COMPANIES,
      'POST /api/introductions': reply(201, { id: 'i1' }),
    });
    renderPanel();
    const [first] = await screen.findAllByTestId('recommendation');
    fireEvent.click(within(first).getByTestId('recommendation-introduce'));
    expect(within(first).getByLabelText('Introduce Hayashi Precision: note for both companies')).toBe(
      within(first).getByTestId('introduce-note'),
    );
    fireEvent.change(within(first).getByTestId('introduce-note'), { target: { value: '  Both work with titanium.  ' } });
    fireEvent.click(within(first).getByTestId('introduce-submit'));
    expect(await within(first).findByTestId('introduce-done')).toHaveTextContent('Introduction made.');
    expect(within(within(first).getByTestId('introduce-done')).getByRole('link')).toHaveAttribute('href', '/introductions');
    expect(posts('/api/introductions')).toEqual([{ companyA: 'firm', companyB: 'c1', needId: 'n1', note: 'Both work with titanium.' }]);
  });

  it('shows the server’s problems with an introduction at the note', async () => {
    mockApi({
      '/api/auth/me': COORDINATOR,
      '/api/recommendations': COMPANIES,
      'POST /api/introductions': invalid([{ field: 'note', code: 'not_blank', message: 'must not be blank' }], 'x'),
    });
    renderPanel();
    const [first] = await screen.findAllByTestId('recommendation');
    fireEvent.click(within(first).getByTestId('recommendation-introduce'));
    fireEvent.click(within(first).getByTestId('introduce-submit'));
    expect(await within(first).findByTestId('field-error')).toHaveTextContent('Must not be empty.');
    expect(within(first).getByTestId('introduce-note')).toHaveAttribute('aria-invalid', 'true');
  });

  it('recommends needs and listings for a company, with their owners, and introduces with the need', async () => {
    mockApi({
      '/api/auth/me': COORDINATOR,
      '/api/recommendations': {
        items: [
          {
            kind: 'need',
            id: 'n7',
            names: { ja: 'チタン合金製タービン部品の5軸加工', zh: null, en: null },
            companyId: 'yamato',
            companyNames: { ja: '大和重工業株式会社', zh: null, en: 'Yamato Heavy Industries' },
            score: 3,
            mutual: false,
            reasons: [],
            feedback: null,
          },
          {
            kind: 'capacity',
            id: 'k2',
            names: { ja: null, zh: null, en: 'Clean room by the hour' },
            companyId: 'yamato',
            companyNames: { ja: '大和重工業株式会社', zh: null, en: 'Yamato Heavy Industries' },
            score: 2,
            mutual: false,
            reasons: [],
            feedback: null,
          },
        ],
      },
      'POST /api/introductions': reply(201, { id: 'i2' }),
    });
    renderPanel({ type: 'company', id: 'sme', companyId: 'sme' });
    const [need, capacity] = await screen.findAllByTestId('recommendation');
    expect(screen.getByRole('heading')).toHaveTextContent('Needs and capacity that fit this company');
    expect(within(need).getByTestId('recommendation-name')).toHaveAttribute('href', '/needs/n7');
    expect(within(capacity).getByTestId('recommendation-name')).toHaveAttribute('href', '/capacities/k2');
    expect(within(need).getByTestId('recommendation-owner')).toHaveTextContent('by Yamato Heavy Industries');
    fireEvent.click(within(need).getByTestId('recommendation-introduce'));
    fireEvent.change(within(need).getByTestId('introduce-note'), { target: { value: 'Fits.' } });
    fireEvent.click(within(need).getByTestId('introduce-submit'));
    await within(need).findByTestId('introduce-done');
    expect(posts('/api/introductions')).toEqual([{ companyA: 'sme', companyB: 'yamato', needId: 'n7', note: 'Fits.' }]);
  });

  it('cannot introduce for an anonymous need whose firm is hidden', async () => {
    mockApi({ '/api/auth/me': COORDINATOR, '/api/recommendations': COMPANIES });
    renderPanel({ type: 'need', id: 'n2', companyId: null });
    const [first] = await screen.findAllByTestId('recommendation');
    expect(within(first).getByTestId('recommendation-introduce')).toBeDisabled();
  });
});
