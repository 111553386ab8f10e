import { fireEvent, screen } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { mockApi, renderAt } from '@/test/render';
import { AppRoutes } from './App';

describe('an address the app does not know', () => {
  afterEach(() => localStorage.clear());

  it('says the page was not found, with a link to the start page', async () => {
    await changeLanguage('en');
    mockApi({ '/api/search': { query: '', total: 0, page: 0, size: 20, items: [], facets: {} } });
    renderAt('/no/such/page', <AppRoutes />);
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByTestId('nav-home')).toBeInTheDocument();
    const home = screen.getByRole('link', { name: 'Back to the start page' });
    expect(home).toHaveAttribute('href', '/');
    fireEvent.click(home);
    expect(screen.queryByTestId('not-found')).toBeNull();
  });

  it('says so in Japanese and Chinese', async () => {
    mockApi({});
    await changeLanguage('ja');
    renderAt('/companiez/a1', <AppRoutes />);
    expect(screen.getByTestId('not-found')).toHaveTextContent('ページが見つかりません');
    await changeLanguage('zh');
    expect(await screen.findByText('找不到页面')).toBeInTheDocument();
  });
});
