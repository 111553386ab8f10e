import {
  activeFilters,
  parseSearchParams,
  searchApiUrl,
  toggleValue,
  toSearchParams,
  withKind,
  withoutFilter,
  withoutFilters,
  withPage,
  withQuery,
  withSort,
  withVerified,
  withWindow,
  type SearchState,
} from './searchParams';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));
const url = (state: SearchState) => decodeURIComponent(toSearchParams(state).toString());

describe('search URL ⇄ filters', () => {
  it('reads every filter from the page URL, repeatable ones as lists', () => {
    const state = parse(
      'q=%E7%B2%BE%E5%AF%86&kind=capacity&sort=recent&page=2&country=JP&country=CN&region=JP-27&industry=MANUFACTURING' +
        '&certification=ISO_9001&certification=JIS_Q_9100&smeClass=SME&designation=LITTLE_GIANT&verified=true' +
        '&availableFrom=2027-01-01&availableTo=2027-06-30',
    );
    expect(state).toEqual({
      q: '精密',
      kind: 'capacity',
      sort: 'recent',
      page: 2,
      filters: {
        country: ['JP', 'CN'],
        region: ['JP-27'],
        industry: ['MANUFACTURING'],
        certification: ['ISO_9001', 'JIS_Q_9100'],
        smeClass: ['SME'],
        designation: ['LITTLE_GIANT'],
      },
      verified: true,
      availableFrom: '2027-01-01',
      availableTo: '2027-06-30',
    });
  });

  it('turns the state back into the same URL (a round trip), leaving defaults out', () => {
    const query =
      'q=精密&kind=capacity&sort=recent&country=JP&country=CN&region=JP-27&certification=ISO_9001' +
      '&verified=true&availableFrom=2027-01-01&availableTo=2027-06-30&page=2';
    expect(url(parse(query))).toBe(query);
    expect(url(parse(url(parse(query))))).toBe(query);
    expect(url(parse('q=x&sort=relevance&page=0&verified=false'))).toBe('q=x');
    expect(url(parse(''))).toBe('');
  });

  it('drops what is unknown or malformed instead of sending it on', () => {
    const state = parse(
      'kind=robot&sort=random&page=-3&smeClass=HUGE&smeClass=SME&designation=X&country=&country=JP&country=JP&availableFrom=2027-01-01',
    );
    expect(state.kind).toBeNull();
    expect(state.sort).toBe('relevance');
    expect(state.page).toBe(0);
    expect(state.filters.smeClass).toEqual(['SME']);
    expect(state.filters.designation).toEqual([]);
    expect(state.filters.country).toEqual(['JP']);
    // the window belongs to capacity listings only
    expect(state.availableFrom).toBeNull();
    expect(parse('kind=capacity&availableFrom=01/02/2027').availableFrom).toBeNull();
    expect(parse('kind=NEED').kind).toBe('need');
  });

  it('builds the API query with paging and repeated parameters', () => {
    const state = parse('q=sheet metal&kind=capacity&country=JP&country=CN&verified=true&availableTo=2027-06-30&page=1');
    expect(decodeURIComponent(searchApiUrl(state, 20).replace(/\+/g, ' '))).toBe(
      '/api/search?q=sheet metal&page=1&size=20&kind=capacity&country=JP&country=CN&verified=true&availableTo=2027-06-30',
    );
    expect(searchApiUrl(parse(''), 20)).toBe('/api/search?q=&page=0&size=20');
  });

  it('toggles filter values and starts again at the first page on any change', () => {
    const start = parse('q=x&country=JP&page=3');
    const added = toggleValue(start, 'country', 'CN');
    expect(added.filters.country).toEqual(['JP', 'CN']);
    expect(added.page).toBe(0);
    expect(toggleValue(added, 'country', 'JP').filters.country).toEqual(['CN']);
    expect(withSort(start, 'recent').page).toBe(0);
    expect(withQuery(start, 'y')).toMatchObject({ q: 'y', page: 0, filters: { country: ['JP'] } });
    expect(withVerified(start, true).verified).toBe(true);
    expect(withPage(start, 4).page).toBe(4);
    expect(withPage(start, 4).filters).toBe(start.filters);
  });

  it('keeps the window only while looking for capacity', () => {
    const capacity = withWindow(withKind(parse('q=x'), 'capacity'), '2027-01-01', 'bad');
    expect(capacity).toMatchObject({ kind: 'capacity', availableFrom: '2027-01-01', availableTo: null });
    expect(withKind(capacity, 'capacity').availableFrom).toBe('2027-01-01');
    expect(withKind(capacity, 'need')).toMatchObject({ kind: 'need', availableFrom: null, availableTo: null });
  });

  it('lists the active filters as chips and removes them one by one or all at once', () => {
    const state = parse('q=x&sort=recent&kind=capacity&country=CN&smeClass=SME&verified=true&availableFrom=2027-01-01');
    const chips = activeFilters(state);
    expect(chips).toEqual([
      { param: 'kind', value: 'capacity' },
      { param: 'country', value: 'CN' },
      { param: 'smeClass', value: 'SME' },
      { param: 'verified', value: 'true' },
      { param: 'availableFrom', value: '2027-01-01' },
    ]);
    expect(url(withoutFilter(state, chips[1]))).toBe('q=x&kind=capacity&sort=recent&smeClass=SME&verified=true&availableFrom=2027-01-01');
    // removing the kind takes the capacity window with it
    expect(url(withoutFilter(state, chips[0]))).toBe('q=x&sort=recent&country=CN&smeClass=SME&verified=true');
    expect(url(withoutFilter(state, chips[3]))).not.toContain('verified');
    expect(url(withoutFilter(state, chips[4]))).not.toContain('availableFrom');
    expect(url(withoutFilters(state))).toBe('q=x&sort=recent');
    expect(activeFilters(parse('q=x&sort=recent'))).toEqual([]);
  });
});
