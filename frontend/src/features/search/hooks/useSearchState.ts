import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { parseSearchParams, toSearchParams, type SearchState } from '../utils/searchParams';

/**
 * The search as it stands in the URL (see utils/searchParams), and `go` to move to another: every change is a new
 * history entry, so the back button undoes a filter and a link reproduces the page.
 */
export function useSearchState() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // the query string is the identity of the state
  const state = useMemo(() => parseSearchParams(new URLSearchParams(key)), [key]);
  const go = (next: SearchState) => setParams(toSearchParams(next));
  return { state, go };
}
