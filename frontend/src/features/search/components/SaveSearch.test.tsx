import { fireEvent, screen } from '@testing-library/react';
import { setToken } from '@/lib/auth/token';
import { changeLanguage } from '@/lib/i18n';
import { mockApi, renderAt, requests } from '@/test/render';
import { testUser } from '@/test/users';
import { SaveSearch, savedQuery } from './SaveSearch';
import { SavedSearchesPage } from './SavedSearchesPage';

describe('saved searches', () => {
  afterEach(() => localStorage.clear());

  it('keep the criteria of the page, not the page of results', () => {
    expect(savedQuery('?q=%E7%B2%BE%E5%AF%86&country=JP&country=CN&page=3')).toBe(
      'q=%E7%B2%BE%E5%AF%86&country=JP&country=CN',
    );
  });

  it('are saved from the search page with a name and a frequency', async () => {
    setToken('jwt-token');
    await changeLanguage('en');
    mockApi({
      '/api/auth/me': testUser(),
      'POST /api/saved-searches': { id: 's1', name: '精密', query: 'q=精密&kind=company', frequency: 'WEEKLY', createdAt: '2026-12-07T00:00:00Z', lastRunAt: null },
    });
    renderAt('/?q=精密&kind=company&page=2', <SaveSearch defaultName="精密" />);
    fireEvent.click(await screen.findByTestId('save-search-open'));
    fireEvent.change(screen.getByTestId('save-search-frequency'), { target: { value: 'WEEKLY' } });
    fireEvent.click(screen.getByTestId('save-search-submit'));
    expect(await screen.findByTestId('save-search-done')).toHaveTextContent('New results will come in your notifications');
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      name: '精密',
      query: 'q=%E7%B2%BE%E5%AF%86&kind=company',
      frequency: 'WEEKLY',
    });
  });

  it('are offered only to signed-in users', async () => {
    await changeLanguage('en');
    mockApi({});
    renderAt('/?q=x', <SaveSearch defaultName="x" />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('save-search-open')).toBeNull();
  });

  it('are listed with a link to their results and can be deleted', async () => {
    setToken('jwt-token');
    await changeLanguage('ja');
    mockApi({
      'DELETE /api/saved-searches/s1': null,
      '/api/saved-searches': [
        { id: 's1', name: 'チタン加工', query: 'q=%E3%83%81%E3%82%BF%E3%83%B3', frequency: 'DAILY', createdAt: '2026-12-01T00:00:00Z', lastRunAt: '2026-12-07T00:00:00Z' },
      ],
    });
    renderAt('/saved-searches', <SavedSearchesPage />);
    const link = await screen.findByTestId('saved-search-link');
    expect(link).toHaveTextContent('チタン加工');
    expect(link).toHaveAttribute('href', '/?q=%E3%83%81%E3%82%BF%E3%83%B3');
    expect(screen.getByTestId('saved-search')).toHaveTextContent('毎日');
    fireEvent.click(screen.getByTestId('saved-search-delete'));
    await screen.findByTestId('saved-search');
    expect(requests.some((r) => r.method === 'DELETE' && r.url === '/api/saved-searches/s1')).toBe(true);
  });
});
