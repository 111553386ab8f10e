import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteJson, getJson, postJson } from '@/lib/api-client';
import type { Schema } from '@/lib/api-schema';

export type SavedSearch = Schema<'SavedSearchViews.Item'>;
export type Frequency = SavedSearch['frequency'];
export const FREQUENCIES: Frequency[] = ['DAILY', 'WEEKLY'];

const SAVED = ['saved-searches'] as const;

export function useSavedSearches(enabled = true) {
  return useQuery({
    queryKey: SAVED,
    queryFn: ({ signal }) => getJson<SavedSearch[]>('/api/saved-searches', signal),
    enabled,
  });
}

/** Saves a search by its query string (the search page's URL without the page); new hits come as notifications. */
export function useSaveSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (search: { name: string; query: string; frequency: Frequency }) =>
      postJson<SavedSearch>('/api/saved-searches', search),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: SAVED }),
  });
}

export function useDeleteSavedSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteJson(`/api/saved-searches/${encodeURIComponent(id)}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: SAVED }),
  });
}
