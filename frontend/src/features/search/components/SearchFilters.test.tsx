import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation, useNavigate } from 'react-router-dom';
import { changeLanguage } from '@/lib/i18n';
import { mockApi, renderAt } from '@/test/render';
import { SearchPage } from './SearchPage';

const INDUSTRIES = [{ code: 'MANUFACTURING', jsic: 'E', labels: { ja: '製造業', zh: '制造业', en: 'Manufacturing' } }];
const STANDARDS = [
  { code: 'ISO_9001', labels: { ja: 'ISO 9001（品質）', zh: 'ISO 9001（质量）', en: 'ISO 9001 (quality)' } },
  { code: 'JIS_Q_9100', labels: { ja: 'JIS Q 9100', zh: 'AS9100', en: 'AS9100 / JIS Q 9100 (aerospace)' } },
];
const REGIONS_JP = [{ code: 'JP-27', country: 'JP', labels: { ja: '大阪府', zh: '大阪府', en: 'Osaka' } }];
const REGIONS_CN = [{ code: 'CN-GD', country: 'CN', labels: { ja: '広東省', zh: '广东省', en: 'Guangdong' } }];

const FACETS = {
  kind: [
    { value: 'company', count: 12 },
    { value: 'need', count: 3 },
    { value: 'capacity', count: 2 },
  ],
  country: [
    { value: 'JP', count: 9 },
    { value: 'CN', count: 8 },
  ],
  region: [{ value: 'CN-GD', count: 4 }],
  industry: [{ value: 'MANUFACTURING', count: 17 }],
  certification: [{ value: 'ISO_9001', count: 5 }],
  smeClass: [{ value: 'SME', count: 10 }],
  designation: [{ value: 'LITTLE_GIANT', count: 2 }],
  verified: [
    { value: true, count: 6 },
    { value: false, count: 11 },
  ],
};

const HITS = [
  {
    id: 'c1',
    kind: 'company',
    names: { ja: null, zh: '苏州精密模具有限公司', en: null },
    country: 'CN',
    region: 'CN-GD',
    industry: 'MANUFACTURING',
    technologies: [],
    matchedLanguage: 'zh',
    highlights: [],
    certifications: ['ISO_9001', 'JIS_Q_9100', 'ISO_9001'],
    smeClass: 'SME',
    designations: { srdiProvincialYear: 2021, littleGiantYear: 2023 },
    verified: true,
  },
  {
    id: 'k1',
    kind: 'capacity',
    names: { ja: '5軸マシニングセンタの空き稼働枠', zh: null, en: 'Spare 5-axis machining hours' },
    companyId: 'c9',
    companyNames: { ja: '林精密工業株式会社', zh: null, en: 'Hayashi Precision' },
    country: 'JP',
    region: 'JP-27',
    industry: null,
    technologies: [],
    matchedLanguage: 'en',
    highlights: [],
    smeClass: 'UNDETERMINED',
    availableFrom: '2027-01-05',
    availableTo: '2027-06-30',
  },
];

const RESULTS = { query: 'x', total: 2, page: 0, size: 20, items: HITS, facets: FACETS };

function Location() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <p data-testid="location">{decodeURIComponent(location.search)}</p>
      <button type="button" onClick={() => navigate(-1)}>
        back
      </button>
    </>
  );
}

const routes = (results: unknown = RESULTS) => ({
  '/api/search': results,
  '/api/industries': INDUSTRIES,
  '/api/certification-standards': STANDARDS,
  '/api/regions?country=JP': REGIONS_JP,
  '/api/regions?country=CN': REGIONS_CN,
});

const renderSearch = (path: string) =>
  renderAt(
    path,
    <>
      <SearchPage />
      <Location />
    </>,
  );

const searchCalls = (calls: string[]) => calls.filter((url) => url.startsWith('/api/search')).map(decodeURIComponent);

