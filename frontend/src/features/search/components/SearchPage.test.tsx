import { fireEvent, screen } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { mockApi, renderAt } from '@/test/render';
import { SearchPage } from './SearchPage';

const RESULTS = {
  query: '精密',
  total: 2,
  page: 0,
  size: 20,
  items: [
    {
      id: 'a1',
      names: { ja: '林精密工業株式会社', zh: null, en: 'Hayashi Precision' },
      country: 'JP',
      region: '大阪府',
      industry: 'MANUFACTURING',
      technologies: ['切削加工'],
      matchedLanguage: 'ja',
      highlights: [
        { field: 'description', language: 'ja', segments: [{ text: '5軸による', match: false }, { text: '精密', match: true }, { text: '切削加工', match: false }] },
      ],
    },
    {
      id: 'b2',
      names: { ja: null, zh: '苏州精工模具有限公司', en: null },
      country: 'CN',
      region: '江苏省',
      industry: 'MANUFACTURING',
      technologies: [],
      matchedLanguage: 'zh',
      highlights: [],
    },
  ],
};

const INDUSTRIES = [{ code: 'MANUFACTURING', jsic: 'E', labels: { ja: '製造業', zh: '制造业', en: 'Manufacturing' } }];

describe('SearchPage', () => {
  beforeEach(async () => {
    await changeLanguage('ja');
  });

  it('shows the results of the query in the URL with highlights, badges and labels', async () => {
    const calls = mockApi({ '/api/search': RESULTS, '/api/industries': INDUSTRIES });
    renderAt('/?q=%E7%B2%BE%E5%AF%86', <SearchPage />);

    expect(await screen.findAllByTestId('search-result')).toHaveLength(2);
    expect(screen.getByTestId('result-count')).toHaveTextContent('2 件');
    expect(screen.getByText('精密', { selector: 'mark' })).toBeInTheDocument();
    expect(screen.getByText('林精密工業株式会社')).toBeInTheDocument();
    expect(screen.getByText('苏州精工模具有限公司')).toBeInTheDocument();
    expect(screen.getAllByTestId('language-badge').map((b) => b.textContent)).toEqual(['JA', 'ZH']);
    expect(await screen.findAllByText('製造業')).toHaveLength(2);
    expect(calls.some((url) => url.includes('q=%E7%B2%BE%E5%AF%86'))).toBe(true);
  });

  it('searches what the user typed', async () => {
    const calls = mockApi({ '/api/search': { ...RESULTS, total: 0, items: [] }, '/api/industries': INDUSTRIES });
    renderAt('/', <SearchPage />);
    fireEvent.change(screen.getByTestId('search-input'), { target: { value: 'machining' } });
    fireEvent.submit(screen.getByRole('search'));
    expect(await screen.findByText('該当する結果がありません。別の言葉や言語でお試しください。')).toBeInTheDocument();
    expect(calls.some((url) => url.includes('q=machining'))).toBe(true);
  });

  it('links companies, needs and capacity listings to their own pages; no kind means a company', async () => {
    mockApi({
      '/api/search': {
        ...RESULTS,
        total: 3,
        items: [
          { ...RESULTS.items[0], kind: undefined },
          { ...RESULTS.items[1], id: 'n1', kind: 'need', names: { ja: '試作部品の加工先募集', zh: null, en: null } },
          { ...RESULTS.items[1], id: 'c1', kind: 'CAPACITY', names: { ja: '5軸マシニングの空き時間', zh: null, en: null } },
        ],
      },
      '/api/industries': INDUSTRIES,
    });
    renderAt('/?q=x', <SearchPage />);
    const names = await screen.findAllByTestId('result-name');
    expect(names.map((link) => link.getAttribute('href'))).toEqual(['/companies/a1', '/needs/n1', '/capacities/c1']);
    expect(screen.getAllByTestId('result-kind').map((badge) => badge.textContent)).toEqual(['ニーズ', '空き能力']);
  });

  it('filters by kind through the URL', async () => {
    const calls = mockApi({ '/api/search': { ...RESULTS, total: 0, items: [] }, '/api/industries': INDUSTRIES });
    renderAt('/?q=x&kind=need', <SearchPage />);
    expect(await screen.findByTestId('result-count')).toHaveTextContent('0 件のニーズ');
    expect(calls.some((url) => url.startsWith('/api/search') && url.includes('kind=need'))).toBe(true);
  });

  it('says so when search is unavailable', async () => {
    globalThis.fetch = (async () =>
      new Response(JSON.stringify({ status: 503, error: 'search_unavailable', message: 'x', errors: [] }), {
        status: 503,
      })) as typeof fetch;
    renderAt('/?q=x', <SearchPage />);
    expect(await screen.findByRole('alert', {}, { timeout: 4000 })).toHaveTextContent('現在検索を利用できません');
  });
});
