import { useSearchParams } from 'react-router-dom';
import { HIT_KINDS, type HitKind } from '../api/search';

/**
 * The query, the 0-based page and the kind filter live in the URL (`/?q=精密&page=0&kind=need`),
 * so results can be linked and reloaded. No kind means everything.
 */
export function useSearchState() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const rawKind = params.get('kind');
  const kind = HIT_KINDS.includes(rawKind as HitKind) ? (rawKind as HitKind) : null;
  const go = (nextQ: string, nextPage = 0, nextKind: HitKind | null = kind) =>
    setParams({ q: nextQ, page: String(nextPage), ...(nextKind ? { kind: nextKind } : {}) });
  return { q, page, kind, go };
}
