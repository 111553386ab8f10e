import { useSearchParams } from 'react-router-dom';

/** The query and the 0-based page live in the URL (`/?q=精密&page=0`), so results can be linked and reloaded. */
export function useSearchState() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const go = (nextQ: string, nextPage = 0) => setParams({ q: nextQ, page: String(nextPage) });
  return { q, page, go };
}