describe('search filters', () => {
  beforeEach(() => changeLanguage('en'));

  it('shows the facets with labels and counts, the selected ones ticked', async () => {
    mockApi(routes());
    renderSearch('/?q=x&country=CN');
    await screen.findByTestId('facet-country-JP');
    const country = screen.getByTestId('facet-country');
    expect(within(country).getByTestId('facet-country-CN')).toBeChecked();
    expect(within(country).getByTestId('facet-country-JP')).not.toBeChecked();
    expect(within(country).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Japan9', 'China8']);
    expect(await within(screen.getByTestId('facet-region')).findByText('Guangdong')).toBeInTheDocument();
    expect(await within(screen.getByTestId('facet-industry')).findByText('Manufacturing')).toBeInTheDocument();
    expect(await within(screen.getByTestId('facet-certification')).findByText('ISO 9001 (quality)')).toBeInTheDocument();
    expect(within(screen.getByTestId('facet-smeClass')).getByText('SME')).toBeInTheDocument();
    expect(within(screen.getByTestId('facet-designation')).getByText('专精特新 “Little Giant”')).toBeInTheDocument();
    expect(screen.getByTestId('facet-verified')).toHaveTextContent('Verified companies only6');
    const kinds = within(screen.getByTestId('search-kind')).getAllByRole('listitem').map((li) => li.textContent);
    expect(kinds).toEqual(['Everything17', 'Companies12', 'Needs3', 'Idle capacity2']);
    expect(screen.getByTestId('facet-kind-all')).toBeChecked();
  });

  it('ticking a facet puts it in the URL and the API query; the back button takes it out again', async () => {
    const calls = mockApi(routes());
    renderSearch('/?q=x');
    fireEvent.click(await screen.findByTestId('facet-country-CN'));
    expect(screen.getByTestId('location')).toHaveTextContent('?q=x&country=CN');
    fireEvent.click(screen.getByTestId('facet-certification-ISO_9001'));
    expect(screen.getByTestId('location')).toHaveTextContent('?q=x&country=CN&certification=ISO_9001');
    await waitFor(() =>
      expect(searchCalls(calls)).toContain('/api/search?q=x&page=0&size=20&country=CN&certification=ISO_9001'),
    );
    fireEvent.click(screen.getByTestId('facet-verified-true'));
    expect(screen.getByTestId('location')).toHaveTextContent('verified=true');

    fireEvent.click(screen.getByText('back'));
    expect(screen.getByTestId('location')).toHaveTextContent('?q=x&country=CN&certification=ISO_9001');
    expect(screen.getByTestId('facet-verified-true')).not.toBeChecked();
    fireEvent.click(screen.getByText('back'));
    expect(screen.getByTestId('facet-certification-ISO_9001')).not.toBeChecked();
    expect(screen.getByTestId('facet-country-CN')).toBeChecked();
  });

  it('shows active filters as chips that remove themselves, or all at once', async () => {
    mockApi(routes());
    renderSearch('/?q=x&country=CN&country=JP&smeClass=SME&kind=company');
    const chips = await screen.findAllByTestId('filter-chip');
    expect(chips.map((chip) => chip.textContent)).toEqual([
      'Looking for: Companies×',
      'Country: China×',
      'Country: Japan×',
      'Company size: SME×',
    ]);
    const remove = within(chips[1]).getByTestId('filter-chip-remove');
    expect(remove).toHaveAccessibleName('Remove filter Country: China');
    fireEvent.click(remove);
    expect(screen.getByTestId('location')).toHaveTextContent('?q=x&kind=company&country=JP&smeClass=SME');
    fireEvent.click(screen.getByTestId('filters-clear'));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\?q=x$/);
    expect(screen.queryByTestId('active-filters')).toBeNull();
  });

  it('offers the availability window only for capacity listings and applies it once typing stops', async () => {
    const calls = mockApi(routes());
    renderSearch('/?q=x');
    await screen.findByTestId('facet-country');
    expect(screen.queryByTestId('facet-window')).toBeNull();
    fireEvent.click(screen.getByTestId('facet-kind-capacity'));
    expect(screen.getByTestId('location')).toHaveTextContent('?q=x&kind=capacity');

    fireEvent.change(screen.getByTestId('filter-available-from'), { target: { value: '2027-01-01' } });
    fireEvent.change(screen.getByTestId('filter-available-to'), { target: { value: '2027-06-30' } });
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('?q=x&kind=capacity&availableFrom=2027-01-01&availableTo=2027-06-30'),
    );
    await waitFor(() =>
      expect(searchCalls(calls)).toContain('/api/search?q=x&page=0&size=20&kind=capacity&availableFrom=2027-01-01&availableTo=2027-06-30'),
    );
    expect(screen.getAllByTestId('filter-chip').map((chip) => chip.dataset.param)).toEqual(['kind', 'availableFrom', 'availableTo']);

    // a reversed range is pointed out, not searched
    fireEvent.change(screen.getByTestId('filter-available-from'), { target: { value: '2027-08-01' } });
    expect(screen.getByTestId('window-error')).toHaveTextContent('The start date must not be after the end date.');
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(screen.getByTestId('location')).toHaveTextContent('availableFrom=2027-01-01');

    // another kind drops the window
    fireEvent.click(screen.getByTestId('facet-kind-need'));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\?q=x&kind=need$/);
    expect(screen.queryByTestId('facet-window')).toBeNull();
  });

  it('sorts by relevance or by date', async () => {
    const calls = mockApi(routes());
    renderSearch('/?q=x&page=2');
    fireEvent.change(await screen.findByTestId('search-sort'), { target: { value: 'recent' } });
    expect(screen.getByTestId('location')).toHaveTextContent(/^\?q=x&sort=recent$/);
    await waitFor(() => expect(searchCalls(calls)).toContain('/api/search?q=x&page=0&size=20&sort=recent'));
  });

  it('shows badges, owner, window and place on the hits', async () => {
    mockApi(routes());
    renderSearch('/?q=x');
    const [company, capacity] = await screen.findAllByTestId('search-result');
    expect(within(company).getByTestId('result-verified')).toHaveTextContent('Verified');
    expect(within(company).getByTestId('result-sme-class')).toHaveTextContent('SME');
    expect(within(company).getAllByTestId('result-designation').map((b) => b.dataset.code)).toEqual(['SRDI', 'LITTLE_GIANT']);
    expect(within(company).getAllByTestId('result-designation')[1]).toHaveAttribute('title', '专精特新 "Little Giant" since 2023');
    await waitFor(() =>
      expect(within(company).getAllByTestId('result-certification').map((b) => b.textContent)).toEqual([
        'ISO 9001 (quality)',
        'AS9100 / JIS Q 9100 (aerospace)',
      ]),
    );
    expect(within(company).getByTestId('result-place')).toHaveTextContent('China');
    expect(within(company).queryByTestId('result-window')).toBeNull();

    expect(within(capacity).getByTestId('result-owner')).toHaveTextContent('by Hayashi Precision');
    expect(within(within(capacity).getByTestId('result-owner')).getByRole('link')).toHaveAttribute('href', '/companies/c9');
    expect(within(capacity).getByTestId('result-window')).toHaveTextContent('Available Jan 5, 2027 – Jun 30, 2027');
    // "undetermined" is left off the card
    expect(within(capacity).queryByTestId('result-sme-class')).toBeNull();
    expect(await within(capacity).findByText('Osaka, Japan')).toBeInTheDocument();
  });

  it('says when the filters leave nothing and offers to remove them', async () => {
    mockApi(routes({ ...RESULTS, total: 0, items: [], facets: { country: [] } }));
    renderSearch('/?q=x&country=KR');
    expect(await screen.findByTestId('search-empty')).toHaveTextContent('Nothing matches your search with these filters.');
    // the selected value stays visible (count 0) so it can be unticked
    expect(screen.getByTestId('facet-country-KR')).toBeChecked();
    fireEvent.click(screen.getByTestId('empty-clear-filters'));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\?q=x$/);
  });
});
