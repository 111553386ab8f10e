import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { changeLanguage } from '@/lib/i18n';
import { mockApi, renderAt } from '@/test/render';
import { SearchPage } from './SearchPage';

const EMPTY = { query: '', total: 0, page: 0, size: 20, items: [], facets: {} };
const SUGGESTIONS = {
  items: [
    { text: '川口精密板金株式会社', type: 'company', id: 'c1', language: 'ja' },
    { text: '精密板金', type: 'technology', id: 'SHEET_METAL', language: 'ja' },
    { text: '精密钣金', type: 'technology', id: 'SHEET_METAL', language: 'zh' },
  ],
};

function Location() {
  const location = useLocation();
  return <p data-testid="location">{decodeURIComponent(location.pathname + location.search)}</p>;
}

const renderSearch = () =>
  renderAt(
    '/',
    <>
      <Routes>
        <Route path="/" element={<SearchPage />} />
        <Route path="/companies/:id" element={<p data-testid="company-page">company</p>} />
      </Routes>
      <Location />
    </>,
  );

const suggestCalls = (calls: string[]) => calls.filter((url) => url.startsWith('/api/suggest'));

describe('search suggestions', () => {
  beforeEach(() => changeLanguage('en'));

  it('asks once typing pauses and shows a listbox the keyboard moves through', async () => {
    const calls = mockApi({ '/api/suggest': SUGGESTIONS, '/api/search': EMPTY });
    renderSearch();
    const input = screen.getByTestId('search-input');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    fireEvent.change(input, { target: { value: '精' } });
    fireEvent.change(input, { target: { value: '精密' } });

    const options = await screen.findAllByTestId('suggestion');
    expect(options.map((o) => o.textContent)).toEqual(['川口精密板金株式会社Company', '精密板金Technology', '精密钣金Technology']);
    expect(suggestCalls(calls)).toEqual(['/api/suggest?q=%E7%B2%BE%E5%AF%86']);
    const listbox = screen.getByRole('listbox');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-controls', listbox.id);
    expect(input).not.toHaveAttribute('aria-activedescendant');

    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input).toHaveAttribute('aria-activedescendant', options[0].id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input).toHaveAttribute('aria-activedescendant', options[2].id);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input).toHaveAttribute('aria-activedescendant', options[0].id);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input).toHaveAttribute('aria-activedescendant', options[2].id);

    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByTestId('suggestion')).toBeNull();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).not.toHaveAttribute('aria-activedescendant');
    // ↓ brings the list back
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getAllByTestId('suggestion')[0]).toHaveAttribute('aria-selected', 'true');
  });

  it('opens the company a company suggestion names', async () => {
    mockApi({ '/api/suggest': SUGGESTIONS, '/api/search': EMPTY });
    renderSearch();
    const input = screen.getByTestId('search-input');
    fireEvent.change(input, { target: { value: '川口' } });
    await screen.findAllByTestId('suggestion');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByTestId('company-page')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/companies/c1');
  });

  it('searches for the label of a technology suggestion', async () => {
    const calls = mockApi({ '/api/suggest': SUGGESTIONS, '/api/search': EMPTY });
    renderSearch();
    const input = screen.getByTestId('search-input');
    fireEvent.change(input, { target: { value: '精密' } });
    const options = await screen.findAllByTestId('suggestion');
    fireEvent.click(options[2]);
    expect(screen.getByTestId('location')).toHaveTextContent('/?q=精密钣金');
    expect(input).toHaveValue('精密钣金');
    expect(screen.queryByRole('listbox')).toBeNull();
    await waitFor(() => expect(calls.some((url) => url.startsWith('/api/search?q=%E7%B2%BE%E5%AF%86%E9%92%A3%E9%87%91'))).toBe(true));
  });

  it('searches the typed text with Enter when no suggestion is chosen', async () => {
    mockApi({ '/api/suggest': SUGGESTIONS, '/api/search': EMPTY });
    renderSearch();
    const input = screen.getByTestId('search-input');
    fireEvent.change(input, { target: { value: 'sheet metal' } });
    await screen.findAllByTestId('suggestion');
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.submit(screen.getByRole('search'));
    expect(screen.getByTestId('location')).toHaveTextContent('/?q=sheet+metal');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('aborts the request for text the user has typed past', async () => {
    const signals = new Map<string, AbortSignal>();
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (!url.startsWith('/api/suggest')) return new Response(JSON.stringify(EMPTY), { status: 200 });
      const q = new URL(url, 'http://x').searchParams.get('q') ?? '';
      signals.set(q, init!.signal!);
      if (q === 'ti') {
        // a slow answer: it never comes unless aborted
        return new Promise<Response>((_, reject) =>
          init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      }
      return new Response(JSON.stringify({ items: [{ text: 'titanium', type: 'technology', id: 'TI', language: 'en' }] }), {
        status: 200,
      });
    }) as typeof fetch;
    renderSearch();
    const input = screen.getByTestId('search-input');
    fireEvent.change(input, { target: { value: 'ti' } });
    await waitFor(() => expect(signals.has('ti')).toBe(true));
    fireEvent.change(input, { target: { value: 'tita' } });
    expect(await screen.findByTestId('suggestion')).toHaveTextContent('titanium');
    expect(signals.get('ti')!.aborted).toBe(true);
    expect(signals.get('tita')!.aborted).toBe(false);
  });

  it('shows nothing when suggestions fail, and the search still works', async () => {
    const calls = mockApi({ '/api/search': EMPTY }); // /api/suggest answers 404
    renderSearch();
    fireEvent.change(screen.getByTestId('search-input'), { target: { value: 'x' } });
    await waitFor(() => expect(suggestCalls(calls)).toHaveLength(1));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByTestId('suggestion')).toBeNull();
  });
});
